#include "plan/plan.hpp"

namespace driftgate::plan {

std::string fixes_text(const diff::DriftItem& item) {
  std::string line = std::string(diff::drift_kind_name(item.kind)) + " " +
                     std::string(diff::object_kind_label(item.object.kind)) + " " +
                     item.display_name;
  if (item.attribute != diff::Attribute::None) {
    line += " (" + diff::attribute_label(item.attribute) + ")";
  }
  return line;
}

std::string_view change_class_name(ChangeClass change) {
  switch (change) {
    case ChangeClass::Create: return "create";
    case ChangeClass::Alter: return "alter";
    case ChangeClass::Drop: return "drop";
  }
  return "alter";
}

std::string_view phase_name(Phase phase) {
  switch (phase) {
    case Phase::Drops: return "drops";
    case Phase::Schemas: return "schemas";
    case Phase::Extensions: return "extensions";
    case Phase::Types: return "types";
    case Phase::Sequences: return "sequences";
    case Phase::Tables: return "tables";
    case Phase::Columns: return "columns";
    case Phase::Constraints: return "constraints";
    case Phase::SequenceOwnership: return "sequence_ownership";
    case Phase::ForeignKeys: return "foreign_keys";
    case Phase::Indexes: return "indexes";
    case Phase::Views: return "views";
    case Phase::Comments: return "comments";
  }
  return "tables";
}

StepCounts count_steps(const Plan& plan) {
  StepCounts counts;
  for (const Step& step : plan.steps) {
    (step.allowed ? counts.to_run : counts.skipped) += 1;
    counts.hazards += static_cast<int>(step.hazards.size());
    for (const Hazard& hazard : step.hazards) counts.blocking += hazard.blocks ? 1 : 0;
  }
  return counts;
}

}  // namespace driftgate::plan
