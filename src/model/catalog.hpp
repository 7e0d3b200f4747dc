#pragma once

#include <map>
#include <string>

#include "model/enum_type.hpp"
#include "model/extension.hpp"
#include "model/index.hpp"
#include "model/qualified_name.hpp"
#include "model/schema.hpp"
#include "model/sequence.hpp"
#include "model/table.hpp"
#include "model/view.hpp"

namespace driftgate::model {

/// The whole canonical model of one source: one ordered map per object kind, keyed by identity.
/// A new object kind (functions, triggers, policies, grants) is a new map here plus its JSON and
/// DDL functions; nothing existing changes shape.
struct Catalog {
  std::map<std::string, Schema> schemas;
  std::map<std::string, Extension> extensions;
  std::map<QualifiedName, EnumType> enums;
  std::map<QualifiedName, Sequence> sequences;
  std::map<QualifiedName, Table> tables;
  std::map<QualifiedName, Index> indexes;
  std::map<QualifiedName, View> views;

  bool operator==(const Catalog&) const = default;
};

/// A copy of `catalog` with every SourceLocation cleared, for comparing models by content.
Catalog without_locations(Catalog catalog);

}  // namespace driftgate::model
