#include "parse/builtin_operator_classes.hpp"

#include <algorithm>
#include <array>

namespace driftgate::parse {
namespace {

// `SELECT DISTINCT opcname FROM pg_opclass WHERE opcnamespace = 'pg_catalog'::regnamespace` on
// PostgreSQL 15, in byte order (looked up by binary search).
constexpr std::array<std::string_view, 126> kBuiltinOperatorClasses = {
    "aclitem_ops", "array_ops", "bit_minmax_ops", "bit_ops", "bool_ops", "box_inclusion_ops",
    "box_ops", "bpchar_bloom_ops", "bpchar_minmax_ops", "bpchar_ops", "bpchar_pattern_ops",
    "bytea_bloom_ops", "bytea_minmax_ops", "bytea_ops", "char_bloom_ops", "char_minmax_ops",
    "char_ops", "cid_ops", "cidr_ops", "circle_ops", "date_bloom_ops", "date_minmax_multi_ops",
    "date_minmax_ops", "date_ops", "enum_ops", "float4_bloom_ops", "float4_minmax_multi_ops",
    "float4_minmax_ops", "float4_ops", "float8_bloom_ops", "float8_minmax_multi_ops",
    "float8_minmax_ops", "float8_ops", "inet_bloom_ops", "inet_inclusion_ops",
    "inet_minmax_multi_ops", "inet_minmax_ops", "inet_ops", "int2_bloom_ops",
    "int2_minmax_multi_ops", "int2_minmax_ops", "int2_ops", "int4_bloom_ops",
    "int4_minmax_multi_ops", "int4_minmax_ops", "int4_ops", "int8_bloom_ops",
    "int8_minmax_multi_ops", "int8_minmax_ops", "int8_ops", "interval_bloom_ops",
    "interval_minmax_multi_ops", "interval_minmax_ops", "interval_ops", "jsonb_ops",
    "jsonb_path_ops", "kd_point_ops", "macaddr8_bloom_ops", "macaddr8_minmax_multi_ops",
    "macaddr8_minmax_ops", "macaddr8_ops", "macaddr_bloom_ops", "macaddr_minmax_multi_ops",
    "macaddr_minmax_ops", "macaddr_ops", "money_ops", "multirange_ops", "name_bloom_ops",
    "name_minmax_ops", "name_ops", "numeric_bloom_ops", "numeric_minmax_multi_ops",
    "numeric_minmax_ops", "numeric_ops", "oid_bloom_ops", "oid_minmax_multi_ops", "oid_minmax_ops",
    "oid_ops", "oidvector_ops", "pg_lsn_bloom_ops", "pg_lsn_minmax_multi_ops", "pg_lsn_minmax_ops",
    "pg_lsn_ops", "point_ops", "poly_ops", "quad_point_ops", "range_inclusion_ops", "range_ops",
    "record_image_ops", "record_ops", "text_bloom_ops", "text_minmax_ops", "text_ops",
    "text_pattern_ops", "tid_bloom_ops", "tid_minmax_multi_ops", "tid_minmax_ops", "tid_ops",
    "time_bloom_ops", "time_minmax_multi_ops", "time_minmax_ops", "time_ops", "timestamp_bloom_ops",
    "timestamp_minmax_multi_ops", "timestamp_minmax_ops", "timestamp_ops", "timestamptz_bloom_ops",
    "timestamptz_minmax_multi_ops", "timestamptz_minmax_ops", "timestamptz_ops", "timetz_bloom_ops",
    "timetz_minmax_multi_ops", "timetz_minmax_ops", "timetz_ops", "tsquery_ops", "tsvector_ops",
    "uuid_bloom_ops", "uuid_minmax_multi_ops", "uuid_minmax_ops", "uuid_ops", "varbit_minmax_ops",
    "varbit_ops", "varchar_ops", "varchar_pattern_ops", "xid8_ops", "xid_ops",
};

}  // namespace

bool is_builtin_operator_class(std::string_view name) {
  return std::binary_search(kBuiltinOperatorClasses.begin(), kBuiltinOperatorClasses.end(), name);
}

}  // namespace driftgate::parse
