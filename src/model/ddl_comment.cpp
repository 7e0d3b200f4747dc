#include "model/ddl.hpp"
#include "model/identifier.hpp"

// COMMENT ON statements, one overload per commentable kind.

namespace driftgate::model {
namespace {

std::optional<std::string> comment_on(const std::string& target,
                                      const std::optional<std::string>& comment) {
  if (!comment) return std::nullopt;
  return "COMMENT ON " + target + " IS " + quote_literal(*comment) + ";";
}

}  // namespace

std::optional<std::string> comment_sql(const Schema& schema) {
  return comment_on("SCHEMA " + quote_ident(schema.name), schema.comment);
}

std::optional<std::string> comment_sql(const Extension& extension) {
  return comment_on("EXTENSION " + quote_ident(extension.name), extension.comment);
}

std::optional<std::string> comment_sql(const EnumType& enum_type) {
  return comment_on("TYPE " + to_sql(enum_type.name), enum_type.comment);
}

std::optional<std::string> comment_sql(const Sequence& sequence) {
  return comment_on("SEQUENCE " + to_sql(sequence.name), sequence.comment);
}

std::optional<std::string> comment_sql(const Table& table) {
  return comment_on("TABLE " + to_sql(table.name), table.comment);
}

std::optional<std::string> comment_sql(const QualifiedName& table, const Column& column) {
  return comment_on("COLUMN " + to_sql(table) + "." + quote_ident(column.name), column.comment);
}

std::optional<std::string> comment_sql(const QualifiedName& table, const Constraint& constraint) {
  return comment_on("CONSTRAINT " + quote_ident(constraint.name) + " ON " + to_sql(table),
                    constraint.comment);
}

std::optional<std::string> comment_sql(const Index& index) {
  return comment_on("INDEX " + to_sql(index.name), index.comment);
}

std::optional<std::string> comment_sql(const View& view) {
  return comment_on((view.materialized ? "MATERIALIZED VIEW " : "VIEW ") + to_sql(view.name),
                    view.comment);
}

}  // namespace driftgate::model
