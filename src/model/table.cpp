#include "model/table.hpp"

#include <algorithm>
#include <utility>

namespace driftgate::model {

const Column* Table::find_column(const std::string& column_name) const {
  auto found = std::find_if(columns.begin(), columns.end(),
                            [&](const Column& column) { return column.name == column_name; });
  return found == columns.end() ? nullptr : &*found;
}

Column* Table::find_column(const std::string& column_name) {
  return const_cast<Column*>(std::as_const(*this).find_column(column_name));
}

}  // namespace driftgate::model
