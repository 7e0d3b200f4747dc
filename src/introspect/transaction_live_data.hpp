#pragma once

#include <map>
#include <set>

#include "plan/hazards.hpp"

namespace pqxx {
class transaction_base;
}  // namespace pqxx

namespace driftgate::introspect {

/// plan::LiveData answered through an open transaction: size estimates come from one pg_class
/// query for every table (read the first time one is asked for), the other questions each from
/// one bounded query (EXISTS … LIMIT-like), asked only for the steps that need them.
class TransactionLiveData : public plan::LiveData {
 public:
  /// Asks through `tx`, which must stay open while this object is used.
  explicit TransactionLiveData(pqxx::transaction_base& tx);

  plan::TableSize size(const model::QualifiedName& table) override;
  bool has_rows(const model::QualifiedName& table) override;
  bool has_nulls(const model::QualifiedName& table, const std::string& column) override;
  bool has_duplicates(const model::QualifiedName& table, const std::vector<std::string>& keys,
                      const std::optional<std::string>& predicate, bool nulls_equal) override;
  std::set<model::QualifiedName> invalid_indexes() override;

 private:
  bool exists(const std::string& query);

  pqxx::transaction_base& tx_;
  std::map<model::QualifiedName, plan::TableSize> sizes_;
  bool sizes_read_ = false;
};

}  // namespace driftgate::introspect
