#include "report/text_tree.hpp"

namespace driftgate::report {
namespace {

struct Glyphs {
  const char* branch;        // a child that has siblings after it
  const char* last_branch;   // the last child
  const char* continuation;  // under a child that has siblings after it
  const char* blank;         // under the last child
};

constexpr Glyphs unicode_glyphs = {"├─ ", "└─ ", "│  ", "   "};
constexpr Glyphs ascii_glyphs = {"|- ", "`- ", "|  ", "   "};

void render_children(const std::vector<TreeNode>& children, const std::string& prefix,
                     const Glyphs& glyphs, std::string& out) {
  for (std::size_t i = 0; i < children.size(); ++i) {
    const bool last = i + 1 == children.size();
    out += prefix + (last ? glyphs.last_branch : glyphs.branch) + children[i].text + "\n";
    render_children(children[i].children, prefix + (last ? glyphs.blank : glyphs.continuation),
                    glyphs, out);
  }
}

}  // namespace

std::string render_tree(const std::vector<TreeNode>& roots, TreeGlyphs glyphs) {
  const Glyphs& chosen = glyphs == TreeGlyphs::Unicode ? unicode_glyphs : ascii_glyphs;
  std::string out;
  for (const auto& root : roots) {
    out += root.text + "\n";
    render_children(root.children, "", chosen, out);
  }
  return out;
}

std::size_t display_width(const std::string& text) {
  std::size_t width = 0;
  for (unsigned char byte : text) {
    if ((byte & 0xC0U) != 0x80U) ++width;  // count every byte that starts a code point
  }
  return width;
}

std::string pad_right(const std::string& text, std::size_t width) {
  const std::size_t current = display_width(text);
  return current >= width ? text : text + std::string(width - current, ' ');
}

}  // namespace driftgate::report
