#pragma once

#include <string_view>

#include "normalize/expression_comparator.hpp"
#include "parse/expression_tree.hpp"
#include "parse/normalize_options.hpp"

namespace driftgate::parse {

/// How far normalize_expression goes.
enum class Strictness {
  Canonical,  ///< only rewrites PostgreSQL itself treats as the same text: equal means equal
  Loose,      ///< also drops casts and qualification PostgreSQL adds during analysis
};

/// The shape of the texts an expression kind holds.
TextShape text_shape(normalize::ExpressionKind kind);

/// `text` parsed and brought into normal form: the one function both the definition's and the
/// catalog's texts go through. `columns` are the types of the table's columns, when known.
/// Throws ExpressionTextError when the text cannot be read.
ExpressionTree normalize_expression(std::string_view text, const normalize::ExpressionContext& context,
                                    const NormalizeOptions& options, Strictness strictness,
                                    const ColumnTypes* columns = nullptr);

}  // namespace driftgate::parse
