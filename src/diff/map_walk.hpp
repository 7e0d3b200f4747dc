#pragma once

#include <map>

namespace driftgate::diff {

/// Walks two maps keyed alike in key order, calling `missing(expected_value)` for keys only in
/// `expected`, `unexpected(actual_value)` for keys only in `actual`, and
/// `both(expected_value, actual_value)` for keys in both.
template <typename Key, typename Value, typename Missing, typename Unexpected, typename Both>
void walk_maps(const std::map<Key, Value>& expected, const std::map<Key, Value>& actual,
               Missing missing, Unexpected unexpected, Both both) {
  auto left = expected.begin();
  auto right = actual.begin();
  while (left != expected.end() || right != actual.end()) {
    if (right == actual.end() || (left != expected.end() && left->first < right->first)) {
      missing(left->second);
      ++left;
    } else if (left == expected.end() || right->first < left->first) {
      unexpected(right->second);
      ++right;
    } else {
      both(left->second, right->second);
      ++left;
      ++right;
    }
  }
}

}  // namespace driftgate::diff
