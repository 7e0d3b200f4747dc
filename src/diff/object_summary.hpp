#pragma once

#include <optional>
#include <string>

#include "model/catalog.hpp"

// One-line descriptions of whole objects, shown for missing and unexpected items.

namespace driftgate::diff {

/// `email text NOT NULL` (as ADD COLUMN would write it).
std::string column_summary(const model::Column& column);
/// `FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE [NOT VALID]`.
std::string constraint_summary(const model::Constraint& constraint);
/// `[UNIQUE] ON public.users USING btree (email)`.
std::string index_summary(const model::Index& index);
/// `'draft', 'sent'`.
std::string enum_labels_summary(const std::vector<std::string>& labels);
/// `AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE … START WITH 1 CACHE 1 NO CYCLE`: every option.
std::string sequence_options_summary(const model::SequenceOptions& options);
/// `ordinary`, `partitioned RANGE (day)`, `partition of public.events FOR VALUES …`.
std::string table_kind_summary(const model::Table& table);

}  // namespace driftgate::diff
