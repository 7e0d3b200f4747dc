#include "parse/numeric_literal.hpp"

#include <cctype>
#include <limits>

namespace driftgate::parse {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }

/// Whether decimal `digits` (no sign, no leading zeros) is at most `limit`.
bool fits(std::string_view digits, std::string_view limit) {
  if (digits.size() != limit.size()) return digits.size() < limit.size();
  return digits <= limit;
}

}  // namespace

std::optional<std::string> normalize_numeric(std::string_view text) {
  text = trim(text);
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  std::string digits;
  long fraction_digits = 0;
  bool seen_point = false;
  std::size_t i = 0;
  for (; i < text.size(); ++i) {
    const char ch = text[i];
    if (is_digit(ch)) {
      digits += ch;
      if (seen_point) ++fraction_digits;
    } else if (ch == '.' && !seen_point) {
      seen_point = true;
    } else {
      break;
    }
  }
  if (digits.empty()) return std::nullopt;
  long exponent = 0;
  if (i < text.size()) {
    if (text[i] != 'e' && text[i] != 'E') return std::nullopt;
    ++i;
    bool exponent_negative = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
      exponent_negative = text[i] == '-';
      ++i;
    }
    if (i == text.size()) return std::nullopt;
    for (; i < text.size(); ++i) {
      if (!is_digit(text[i]) || exponent > 100000) return std::nullopt;
      exponent = exponent * 10 + (text[i] - '0');
    }
    if (exponent_negative) exponent = -exponent;
  }
  // value = digits × 10^(exponent − fraction_digits); numeric keeps max(0, fraction − exponent)
  // digits after the point.
  const long shift = exponent - fraction_digits;
  std::string integer_part;
  std::string fraction;
  if (shift >= 0) {
    integer_part = digits + std::string(static_cast<std::size_t>(shift), '0');
  } else {
    const auto scale = static_cast<std::size_t>(-shift);
    if (digits.size() < scale) digits.insert(0, scale - digits.size(), '0');
    integer_part = digits.substr(0, digits.size() - scale);
    fraction = digits.substr(digits.size() - scale);
  }
  const std::size_t first = integer_part.find_first_not_of('0');
  integer_part = first == std::string::npos ? "0" : integer_part.substr(first);
  const bool zero = integer_part == "0" && fraction.find_first_not_of('0') == std::string::npos;
  std::string result = (negative && !zero) ? "-" : "";
  result += integer_part;
  if (!fraction.empty()) result += "." + fraction;
  return result;
}

std::optional<std::int64_t> parse_integer(std::string_view text) {
  text = trim(text);
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  if (text.empty()) return std::nullopt;
  std::uint64_t magnitude = 0;
  for (const char ch : text) {
    if (!is_digit(ch)) return std::nullopt;
    if (magnitude > (std::numeric_limits<std::uint64_t>::max() - 9) / 10) return std::nullopt;
    magnitude = magnitude * 10 + static_cast<std::uint64_t>(ch - '0');
  }
  const auto limit = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
  if (negative) {
    if (magnitude > limit + 1) return std::nullopt;
    return magnitude == limit + 1 ? std::numeric_limits<std::int64_t>::min()
                                  : -static_cast<std::int64_t>(magnitude);
  }
  if (magnitude > limit) return std::nullopt;
  return static_cast<std::int64_t>(magnitude);
}

LiteralType literal_type(std::string_view normalized) {
  if (normalized.find('.') != std::string_view::npos) return LiteralType::Numeric;
  const bool negative = !normalized.empty() && normalized.front() == '-';
  const std::string_view digits = negative ? normalized.substr(1) : normalized;
  // The lexer reads an unsigned literal: it is an integer when it fits int4; a minus sign is
  // applied afterwards, so -2147483648 is a bigint. Larger numbers are bigint when int8in
  // accepts them with their sign.
  if (fits(digits, "2147483647")) return LiteralType::Integer;
  if (fits(digits, negative ? "9223372036854775808" : "9223372036854775807")) return LiteralType::Bigint;
  return LiteralType::Numeric;
}

std::optional<bool> parse_boolean(std::string_view text) {
  text = trim(text);
  std::string word;
  for (const char ch : text) word += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  if (word.empty()) return std::nullopt;
  auto prefix_of = [&](std::string_view full) { return full.substr(0, word.size()) == word; };
  switch (word.front()) {
    case 't': if (prefix_of("true")) return true; break;
    case 'y': if (prefix_of("yes")) return true; break;
    case 'f': if (prefix_of("false")) return false; break;
    case 'n': if (prefix_of("no")) return false; break;
    case 'o':
      if (word == "on") return true;
      if (word.size() >= 2 && prefix_of("off")) return false;
      break;
    case '1': if (word == "1") return true; break;
    case '0': if (word == "0") return false; break;
    default: break;
  }
  return std::nullopt;
}

}  // namespace driftgate::parse
