#pragma once

#include <string>
#include <string_view>

namespace driftgate::model {

/// An identifier as PostgreSQL's quote_ident() writes it: bare when it is lower case, starts
/// with a letter or underscore and is not a keyword that needs quoting; otherwise in double
/// quotes with embedded quotes doubled.
std::string quote_ident(std::string_view name);

/// A string constant in SQL ('it''s'), using E'' escapes only when backslashes are present.
std::string quote_literal(std::string_view text);

}  // namespace driftgate::model
