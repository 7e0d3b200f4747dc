#include "parse/pg_query_nodes.hpp"
#include "parse/transforms.hpp"

namespace driftgate::parse {
namespace {

/// Statements that never define schema objects: recorded as skipped.
bool defines_no_schema(PgQuery__Node__NodeCase kind) {
  switch (kind) {
    case PG_QUERY__NODE__NODE_INSERT_STMT:
    case PG_QUERY__NODE__NODE_UPDATE_STMT:
    case PG_QUERY__NODE__NODE_DELETE_STMT:
    case PG_QUERY__NODE__NODE_MERGE_STMT:
    case PG_QUERY__NODE__NODE_COPY_STMT:
    case PG_QUERY__NODE__NODE_GRANT_STMT:
    case PG_QUERY__NODE__NODE_GRANT_ROLE_STMT:
    case PG_QUERY__NODE__NODE_ALTER_DEFAULT_PRIVILEGES_STMT:
    case PG_QUERY__NODE__NODE_ALTER_OWNER_STMT:
    case PG_QUERY__NODE__NODE_TRANSACTION_STMT:
    case PG_QUERY__NODE__NODE_VARIABLE_SHOW_STMT:
    case PG_QUERY__NODE__NODE_CREATE_ROLE_STMT:
    case PG_QUERY__NODE__NODE_ALTER_ROLE_STMT:
    case PG_QUERY__NODE__NODE_ALTER_ROLE_SET_STMT:
    case PG_QUERY__NODE__NODE_DROP_ROLE_STMT:
    case PG_QUERY__NODE__NODE_VACUUM_STMT:
    case PG_QUERY__NODE__NODE_CHECK_POINT_STMT:
    case PG_QUERY__NODE__NODE_LOCK_STMT:
    case PG_QUERY__NODE__NODE_NOTIFY_STMT:
    case PG_QUERY__NODE__NODE_LISTEN_STMT:
    case PG_QUERY__NODE__NODE_UNLISTEN_STMT:
    case PG_QUERY__NODE__NODE_DISCARD_STMT:
    case PG_QUERY__NODE__NODE_REFRESH_MAT_VIEW_STMT:
    case PG_QUERY__NODE__NODE_EXPLAIN_STMT:
    case PG_QUERY__NODE__NODE_PREPARE_STMT:
    case PG_QUERY__NODE__NODE_EXECUTE_STMT:
    case PG_QUERY__NODE__NODE_DEALLOCATE_STMT:
    case PG_QUERY__NODE__NODE_DECLARE_CURSOR_STMT:
    case PG_QUERY__NODE__NODE_FETCH_STMT:
    case PG_QUERY__NODE__NODE_CLOSE_PORTAL_STMT:
    case PG_QUERY__NODE__NODE_CONSTRAINTS_SET_STMT:
    case PG_QUERY__NODE__NODE_CREATEDB_STMT:
    case PG_QUERY__NODE__NODE_ALTER_DATABASE_STMT:
    case PG_QUERY__NODE__NODE_ALTER_DATABASE_SET_STMT:
    case PG_QUERY__NODE__NODE_ALTER_DATABASE_REFRESH_COLL_STMT:
    case PG_QUERY__NODE__NODE_ALTER_SYSTEM_STMT:
    case PG_QUERY__NODE__NODE_SEC_LABEL_STMT:
    case PG_QUERY__NODE__NODE_LOAD_STMT:
    case PG_QUERY__NODE__NODE_REINDEX_STMT:
    case PG_QUERY__NODE__NODE_CLUSTER_STMT:
      return true;
    default:
      return false;
  }
}

}  // namespace

void transform_statement(LoadContext& context, const PgQuery__Node& statement) {
  switch (statement.node_case) {
    case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT:
      return transform_create_schema(context, *statement.create_schema_stmt);
    case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT:
      return transform_create_extension(context, *statement.create_extension_stmt);
    case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT:
      return transform_create_enum(context, *statement.create_enum_stmt);
    case PG_QUERY__NODE__NODE_ALTER_ENUM_STMT:
      return transform_alter_enum(context, *statement.alter_enum_stmt);
    case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT:
      return transform_create_sequence(context, *statement.create_seq_stmt);
    case PG_QUERY__NODE__NODE_ALTER_SEQ_STMT:
      return transform_alter_sequence(context, *statement.alter_seq_stmt);
    case PG_QUERY__NODE__NODE_CREATE_STMT:
      return transform_create_table(context, *statement.create_stmt);
    case PG_QUERY__NODE__NODE_INDEX_STMT:
      return transform_create_index(context, *statement.index_stmt);
    case PG_QUERY__NODE__NODE_VIEW_STMT:
      return transform_create_view(context, *statement.view_stmt);
    case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
      return transform_create_table_as(context, *statement.create_table_as_stmt);
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
      return transform_alter_table(context, *statement.alter_table_stmt);
    case PG_QUERY__NODE__NODE_COMMENT_STMT:
      return transform_comment(context, *statement.comment_stmt);
    case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT:
      return transform_variable_set(context, *statement.variable_set_stmt);
    case PG_QUERY__NODE__NODE_SELECT_STMT:
      return transform_select(context, *statement.select_stmt);
    case PG_QUERY__NODE__NODE_DROP_STMT:
      if (context.replays_migration()) return transform_drop(context, *statement.drop_stmt);
      break;
    case PG_QUERY__NODE__NODE_RENAME_STMT:
      if (context.replays_migration()) return transform_rename(context, *statement.rename_stmt);
      break;
    default:
      break;
  }
  const std::string kind = statement_kind_name(&statement);
  if (defines_no_schema(statement.node_case)) {
    context.skip(kind + ": defines no schema objects");
  } else {
    context.warn(kind + " is not part of driftgate's model yet; the statement was ignored");
  }
}

}  // namespace driftgate::parse
