#pragma once

#include "parse/load_context.hpp"
#include "parse/pg_query_nodes.hpp"
#include "parse/sequence_options.hpp"

namespace driftgate::parse {

/// Reads the DefElem options of CREATE/ALTER SEQUENCE or of an identity column
/// (`AS`, `START`, `INCREMENT`, `MINVALUE`, `MAXVALUE`, `CACHE`, `CYCLE`, `OWNED BY`,
/// `SEQUENCE NAME`). `RESTART` (run-time state) is ignored.
WrittenSequenceOptions read_sequence_options(LoadContext& context, NodeList options);

}  // namespace driftgate::parse
