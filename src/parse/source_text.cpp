#include "parse/source_text.hpp"

#include <algorithm>
#include <cstring>
#include <utility>

namespace driftgate::parse {
namespace {

bool is_continuation_byte(char ch) { return (static_cast<unsigned char>(ch) & 0xC0) == 0x80; }

std::size_t count_characters(std::string_view bytes) {
  return static_cast<std::size_t>(
      std::count_if(bytes.begin(), bytes.end(), [](char ch) { return !is_continuation_byte(ch); }));
}

}  // namespace

SourceText::SourceText(std::string path, std::string_view text)
    : path_(std::move(path)), text_(text) {
  line_starts_.reserve(text.size() / 32 + 1);
  line_starts_.push_back(0);
  const char* begin = text.data();
  const char* end = begin + text.size();
  for (const char* at = begin; at < end;) {
    const void* newline = std::memchr(at, '\n', static_cast<std::size_t>(end - at));
    if (newline == nullptr) break;
    at = static_cast<const char*>(newline) + 1;
    line_starts_.push_back(static_cast<std::size_t>(at - begin));
  }
}

std::size_t SourceText::line_index(std::size_t offset) const {
  auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<std::size_t>(after - line_starts_.begin()) - 1;
}

model::SourceLocation SourceText::location(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const std::size_t line = line_index(offset);
  const std::size_t start = line_starts_[line];
  model::SourceLocation location;
  location.file = path_;
  location.line = static_cast<int>(line + 1);
  location.column = static_cast<int>(count_characters(text_.substr(start, offset - start)) + 1);
  return location;
}

std::size_t SourceText::skip_blanks_and_comments(std::size_t offset) const {
  return parse::skip_blanks_and_comments(text_, offset);
}

std::size_t skip_blanks_and_comments(std::string_view text_, std::size_t offset) {
  const std::size_t size = text_.size();
  while (offset < size) {
    const char ch = text_[offset];
    if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v') {
      ++offset;
    } else if (ch == '-' && offset + 1 < size && text_[offset + 1] == '-') {
      const std::size_t newline = text_.find('\n', offset);
      offset = newline == std::string_view::npos ? size : newline + 1;
    } else if (ch == '/' && offset + 1 < size && text_[offset + 1] == '*') {
      // Block comments nest in PostgreSQL.
      int depth = 1;
      offset += 2;
      while (offset < size && depth > 0) {
        if (text_[offset] == '/' && offset + 1 < size && text_[offset + 1] == '*') {
          ++depth;
          offset += 2;
        } else if (text_[offset] == '*' && offset + 1 < size && text_[offset + 1] == '/') {
          --depth;
          offset += 2;
        } else {
          ++offset;
        }
      }
    } else {
      break;
    }
  }
  return std::min(offset, size);
}

std::size_t SourceText::offset_of_character(std::size_t from, std::size_t chars) const {
  return parse::offset_of_character(text_, from, chars);
}

std::size_t offset_of_character(std::string_view text_, std::size_t from, std::size_t chars) {
  std::size_t offset = std::min(from, text_.size());
  while (offset < text_.size()) {
    if (!is_continuation_byte(text_[offset])) {
      if (chars == 0) break;
      --chars;
    }
    ++offset;
  }
  return offset;
}

std::string_view SourceText::line_text(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const std::size_t line = line_index(offset);
  const std::size_t start = line_starts_[line];
  std::size_t end = line + 1 < line_starts_.size() ? line_starts_[line + 1] - 1 : text_.size();
  if (end > start && text_[end - 1] == '\r') --end;
  return text_.substr(start, end - start);
}

std::string SourceText::position(std::size_t offset) const {
  return format_location(location(offset));
}

std::string SourceText::excerpt(std::size_t offset) const {
  const std::string_view line = line_text(offset);
  const model::SourceLocation where = location(offset);
  std::string caret;
  // Keep tabs so the caret lines up under the character whatever the tab width.
  std::size_t column = 1;
  for (std::size_t i = 0; i < line.size() && column < static_cast<std::size_t>(where.column); ++i) {
    if (is_continuation_byte(line[i])) continue;
    caret += line[i] == '\t' ? '\t' : ' ';
    ++column;
  }
  caret += '^';
  return std::string(line) + "\n" + caret;
}

std::string format_location(const model::SourceLocation& location) {
  std::string text = location.file + ":" + std::to_string(location.line);
  if (location.column > 0) text += ":" + std::to_string(location.column);
  return text;
}

}  // namespace driftgate::parse
