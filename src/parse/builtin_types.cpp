#include "parse/builtin_types.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace driftgate::parse {
namespace {

// Every type in pg_catalog of PostgreSQL 15 (base, pseudo, range and multirange types,
// including the `_name` array types), generated once from a live server with
//   SELECT typname FROM pg_type WHERE typnamespace = 'pg_catalog'::regnamespace
//     AND typtype IN ('b', 'p', 'r', 'm') ORDER BY typname COLLATE "C";
// A bare type name in the definition that is one of these means the pg_catalog type, since
// pg_catalog is searched before the search path.
constexpr std::array<std::string_view, 324> kBuiltinTypeNames = {
    "_aclitem", "_bit", "_bool", "_box", "_bpchar", "_bytea", "_char", "_cid", "_cidr",
    "_circle", "_cstring", "_date", "_datemultirange", "_daterange", "_float4", "_float8",
    "_gtsvector", "_inet", "_int2", "_int2vector", "_int4", "_int4multirange", "_int4range",
    "_int8", "_int8multirange", "_int8range", "_interval", "_json", "_jsonb", "_jsonpath",
    "_line", "_lseg", "_macaddr", "_macaddr8", "_money", "_name", "_numeric", "_nummultirange",
    "_numrange", "_oid", "_oidvector", "_path", "_pg_aggregate", "_pg_am", "_pg_amop",
    "_pg_amproc", "_pg_attrdef", "_pg_attribute", "_pg_auth_members", "_pg_authid",
    "_pg_available_extension_versions", "_pg_available_extensions",
    "_pg_backend_memory_contexts", "_pg_cast", "_pg_class", "_pg_collation", "_pg_config",
    "_pg_constraint", "_pg_conversion", "_pg_cursors", "_pg_database", "_pg_db_role_setting",
    "_pg_default_acl", "_pg_depend", "_pg_description", "_pg_enum", "_pg_event_trigger",
    "_pg_extension", "_pg_file_settings", "_pg_foreign_data_wrapper", "_pg_foreign_server",
    "_pg_foreign_table", "_pg_group", "_pg_hba_file_rules", "_pg_ident_file_mappings",
    "_pg_index", "_pg_indexes", "_pg_inherits", "_pg_init_privs", "_pg_language",
    "_pg_largeobject", "_pg_largeobject_metadata", "_pg_locks", "_pg_lsn", "_pg_matviews",
    "_pg_namespace", "_pg_opclass", "_pg_operator", "_pg_opfamily", "_pg_parameter_acl",
    "_pg_partitioned_table", "_pg_policies", "_pg_policy", "_pg_prepared_statements",
    "_pg_prepared_xacts", "_pg_proc", "_pg_publication", "_pg_publication_namespace",
    "_pg_publication_rel", "_pg_publication_tables", "_pg_range", "_pg_replication_origin",
    "_pg_replication_origin_status", "_pg_replication_slots", "_pg_rewrite", "_pg_roles",
    "_pg_rules", "_pg_seclabel", "_pg_seclabels", "_pg_sequence", "_pg_sequences",
    "_pg_settings", "_pg_shadow", "_pg_shdepend", "_pg_shdescription", "_pg_shmem_allocations",
    "_pg_shseclabel", "_pg_snapshot", "_pg_stat_activity", "_pg_stat_all_indexes",
    "_pg_stat_all_tables", "_pg_stat_archiver", "_pg_stat_bgwriter", "_pg_stat_database",
    "_pg_stat_database_conflicts", "_pg_stat_gssapi", "_pg_stat_progress_analyze",
    "_pg_stat_progress_basebackup", "_pg_stat_progress_cluster", "_pg_stat_progress_copy",
    "_pg_stat_progress_create_index", "_pg_stat_progress_vacuum", "_pg_stat_recovery_prefetch",
    "_pg_stat_replication", "_pg_stat_replication_slots", "_pg_stat_slru", "_pg_stat_ssl",
    "_pg_stat_subscription", "_pg_stat_subscription_stats", "_pg_stat_sys_indexes",
    "_pg_stat_sys_tables", "_pg_stat_user_functions", "_pg_stat_user_indexes",
    "_pg_stat_user_tables", "_pg_stat_wal", "_pg_stat_wal_receiver", "_pg_stat_xact_all_tables",
    "_pg_stat_xact_sys_tables", "_pg_stat_xact_user_functions", "_pg_stat_xact_user_tables",
    "_pg_statio_all_indexes", "_pg_statio_all_sequences", "_pg_statio_all_tables",
    "_pg_statio_sys_indexes", "_pg_statio_sys_sequences", "_pg_statio_sys_tables",
    "_pg_statio_user_indexes", "_pg_statio_user_sequences", "_pg_statio_user_tables",
    "_pg_statistic", "_pg_statistic_ext", "_pg_statistic_ext_data", "_pg_stats", "_pg_stats_ext",
    "_pg_stats_ext_exprs", "_pg_subscription", "_pg_subscription_rel", "_pg_tables",
    "_pg_tablespace", "_pg_timezone_abbrevs", "_pg_timezone_names", "_pg_transform",
    "_pg_trigger", "_pg_ts_config", "_pg_ts_config_map", "_pg_ts_dict", "_pg_ts_parser",
    "_pg_ts_template", "_pg_type", "_pg_user", "_pg_user_mapping", "_pg_user_mappings",
    "_pg_views", "_point", "_polygon", "_record", "_refcursor", "_regclass", "_regcollation",
    "_regconfig", "_regdictionary", "_regnamespace", "_regoper", "_regoperator", "_regproc",
    "_regprocedure", "_regrole", "_regtype", "_text", "_tid", "_time", "_timestamp",
    "_timestamptz", "_timetz", "_tsmultirange", "_tsquery", "_tsrange", "_tstzmultirange",
    "_tstzrange", "_tsvector", "_txid_snapshot", "_uuid", "_varbit", "_varchar", "_xid", "_xid8",
    "_xml", "aclitem", "any", "anyarray", "anycompatible", "anycompatiblearray",
    "anycompatiblemultirange", "anycompatiblenonarray", "anycompatiblerange", "anyelement",
    "anyenum", "anymultirange", "anynonarray", "anyrange", "bit", "bool", "box", "bpchar",
    "bytea", "char", "cid", "cidr", "circle", "cstring", "date", "datemultirange", "daterange",
    "event_trigger", "fdw_handler", "float4", "float8", "gtsvector", "index_am_handler", "inet",
    "int2", "int2vector", "int4", "int4multirange", "int4range", "int8", "int8multirange",
    "int8range", "internal", "interval", "json", "jsonb", "jsonpath", "language_handler", "line",
    "lseg", "macaddr", "macaddr8", "money", "name", "numeric", "nummultirange", "numrange",
    "oid", "oidvector", "path", "pg_brin_bloom_summary", "pg_brin_minmax_multi_summary",
    "pg_ddl_command", "pg_dependencies", "pg_lsn", "pg_mcv_list", "pg_ndistinct", "pg_node_tree",
    "pg_snapshot", "point", "polygon", "record", "refcursor", "regclass", "regcollation",
    "regconfig", "regdictionary", "regnamespace", "regoper", "regoperator", "regproc",
    "regprocedure", "regrole", "regtype", "table_am_handler", "text", "tid", "time", "timestamp",
    "timestamptz", "timetz", "trigger", "tsm_handler", "tsmultirange", "tsquery", "tsrange",
    "tstzmultirange", "tstzrange", "tsvector", "txid_snapshot", "unknown", "uuid", "varbit",
    "varchar", "void", "xid", "xid8", "xml"
};

}  // namespace

bool is_builtin_type_name(std::string_view name) {
  return std::binary_search(kBuiltinTypeNames.begin(), kBuiltinTypeNames.end(), name);
}

}  // namespace driftgate::parse
