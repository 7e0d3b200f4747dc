#include "parse/implicit_names.hpp"

#include <algorithm>

namespace driftgate::parse {
namespace {

/// The byte length of the UTF-8 character starting with `lead`.
std::size_t utf8_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 1;
}

}  // namespace

std::size_t clip_length(std::string_view text, std::size_t limit) {
  std::size_t length = 0;
  while (length < text.size()) {
    const std::size_t next = utf8_length(static_cast<unsigned char>(text[length]));
    if (length + next > limit) break;
    length += next;
  }
  return std::min(length, text.size());
}

std::string truncate_identifier(std::string_view text) {
  if (text.size() <= kMaxIdentifierBytes) return std::string(text);
  return std::string(text.substr(0, clip_length(text, kMaxIdentifierBytes)));
}

std::string make_object_name(std::string_view name1, std::string_view name2, std::string_view label) {
  std::size_t overhead = 0;
  if (!name2.empty()) overhead += 1;
  if (!label.empty()) overhead += label.size() + 1;
  const std::size_t available = kMaxIdentifierBytes > overhead ? kMaxIdentifierBytes - overhead : 0;

  std::size_t name1_bytes = name1.size();
  std::size_t name2_bytes = name2.size();
  // Shorten the longer part first, one byte at a time, as PostgreSQL does.
  while (name1_bytes + name2_bytes > available) {
    if (name1_bytes > name2_bytes) {
      --name1_bytes;
    } else {
      --name2_bytes;
    }
  }
  name1_bytes = clip_length(name1, name1_bytes);
  name2_bytes = clip_length(name2, name2_bytes);

  std::string name(name1.substr(0, name1_bytes));
  if (!name2.empty()) {
    name += '_';
    name += name2.substr(0, name2_bytes);
  }
  if (!label.empty()) {
    name += '_';
    name += label;
  }
  return name;
}

std::string choose_name(std::string_view name1, std::string_view name2, std::string_view label,
                        const NameTaken& taken) {
  std::string candidate = make_object_name(name1, name2, label);
  for (int pass = 1; taken(candidate); ++pass) {
    candidate = make_object_name(name1, name2, std::string(label) + std::to_string(pass));
  }
  return candidate;
}

std::string name_addition(const std::vector<std::string>& names) {
  std::string addition;
  for (const std::string& name : names) {
    if (!addition.empty()) addition += '_';
    addition += name.substr(0, kMaxIdentifierBytes);
    if (addition.size() > kMaxIdentifierBytes) break;
  }
  return addition;
}

std::vector<std::string> unique_index_column_names(const std::vector<std::string>& names) {
  std::vector<std::string> result;
  result.reserve(names.size());
  for (const std::string& original : names) {
    std::string current = original;
    for (int pass = 1; std::find(result.begin(), result.end(), current) != result.end(); ++pass) {
      const std::string suffix = std::to_string(pass);
      const std::size_t keep = clip_length(original, kMaxIdentifierBytes - suffix.size());
      current = original.substr(0, keep) + suffix;
    }
    result.push_back(std::move(current));
  }
  return result;
}

}  // namespace driftgate::parse
