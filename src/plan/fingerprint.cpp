#include "plan/fingerprint.hpp"

#include "model/catalog_json.hpp"
#include "source/git_repository.hpp"

namespace driftgate::plan {

std::string schema_fingerprint(const model::Catalog& catalog) {
  return "sha1:" + source::blob_id_of(model::catalog_to_json(model::without_locations(catalog),
                                                             model::JsonStyle::Compact));
}

}  // namespace driftgate::plan
