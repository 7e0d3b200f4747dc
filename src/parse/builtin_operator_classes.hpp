#pragma once

#include <string_view>

namespace driftgate::parse {

/// Whether `name` is an operator class of pg_catalog (`text_pattern_ops`, `jsonb_path_ops`),
/// which an unqualified name in a definition always means. Any other unqualified operator class
/// (an extension's, like `gin_trgm_ops`) resolves through the search path.
bool is_builtin_operator_class(std::string_view name);

}  // namespace driftgate::parse
