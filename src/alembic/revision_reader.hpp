#pragma once

#include <string>
#include <string_view>

#include "alembic/revision_file.hpp"

namespace driftgate::alembic {

/// Reads one Alembic revision file without running Python: the module-level `revision`,
/// `down_revision` (string, None, or tuple/list for merges), `branch_labels`, `depends_on`, the
/// docstring's first line as the message, and the calls of `upgrade()` and `downgrade()` (with
/// `with op.batch_alter_table(...) as b:` blocks and simple local assignments substituted).
/// Never throws: unreadable text, statements other than calls and assignments, and files that
/// assign no `revision` become findings with file:line.
RevisionFile read_revision_file(const std::string& path, std::string_view text);

}  // namespace driftgate::alembic
