#include "parse/sequence_options.hpp"

#include <limits>

#include "parse/statement_error.hpp"

namespace driftgate::parse {
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
  throw StatementError("sequence type must be smallint, integer, or bigint, not " + data_type);
}

/// Whether the options are those of a new sequence or changes to an existing one.
enum class Phase { Create, Alter };

model::SequenceOptions resolve(model::SequenceOptions options, const WrittenSequenceOptions& written,
                               Phase phase) {
  const bool init = phase == Phase::Create;
  bool reset_max = false;
  bool reset_min = false;
  if (written.data_type) {
    bounds_of(*written.data_type);  // rejects types a sequence cannot have
    if (!init) {
      const TypeBounds old_bounds = bounds_of(options.data_type);
      reset_max = options.max_value == old_bounds.max;
      reset_min = options.min_value == old_bounds.min;
    }
    options.data_type = *written.data_type;
  }
  const TypeBounds bounds = bounds_of(options.data_type);

  if (written.increment) {
    if (*written.increment == 0) throw StatementError("INCREMENT must not be zero");
    options.increment = *written.increment;
  } else if (init) {
    options.increment = 1;
  }
  if (written.cycle) {
    options.cycle = *written.cycle;
  } else if (init) {
    options.cycle = false;
  }

  if (written.max_value && written.max_value->has_value()) {
    options.max_value = **written.max_value;
  } else if (init || written.max_value || reset_max) {
    options.max_value = (options.increment > 0 || reset_max) ? bounds.max : -1;
  }
  if (options.max_value < bounds.min || options.max_value > bounds.max) {
    throw StatementError("MAXVALUE (" + std::to_string(options.max_value) +
                         ") is out of range for sequence data type " + options.data_type);
  }
  if (written.min_value && written.min_value->has_value()) {
    options.min_value = **written.min_value;
  } else if (init || written.min_value || reset_min) {
    options.min_value = (options.increment < 0 || reset_min) ? bounds.min : 1;
  }
  if (options.min_value < bounds.min || options.min_value > bounds.max) {
    throw StatementError("MINVALUE (" + std::to_string(options.min_value) +
                         ") is out of range for sequence data type " + options.data_type);
  }
  if (options.min_value >= options.max_value) {
    throw StatementError("MINVALUE (" + std::to_string(options.min_value) +
                         ") must be less than MAXVALUE (" + std::to_string(options.max_value) + ")");
  }

  if (written.start) {
    options.start = *written.start;
  } else if (init) {
    options.start = options.increment > 0 ? options.min_value : options.max_value;
  }
  if (options.start < options.min_value) {
    throw StatementError("START value (" + std::to_string(options.start) +
                         ") cannot be less than MINVALUE (" + std::to_string(options.min_value) + ")");
  }
  if (options.start > options.max_value) {
    throw StatementError("START value (" + std::to_string(options.start) +
                         ") cannot be greater than MAXVALUE (" + std::to_string(options.max_value) + ")");
  }

  if (written.cache) {
    if (*written.cache <= 0) {
      throw StatementError("CACHE (" + std::to_string(*written.cache) + ") must be greater than zero");
    }
    options.cache = *written.cache;
  } else if (init) {
    options.cache = 1;
  }
  return options;
}

}  // namespace

model::SequenceOptions resolve_new_sequence_options(const WrittenSequenceOptions& written,
                                                   const std::string& data_type) {
  model::SequenceOptions options;
  options.data_type = written.data_type.value_or(data_type);
  WrittenSequenceOptions with_type = written;
  with_type.data_type = options.data_type;
  return resolve(options, with_type, Phase::Create);
}

model::SequenceOptions resolve_altered_sequence_options(const model::SequenceOptions& current,
                                                       const WrittenSequenceOptions& written) {
  return resolve(current, written, Phase::Alter);
}

}  // namespace driftgate::parse
