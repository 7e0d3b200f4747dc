#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/source_location.hpp"

namespace driftgate::parse {

/// One definition file's text with an index of its line starts, so byte offsets turn into
/// file:line:column (column counted in characters, 1-based) without rescanning the text.
class SourceText {
 public:
  /// Indexes `text` (kept by reference: it must outlive this object) read from `path`.
  SourceText(std::string path, std::string_view text);

  /// The file's path as the definition names it.
  const std::string& path() const { return path_; }
  /// The whole text.
  std::string_view text() const { return text_; }
  /// The location of byte `offset` (clamped to the text).
  model::SourceLocation location(std::size_t offset) const;
  /// The byte offset of the first token at or after `offset`, skipping blanks and comments.
  std::size_t skip_blanks_and_comments(std::size_t offset) const;
  /// The byte offset of the `chars`-th character (0-based) counted from byte `from`.
  std::size_t offset_of_character(std::size_t from, std::size_t chars) const;
  /// The text of the line holding byte `offset`, without its line break.
  std::string_view line_text(std::size_t offset) const;
  /// `path:line:column` of byte `offset`.
  std::string position(std::size_t offset) const;
  /// The line of byte `offset`, a newline, and a caret under its column (tabs kept).
  std::string excerpt(std::size_t offset) const;

 private:
  std::size_t line_index(std::size_t offset) const;

  std::string path_;
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
};

/// The byte offset of the first token at or after `offset` in `text`, skipping blanks and
/// comments (`--` to end of line, nested `/* */`).
std::size_t skip_blanks_and_comments(std::string_view text, std::size_t offset);

/// The byte offset of the `chars`-th character (0-based) of UTF-8 `text` counted from byte `from`.
std::size_t offset_of_character(std::string_view text, std::size_t from, std::size_t chars);

/// `path:line:column`, or `path:line` when the column is unknown.
std::string format_location(const model::SourceLocation& location);

}  // namespace driftgate::parse
