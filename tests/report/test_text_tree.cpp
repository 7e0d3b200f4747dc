#include <catch2/catch.hpp>

#include "report/text_tree.hpp"

using driftgate::report::display_width;
using driftgate::report::pad_right;
using driftgate::report::render_tree;
using driftgate::report::TreeGlyphs;
using driftgate::report::TreeNode;

namespace {
std::vector<TreeNode> sample_tree() {
  return {TreeNode{"root",
                   {TreeNode{"a", {TreeNode{"a1", {}}, TreeNode{"a2", {}}}},
                    TreeNode{"b", {TreeNode{"b1", {}}}}}},
          TreeNode{"second root", {}}};
}
}  // namespace

TEST_CASE("render_tree draws nested children with UTF-8 glyphs", "[report]") {
  CHECK(render_tree(sample_tree(), TreeGlyphs::Unicode) ==
        "root\n"
        "├─ a\n"
        "│  ├─ a1\n"
        "│  └─ a2\n"
        "└─ b\n"
        "   └─ b1\n"
        "second root\n");
}

TEST_CASE("render_tree draws the same tree in plain ASCII", "[report]") {
  CHECK(render_tree(sample_tree(), TreeGlyphs::Ascii) ==
        "root\n"
        "|- a\n"
        "|  |- a1\n"
        "|  `- a2\n"
        "`- b\n"
        "   `- b1\n"
        "second root\n");
  CHECK(render_tree({}, TreeGlyphs::Ascii).empty());
}

TEST_CASE("display_width counts characters, not bytes, so padding aligns", "[report]") {
  CHECK(display_width("abc") == 3);
  CHECK(display_width("naïve") == 5);
  CHECK(display_width("├─") == 2);
  CHECK(pad_right("naïve", 7) == "naïve  ");
  CHECK(pad_right("toolong", 3) == "toolong");
}
