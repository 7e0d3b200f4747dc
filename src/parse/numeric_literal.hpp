#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Numbers and booleans as PostgreSQL reads and prints them, so a constant the server printed in
// its own format can be matched with the literal the definition wrote.

namespace driftgate::parse {

/// The type PostgreSQL's parser gives a numeric literal written as digits (`2147483647` is
/// integer, `2147483648` bigint, `1.5`, `1e5` and 20-digit numbers numeric).
enum class LiteralType { Integer, Bigint, Numeric };

/// What numeric's output function prints for input `text` (`1e5` → `100000`, `.5` → `0.5`,
/// `1.50` → `1.50`, `-0` → `0`), or nullopt when `text` is not a finite number.
std::optional<std::string> normalize_numeric(std::string_view text);

/// The value of an integer written in `text` as int4in/int8in read it (surrounding blanks and a
/// sign allowed), or nullopt.
std::optional<std::int64_t> parse_integer(std::string_view text);

/// The type the parser gives the literal that prints as `normalized` (a normalize_numeric text).
LiteralType literal_type(std::string_view normalized);

/// The value boolin reads from `text` (`t`, `yes`, `on`, `1`, unique prefixes…), or nullopt.
std::optional<bool> parse_boolean(std::string_view text);

}  // namespace driftgate::parse
