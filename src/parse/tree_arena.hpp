#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include <protobuf-c/protobuf-c.h>

namespace driftgate::parse {

/// Memory for one mutable libpg_query tree: the unpacked protobuf-c messages and every node a
/// normalisation rule adds live here and are freed together, so rules can splice nodes freely.
class TreeArena {
 public:
  TreeArena();
  TreeArena(const TreeArena&) = delete;
  TreeArena& operator=(const TreeArena&) = delete;
  ~TreeArena();

  /// The protobuf-c allocator that unpacks into this arena.
  ProtobufCAllocator* allocator() { return &allocator_; }

  /// Raw memory for `size` bytes, aligned for any protobuf-c message.
  void* allocate(std::size_t size);

  /// A new message initialised with `init` (one of libpg_query's `…__INIT` values).
  template <typename Message>
  Message* make(const Message& init) {
    auto* message = static_cast<Message*>(allocate(sizeof(Message)));
    *message = init;
    return message;
  }

  /// An array of `count` node pointers (zeroed).
  template <typename Pointer>
  Pointer* make_array(std::size_t count) {
    auto* items = static_cast<Pointer*>(allocate(sizeof(Pointer) * (count == 0 ? 1 : count)));
    for (std::size_t i = 0; i < count; ++i) items[i] = nullptr;
    return items;
  }

  /// A NUL-terminated copy of `text`.
  char* copy_string(std::string_view text);

 private:
  static void* allocate_for(void* self, std::size_t size);
  static void release(void*, void*) {}

  ProtobufCAllocator allocator_;
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;
  std::size_t remaining_ = 0;
};

}  // namespace driftgate::parse
