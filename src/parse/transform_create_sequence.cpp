#include "model/identifier.hpp"
#include "parse/sequence_option_list.hpp"
#include "parse/sequence_ownership.hpp"
#include "parse/transforms.hpp"

namespace driftgate::parse {

void transform_create_sequence(LoadContext& context, const PgQuery__CreateSeqStmt& statement) {
  const model::QualifiedName name = context.creation_name(*statement.sequence);
  if (const RelationEntry* existing = context.relation(name); existing != nullptr && statement.if_not_exists) {
    context.skip("CREATE SEQUENCE IF NOT EXISTS " + model::to_sql(name) + ": already defined at " +
                 format_location(existing->location));
    return;
  }
  const WrittenSequenceOptions written =
      read_sequence_options(context, nodes(statement.options, statement.n_options));
  model::Sequence sequence;
  sequence.name = name;
  sequence.location = context.statement_location();
  sequence.options = resolve_new_sequence_options(written, "bigint");
  if (written.owned_by) sequence.owned_by = resolve_owned_by(context, name, *written.owned_by);
  context.claim_relation(name, RelationKind::Sequence, sequence.location);
  context.catalog().sequences.emplace(name, std::move(sequence));
}

}  // namespace driftgate::parse
