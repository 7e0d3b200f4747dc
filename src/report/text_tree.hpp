#pragma once

#include <string>
#include <vector>

namespace driftgate::report {

/// Which characters draw a tree: UTF-8 box drawing (`├─`, `└─`, `│`) or plain ASCII
/// (`|-`, `` `- ``, `|`) for terminals that are not UTF-8.
enum class TreeGlyphs { Unicode, Ascii };

/// One line of a tree and the lines nested under it.
struct TreeNode {
  std::string text;
  std::vector<TreeNode> children;
};

/// The nodes as lines: each root flush left, its descendants drawn with `glyphs`.
std::string render_tree(const std::vector<TreeNode>& roots, TreeGlyphs glyphs);

/// The number of characters (UTF-8 code points) of `text`, for aligning columns.
std::size_t display_width(const std::string& text);

/// `text` padded with spaces to `width` display characters.
std::string pad_right(const std::string& text, std::size_t width);

}  // namespace driftgate::report
