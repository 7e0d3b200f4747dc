#include "parse/node_walk.hpp"

#include <cstring>
#include <string_view>

namespace driftgate::parse {
namespace {

template <typename T>
T& field_at(ProtobufCMessage* message, unsigned offset) {
  return *reinterpret_cast<T*>(reinterpret_cast<char*>(message) + offset);
}

template <typename T>
const T& field_at(const ProtobufCMessage* message, unsigned offset) {
  return *reinterpret_cast<const T*>(reinterpret_cast<const char*>(message) + offset);
}

/// Whether field `field` of `message` holds a value: a oneof member only when it is the one set.
bool is_active(const ProtobufCMessage* message, const ProtobufCFieldDescriptor& field) {
  if ((field.flags & PROTOBUF_C_FIELD_FLAG_ONEOF) == 0) return true;
  return field_at<uint32_t>(message, field.quantifier_offset) == field.id;
}

/// Calls `visit(slot, type)` for every message-typed field slot of `message`.
template <typename Visit>
void for_each_message_slot(ProtobufCMessage* message, Visit&& visit) {
  const ProtobufCMessageDescriptor* descriptor = message->descriptor;
  for (unsigned i = 0; i < descriptor->n_fields; ++i) {
    const ProtobufCFieldDescriptor& field = descriptor->fields[i];
    if (field.type != PROTOBUF_C_TYPE_MESSAGE || !is_active(message, field)) continue;
    const auto* type = static_cast<const ProtobufCMessageDescriptor*>(field.descriptor);
    if (field.label == PROTOBUF_C_LABEL_REPEATED) {
      const std::size_t count = field_at<std::size_t>(message, field.quantifier_offset);
      ProtobufCMessage** items = field_at<ProtobufCMessage**>(message, field.offset);
      for (std::size_t k = 0; k < count; ++k) visit(items[k], type);
    } else {
      visit(field_at<ProtobufCMessage*>(message, field.offset), type);
    }
  }
}

bool is_position_field(std::string_view name) {
  return name == "location" || name == "stmt_location" || name == "stmt_len";
}

bool same_scalar(const ProtobufCFieldDescriptor& field, const void* left, const void* right) {
  switch (field.type) {
    case PROTOBUF_C_TYPE_STRING: {
      const char* a = *static_cast<const char* const*>(left);
      const char* b = *static_cast<const char* const*>(right);
      return std::string_view(a == nullptr ? "" : a) == std::string_view(b == nullptr ? "" : b);
    }
    case PROTOBUF_C_TYPE_BYTES: {
      const auto& a = *static_cast<const ProtobufCBinaryData*>(left);
      const auto& b = *static_cast<const ProtobufCBinaryData*>(right);
      return a.len == b.len && (a.len == 0 || std::memcmp(a.data, b.data, a.len) == 0);
    }
    case PROTOBUF_C_TYPE_INT64:
    case PROTOBUF_C_TYPE_SINT64:
    case PROTOBUF_C_TYPE_SFIXED64:
    case PROTOBUF_C_TYPE_UINT64:
    case PROTOBUF_C_TYPE_FIXED64:
    case PROTOBUF_C_TYPE_DOUBLE:
      return std::memcmp(left, right, 8) == 0;
    case PROTOBUF_C_TYPE_BOOL:
      return (*static_cast<const protobuf_c_boolean*>(left) != 0) ==
             (*static_cast<const protobuf_c_boolean*>(right) != 0);
    default:  // 32-bit integers, enums, float
      return std::memcmp(left, right, 4) == 0;
  }
}

std::size_t scalar_size(const ProtobufCFieldDescriptor& field) {
  switch (field.type) {
    case PROTOBUF_C_TYPE_STRING: return sizeof(char*);
    case PROTOBUF_C_TYPE_BYTES: return sizeof(ProtobufCBinaryData);
    case PROTOBUF_C_TYPE_INT64:
    case PROTOBUF_C_TYPE_SINT64:
    case PROTOBUF_C_TYPE_SFIXED64:
    case PROTOBUF_C_TYPE_UINT64:
    case PROTOBUF_C_TYPE_FIXED64:
    case PROTOBUF_C_TYPE_DOUBLE: return 8;
    case PROTOBUF_C_TYPE_BOOL: return sizeof(protobuf_c_boolean);
    default: return 4;
  }
}

bool same_field(const ProtobufCMessage* left, const ProtobufCMessage* right,
                const ProtobufCFieldDescriptor& field, const NodePairHook& hook) {
  if (field.label == PROTOBUF_C_LABEL_REPEATED) {
    const std::size_t count = field_at<std::size_t>(left, field.quantifier_offset);
    if (count != field_at<std::size_t>(right, field.quantifier_offset)) return false;
    const char* a = field_at<const char*>(left, field.offset);
    const char* b = field_at<const char*>(right, field.offset);
    for (std::size_t k = 0; k < count; ++k) {
      if (field.type == PROTOBUF_C_TYPE_MESSAGE) {
        if (!same_tree(reinterpret_cast<ProtobufCMessage* const*>(a)[k],
                       reinterpret_cast<ProtobufCMessage* const*>(b)[k], hook)) {
          return false;
        }
      } else if (!same_scalar(field, a + k * scalar_size(field), b + k * scalar_size(field))) {
        return false;
      }
    }
    return true;
  }
  if (field.type == PROTOBUF_C_TYPE_MESSAGE) {
    return same_tree(field_at<ProtobufCMessage*>(left, field.offset),
                     field_at<ProtobufCMessage*>(right, field.offset), hook);
  }
  return same_scalar(field, reinterpret_cast<const char*>(left) + field.offset,
                     reinterpret_cast<const char*>(right) + field.offset);
}

}  // namespace

ProtobufCMessage* node_message(const PgQuery__Node* node) {
  if (node == nullptr || node->node_case == PG_QUERY__NODE__NODE__NOT_SET) return nullptr;
  const ProtobufCFieldDescriptor* field = protobuf_c_message_descriptor_get_field(
      &pg_query__node__descriptor, static_cast<unsigned>(node->node_case));
  if (field == nullptr) return nullptr;
  return field_at<ProtobufCMessage*>(&node->base, field->offset);
}

void rewrite_nodes(ProtobufCMessage* root, const std::function<void(PgQuery__Node*&)>& rewrite) {
  if (root == nullptr) return;
  for_each_message_slot(root, [&](ProtobufCMessage*& slot, const ProtobufCMessageDescriptor* type) {
    if (slot == nullptr) return;
    rewrite_nodes(slot, rewrite);
    if (type == &pg_query__node__descriptor) {
      rewrite(reinterpret_cast<PgQuery__Node*&>(slot));
    }
  });
}

void visit_messages(ProtobufCMessage* root, const std::function<void(ProtobufCMessage*)>& visit) {
  if (root == nullptr) return;
  visit(root);
  for_each_message_slot(root, [&](ProtobufCMessage* child, const ProtobufCMessageDescriptor*) {
    visit_messages(child, visit);
  });
}

void walk_messages(ProtobufCMessage* root, const std::function<Descend(ProtobufCMessage*)>& visit) {
  if (root == nullptr || visit(root) == Descend::No) return;
  for_each_message_slot(root, [&](ProtobufCMessage* child, const ProtobufCMessageDescriptor*) {
    walk_messages(child, visit);
  });
}

bool same_tree(const ProtobufCMessage* left, const ProtobufCMessage* right, const NodePairHook& hook) {
  if (left == right) return true;
  if (left == nullptr || right == nullptr) return false;
  if (left->descriptor != right->descriptor) return false;
  if (left->descriptor == &pg_query__node__descriptor && hook) {
    const PairDecision decision = hook(*reinterpret_cast<const PgQuery__Node*>(left),
                                       *reinterpret_cast<const PgQuery__Node*>(right));
    if (decision != PairDecision::Compare) return decision == PairDecision::Same;
  }
  const ProtobufCMessageDescriptor* descriptor = left->descriptor;
  for (unsigned i = 0; i < descriptor->n_fields; ++i) {
    const ProtobufCFieldDescriptor& field = descriptor->fields[i];
    if (is_position_field(field.name)) continue;
    const bool active = is_active(left, field);
    if (active != is_active(right, field)) return false;
    if (!active) continue;
    if (!same_field(left, right, field, hook)) return false;
  }
  return true;
}

}  // namespace driftgate::parse
