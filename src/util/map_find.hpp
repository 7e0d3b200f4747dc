#pragma once

namespace driftgate {

/// The value `map` holds under `key`, or nullptr: a lookup that reads as one.
template <typename Map, typename Key>
const typename Map::mapped_type* find_value(const Map& map, const Key& key) {
  auto found = map.find(key);
  return found == map.end() ? nullptr : &found->second;
}

}  // namespace driftgate
