#pragma once

#include <string>
#include <string_view>

namespace driftgate::source {

/// `connection` (a libpq URL or a keyword=value conninfo string) with every password removed,
/// for showing to people: the `:password` of the user info, `password=` query parameters and
/// `password=` conninfo pairs. `postgresql://user:secret@host/db` → `postgresql://user@host/db`.
/// Errs on the side of removing too much; text that is neither form comes back unchanged.
std::string redact_url(std::string_view connection);

}  // namespace driftgate::source
