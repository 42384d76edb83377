/** A Map or WeakMap. */
interface KeyedStore<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** The value under `key`, made and added on first use. */
export function valueIn<K, V>(store: KeyedStore<K, V>, key: K, make: (key: K) => V): V {
  let value = store.get(key);
  if (value === undefined) {
    value = make(key);
    store.set(key, value);
  }
  return value;
}

const emptyMap = () => new Map();

/** The map under `key` in `maps`, added empty on first use. */
export function mapIn<K, L, V>(maps: KeyedStore<K, Map<L, V>>, key: K): Map<L, V> {
  return valueIn(maps, key, emptyMap);
}
