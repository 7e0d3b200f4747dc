#include "model/sequence.hpp"

#include <cstdint>
#include <limits>

#include "util/error.hpp"

namespace driftgate::model {
namespace {

struct TypeBounds {
  std::int64_t min;
  std::int64_t max;
};

TypeBounds bounds_of(const std::string& data_type) {
  if (data_type == "smallint") {
    return {std::numeric_limits<std::int16_t>::min(), std::numeric_limits<std::int16_t>::max()};
  }
  if (data_type == "integer") {
    return {std::numeric_limits<std::int32_t>::min(), std::numeric_limits<std::int32_t>::max()};
  }
  if (data_type == "bigint") {
    return {std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()};
  }
  throw input_error("sequence type \"" + data_type +
                    "\" is not one PostgreSQL allows; use smallint, integer or bigint");
}

}  // namespace

SequenceOptions default_sequence_options(const std::string& data_type, std::int64_t increment) {
  const TypeBounds bounds = bounds_of(data_type);
  SequenceOptions options;
  options.data_type = data_type;
  options.increment = increment;
  if (increment > 0) {
    options.min_value = 1;
    options.max_value = bounds.max;
    options.start = options.min_value;
  } else {
    options.min_value = bounds.min;
    options.max_value = -1;
    options.start = options.max_value;
  }
  options.cache = 1;
  options.cycle = false;
  return options;
}

}  // namespace driftgate::model
