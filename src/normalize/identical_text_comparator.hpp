#pragma once

#include "normalize/expression_comparator.hpp"

namespace driftgate::normalize {

/// The comparator that never guesses: two texts are Equal only when they are identical;
/// anything else is Uncompared (it could be the same expression written differently). Used
/// where no normaliser is available, so a comparison can never report false drift.
class IdenticalTextComparator : public ExpressionComparator {
 public:
  ExpressionComparison compare(std::string_view expected, std::string_view actual,
                               const ExpressionContext& context) const override;
};

}  // namespace driftgate::normalize
