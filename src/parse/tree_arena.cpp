#include "parse/tree_arena.hpp"

#include <algorithm>
#include <cstring>

namespace driftgate::parse {
namespace {

constexpr std::size_t kBlockSize = 64 * 1024;
constexpr std::size_t kAlignment = 16;

}  // namespace

TreeArena::TreeArena() : allocator_{&TreeArena::allocate_for, &TreeArena::release, this} {}

TreeArena::~TreeArena() = default;

void* TreeArena::allocate_for(void* self, std::size_t size) {
  return static_cast<TreeArena*>(self)->allocate(size);
}

void* TreeArena::allocate(std::size_t size) {
  size = (size + kAlignment - 1) & ~(kAlignment - 1);
  if (size > remaining_) {
    const std::size_t block_size = std::max(size, kBlockSize);
    blocks_.push_back(std::make_unique<char[]>(block_size));
    next_ = blocks_.back().get();
    remaining_ = block_size;
  }
  void* result = next_;
  next_ += size;
  remaining_ -= size;
  std::memset(result, 0, size);
  return result;
}

char* TreeArena::copy_string(std::string_view text) {
  auto* copy = static_cast<char*>(allocate(text.size() + 1));
  std::memcpy(copy, text.data(), text.size());
  copy[text.size()] = '\0';
  return copy;
}

}  // namespace driftgate::parse
