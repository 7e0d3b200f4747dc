#include "model/sample_catalog.hpp"

#include <cstdint>
#include <limits>

namespace driftgate::test {
namespace {

using namespace driftgate::model;

SourceLocation at(const std::string& file, int line, int column = 1) {
  return SourceLocation{file, line, column};
}

const std::string schemas_file = "schema/00_schemas.sql";
const std::string app_file = "schema/10_app.sql";
const std::string events_file = "schema/20_events.sql";
const std::string audit_file = "schema/30_audit.sql";
const std::string views_file = "schema/40_views.sql";

Column column(const std::string& name, const std::string& type, SourceLocation location) {
  Column result;
  result.name = name;
  result.type = type;
  result.location = std::move(location);
  return result;
}

Constraint constraint(const std::string& name, ConstraintKind kind, SourceLocation location) {
  Constraint result;
  result.name = name;
  result.kind = kind;
  result.location = std::move(location);
  return result;
}

void add(Table& table, Constraint constraint_value) {
  const std::string name = constraint_value.name;
  table.constraints.emplace(name, std::move(constraint_value));
}

Table users_table() {
  Table table;
  table.name = {"app", "users"};
  table.comment = "People who sign in";
  table.location = at(app_file, 10);

  Column id = column("id", "integer", at(app_file, 11, 5));
  id.not_null = true;
  id.identity = IdentityKind::Always;
  id.identity_options = SequenceOptions{"integer", 100, 10, 100, 1000000, 5, true};
  id.comment = "Surrogate key";
  Column email = column("email", "text", at(app_file, 12, 5));
  email.collation = "\"C\"";
  email.not_null = true;
  Column handle = column("handle", "character varying(40)", at(app_file, 13, 5));
  handle.not_null = true;
  Column status = column("status", "app.status", at(app_file, 14, 5));
  status.not_null = true;
  status.default_expr = "'active'::app.status";
  Column email_lower = column("email_lower", "text", at(app_file, 15, 5));
  email_lower.generated = "lower(email)";
  table.columns = {id, email, handle, status, email_lower};

  Constraint pkey = constraint("users_pkey", ConstraintKind::PrimaryKey, at(app_file, 16, 5));
  pkey.columns = {"id"};
  pkey.include = {"email"};
  pkey.comment = "One row per person";
  add(table, pkey);
  Constraint email_key = constraint("users_email_key", ConstraintKind::Unique, at(app_file, 17, 5));
  email_key.columns = {"email"};
  email_key.include = {"status"};
  email_key.nulls_not_distinct = true;
  email_key.deferrable = true;
  email_key.initially_deferred = true;
  add(table, email_key);
  Constraint email_check =
      constraint("users_email_check", ConstraintKind::Check, at(app_file, 18, 5));
  email_check.check = "email <> ''::text";
  email_check.no_inherit = true;
  add(table, email_check);
  Constraint handle_check =
      constraint("users_handle_check", ConstraintKind::Check, at(app_file, 19, 5));
  handle_check.check = "length((handle)::text) > 2";
  handle_check.not_valid = true;
  add(table, handle_check);
  return table;
}

Table invoices_table() {
  Table table;
  table.name = {"app", "invoices"};
  table.location = at(app_file, 30);
  Column number = column("number", "integer", at(app_file, 31, 5));
  number.not_null = true;
  number.default_expr = "nextval('app.invoice_number_seq'::regclass)";
  Column user_id = column("user_id", "integer", at(app_file, 32, 5));
  Column handle = column("handle", "character varying(40)", at(app_file, 33, 5));
  Column total = column("total", "numeric(12,2)", at(app_file, 34, 5));
  total.not_null = true;
  total.default_expr = "0";
  table.columns = {number, user_id, handle, total};

  Constraint pkey = constraint("invoices_pkey", ConstraintKind::PrimaryKey, at(app_file, 35, 5));
  pkey.columns = {"number"};
  add(table, pkey);
  Constraint payer =
      constraint("invoices_user_id_fkey", ConstraintKind::ForeignKey, at(app_file, 36, 5));
  payer.columns = {"user_id"};
  payer.foreign_key = ForeignKey{
      {"app", "users"},           {"id"},     MatchType::Full, ReferentialAction::SetNull,
      ReferentialAction::Cascade, {"user_id"}};
  payer.deferrable = true;
  payer.initially_deferred = true;
  payer.not_valid = true;
  payer.comment = "Who pays";
  add(table, payer);
  // References a column that only a standalone unique index (users_handle_key) makes unique.
  Constraint by_handle =
      constraint("invoices_handle_fkey", ConstraintKind::ForeignKey, at(app_file, 37, 5));
  by_handle.columns = {"handle"};
  by_handle.foreign_key = ForeignKey{{"app", "users"},
                                     {"handle"},
                                     MatchType::Simple,
                                     ReferentialAction::Restrict,
                                     ReferentialAction::NoAction,
                                     {}};
  add(table, by_handle);
  return table;
}

Table bookings_table() {
  Table table;
  table.name = {"app", "bookings"};
  table.location = at(app_file, 50);
  Column id = column("id", "bigint", at(app_file, 51, 5));
  id.not_null = true;
  id.identity = IdentityKind::ByDefault;
  id.identity_options = default_sequence_options("bigint", 1);
  Column room = column("room", "integer", at(app_file, 52, 5));
  room.not_null = true;
  Column during = column("during", "tstzrange", at(app_file, 53, 5));
  during.not_null = true;
  Column code = column("code", "text", at(app_file, 54, 5));
  Column cancelled = column("cancelled", "boolean", at(app_file, 55, 5));
  cancelled.not_null = true;
  cancelled.default_expr = "false";
  table.columns = {id, room, during, code, cancelled};

  Constraint pkey = constraint("bookings_pkey", ConstraintKind::PrimaryKey, at(app_file, 56, 5));
  pkey.columns = {"id"};
  add(table, pkey);
  Constraint overlap =
      constraint("bookings_no_overlap", ConstraintKind::Exclusion, at(app_file, 57, 5));
  overlap.exclusion = Exclusion{"gist",
                                {{"room", false, std::nullopt, false, false, "="},
                                 {"during", false, std::nullopt, false, false, "&&"}},
                                "NOT cancelled"};
  add(table, overlap);
  Constraint code_excl =
      constraint("bookings_code_excl", ConstraintKind::Exclusion, at(app_file, 58, 5));
  code_excl.exclusion = Exclusion{"btree",
                                  {{"lower(code)", true, "text_pattern_ops", true, false, "="},
                                   {"room", false, std::nullopt, false, true, "="}},
                                  std::nullopt};
  code_excl.deferrable = true;
  add(table, code_excl);
  return table;
}

std::vector<Column> event_columns(const std::string& file, int line) {
  Column id = column("id", "bigint", at(file, line + 1, 5));
  id.not_null = true;
  Column created_at = column("created_at", "timestamp with time zone", at(file, line + 2, 5));
  created_at.not_null = true;
  created_at.default_expr = "now()";
  Column payload = column("payload", "jsonb", at(file, line + 3, 5));
  payload.default_expr = "'{}'::jsonb";
  return {id, created_at, payload};
}

Table events_table() {
  Table table;
  table.name = {"app", "events"};
  table.kind = TableKind::Partitioned;
  table.partition_key = "RANGE (created_at)";
  table.location = at(events_file, 1);
  table.columns = event_columns(events_file, 1);
  Constraint pkey = constraint("events_pkey", ConstraintKind::PrimaryKey, at(events_file, 5, 5));
  pkey.columns = {"id", "created_at"};
  add(table, pkey);
  return table;
}

Table events_partition(const std::string& name, const std::string& bound, int line) {
  Table table;
  table.name = {"app", name};
  table.kind = TableKind::Partition;
  table.partition_of = QualifiedName{"app", "events"};
  table.partition_bound = bound;
  table.location = at(events_file, line);
  table.columns = event_columns(events_file, line);
  return table;
}

Table log_entries_table() {
  Table table;
  table.name = {"Audit Trail", "Log Entries"};
  table.comment = "Everything that happened, it's all here";
  table.location = at(audit_file, 1);
  Column order = column("Order", "integer", at(audit_file, 2, 5));
  order.not_null = true;
  Column user = column("user", "text", at(audit_file, 3, 5));
  Column select = column("select", "boolean", at(audit_file, 4, 5));
  select.not_null = true;
  select.default_expr = "true";
  Column quoted = column("quote\"d", "text", at(audit_file, 5, 5));
  quoted.comment = "A name with a \"quote\" in it";
  Column naive = column("naïve", "numeric", at(audit_file, 6, 5));
  Column kinds = column("kinds", "\"Audit Trail\".\"Event Kind\"[]", at(audit_file, 7, 5));
  kinds.default_expr = "'{}'::\"Audit Trail\".\"Event Kind\"[]";
  table.columns = {order, user, select, quoted, naive, kinds};
  Constraint pkey =
      constraint("Log Entries_pkey", ConstraintKind::PrimaryKey, at(audit_file, 8, 5));
  pkey.columns = {"Order"};
  add(table, pkey);
  Constraint positive =
      constraint("order is positive", ConstraintKind::Check, at(audit_file, 9, 5));
  positive.check = "\"Order\" > 0";
  add(table, positive);
  return table;
}

void add_table(Catalog& catalog, Table table) {
  const QualifiedName name = table.name;
  catalog.tables.emplace(name, std::move(table));
}

void add_index(Catalog& catalog, Index index) {
  const QualifiedName name = index.name;
  catalog.indexes.emplace(name, std::move(index));
}

void add_view(Catalog& catalog, View view) {
  const QualifiedName name = view.name;
  catalog.views.emplace(name, std::move(view));
}

}  // namespace

Catalog full_sample_catalog() {
  Catalog catalog;
  catalog.schemas["app"] = Schema{"app", "Application tables", at(schemas_file, 1)};
  catalog.schemas["Audit Trail"] = Schema{"Audit Trail", "Who did what", at(schemas_file, 2)};
  catalog.schemas["public"] = Schema{"public", "Standard public schema", at(schemas_file, 3)};
  catalog.extensions["btree_gist"] = Extension{
      "btree_gist", "public", "1.7", "GiST support for scalar types", at(schemas_file, 5)};

  catalog.enums[{"app", "status"}] = EnumType{
      {"app", "status"}, {"active", "suspended", "it's closed"}, "Account state", at(app_file, 1)};
  catalog.enums[{"Audit Trail", "Event Kind"}] = EnumType{
      {"Audit Trail", "Event Kind"}, {"Insert", "update"}, std::nullopt, at(schemas_file, 7)};

  Sequence invoice_numbers;
  invoice_numbers.name = {"app", "invoice_number_seq"};
  invoice_numbers.options = SequenceOptions{"integer", 1000, 5, 10, 1000000, 20, true};
  invoice_numbers.owned_by = ColumnRef{{"app", "invoices"}, "number"};
  invoice_numbers.comment = "Invoice numbers";
  invoice_numbers.location = at(app_file, 3);
  catalog.sequences[invoice_numbers.name] = invoice_numbers;
  Sequence countdown;
  countdown.name = {"app", "countdown_seq"};
  countdown.options = default_sequence_options("bigint", -1);
  countdown.location = at(app_file, 4);
  catalog.sequences[countdown.name] = countdown;

  add_table(catalog, users_table());
  add_table(catalog, invoices_table());
  add_table(catalog, bookings_table());
  add_table(catalog, events_table());
  add_table(catalog,
            events_partition(
                "events_2024",
                "FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00')", 10));
  Table other_events = events_partition("events_other", "DEFAULT", 20);
  other_events.comment = "Events outside the yearly partitions";
  Constraint has_payload =
      constraint("events_other_payload_check", ConstraintKind::Check, at(events_file, 24, 5));
  has_payload.check = "payload IS NOT NULL";
  add(other_events, has_payload);
  add_table(catalog, other_events);
  add_table(catalog, log_entries_table());

  add_index(catalog, Index{{"app", "users_handle_key"},
                           {"app", "users"},
                           true,
                           false,
                           "btree",
                           {{"handle", false, std::nullopt, std::nullopt, false, false}},
                           {},
                           std::nullopt,
                           "Handles are unique",
                           at(app_file, 20)});
  add_index(catalog, Index{{"app", "users_lower_email_idx"},
                           {"app", "users"},
                           true,
                           true,
                           "btree",
                           {{"lower(email)", true, "\"C\"", "text_pattern_ops", true, false},
                            {"handle", false, std::nullopt, std::nullopt, false, true}},
                           {"status"},
                           "status <> 'suspended'::app.status",
                           std::nullopt,
                           at(app_file, 21)});
  add_index(catalog, Index{{"app", "bookings_during_idx"},
                           {"app", "bookings"},
                           false,
                           false,
                           "gist",
                           {{"during", false, std::nullopt, std::nullopt, false, false}},
                           {},
                           std::nullopt,
                           std::nullopt,
                           at(app_file, 60)});
  add_index(catalog, Index{{"app", "user_counts_status_idx"},
                           {"app", "user_counts"},
                           true,
                           false,
                           "btree",
                           {{"status", false, std::nullopt, std::nullopt, false, false}},
                           {},
                           std::nullopt,
                           std::nullopt,
                           at(views_file, 9)});

  // active_emails reads active_users, which sorts after it by name: only definition order works.
  add_view(catalog, View{{"app", "active_users"},
                         false,
                         " SELECT users.id,\n    users.email\n   FROM app.users\n  WHERE "
                         "(users.status = 'active'::app.status);",
                         "Users who can sign in",
                         at(views_file, 1)});
  add_view(catalog, View{{"app", "active_emails"},
                         false,
                         "SELECT email FROM app.active_users",
                         std::nullopt,
                         at(views_file, 5)});
  add_view(catalog, View{{"app", "user_counts"},
                         true,
                         "SELECT status, count(*) AS users FROM app.users GROUP BY status",
                         "Users per state",
                         at(views_file, 8)});
  add_view(catalog, View{{"Audit Trail", "Recent"},
                         false,
                         "SELECT \"Order\", \"user\" FROM \"Audit Trail\".\"Log Entries\" WHERE "
                         "\"select\"",
                         std::nullopt,
                         at(views_file, 12)});
  return catalog;
}

}  // namespace driftgate::test
