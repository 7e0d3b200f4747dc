#include "model/identifier.hpp"
#include "parse/sequence_option_list.hpp"
#include "parse/sequence_ownership.hpp"
#include "parse/statement_error.hpp"
#include "parse/transforms.hpp"

namespace driftgate::parse {

void transform_alter_sequence(LoadContext& context, const PgQuery__AlterSeqStmt& statement) {
  const model::QualifiedName name =
      context.resolve_relation(text_of(statement.sequence->schemaname), text_of(statement.sequence->relname));
  auto found = context.catalog().sequences.find(name);
  if (found == context.catalog().sequences.end()) {
    if (statement.missing_ok) {
      context.skip("ALTER SEQUENCE IF EXISTS " + model::to_sql(name) + ": no such sequence");
      return;
    }
    throw StatementError("sequence " + model::to_sql(name) +
                         " is not defined before this statement; define it first with CREATE SEQUENCE");
  }
  model::Sequence& sequence = found->second;
  WrittenSequenceOptions written =
      read_sequence_options(context, nodes(statement.options, statement.n_options));
  if (written.owned_by) {
    sequence.owned_by = resolve_owned_by(context, name, *written.owned_by);
    written.owned_by.reset();
  }
  sequence.options = resolve_altered_sequence_options(sequence.options, written);
}

}  // namespace driftgate::parse
