#include "alembic/python_expression.hpp"

namespace driftgate::alembic {

const Expression* Expression::keyword(const std::string& name) const {
  for (std::size_t i = 0; i < keywords.size(); ++i) {
    if (keywords[i] == name) return &keyword_values[i];
  }
  return nullptr;
}

const Expression* Expression::argument(std::size_t position, const std::string& name) const {
  if (const Expression* named = keyword(name)) return named;
  return position < items.size() ? &items[position] : nullptr;
}

std::string last_name_part(const std::string& dotted) {
  const auto dot = dotted.rfind('.');
  return dot == std::string::npos ? dotted : dotted.substr(dot + 1);
}

}  // namespace driftgate::alembic
