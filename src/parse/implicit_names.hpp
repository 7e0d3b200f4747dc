#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace driftgate::parse {

/// The longest identifier PostgreSQL keeps, in bytes (NAMEDATALEN - 1).
inline constexpr std::size_t kMaxIdentifierBytes = 63;

/// Tells whether a candidate name is already used where the new object would live.
using NameTaken = std::function<bool(const std::string& name)>;

/// The byte length of the longest prefix of UTF-8 `text` that has at most `limit` bytes and
/// ends on a character boundary (PostgreSQL's pg_mbcliplen).
std::size_t clip_length(std::string_view text, std::size_t limit);

/// `text` cut to 63 bytes on a character boundary, as the SQL scanner truncates identifiers.
std::string truncate_identifier(std::string_view text);

/// `name1_name2_label` fitted into 63 bytes by shortening the longer of name1 and name2 first
/// (PostgreSQL's makeObjectName). An empty `name2` or `label` is left out with its underscore.
std::string make_object_name(std::string_view name1, std::string_view name2, std::string_view label);

/// The first of `name1_name2_label`, `name1_name2_label1`, `…label2`, … that `taken` rejects
/// (PostgreSQL's ChooseRelationName and ChooseConstraintName).
std::string choose_name(std::string_view name1, std::string_view name2, std::string_view label,
                        const NameTaken& taken);

/// Column names joined with `_`, stopping once 63 bytes are reached (ChooseIndexNameAddition,
/// ChooseForeignKeyConstraintNameAddition).
std::string name_addition(const std::vector<std::string>& names);

/// Index column names made unique by appending 1, 2, … within 63 bytes (the renaming step of
/// ChooseIndexColumnNames): `{a, a, a}` gives `{a, a1, a2}`.
std::vector<std::string> unique_index_column_names(const std::vector<std::string>& names);

}  // namespace driftgate::parse
