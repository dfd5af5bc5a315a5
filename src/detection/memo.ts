/**
 * A value built once per key object and kept as long as the key lives, for data derived from an
 * engine's tables or rule set. The key of the previous call is checked first: one engine screens
 * every listing with the same tables, and the WeakMap lookup per call cost about as much as some
 * of the work it saves (the clean-up check of a short title).
 */
export function perObject<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const built = new WeakMap<K, V>();
  let lastKey: K | undefined;
  let lastValue: V | undefined;
  return (key) => {
    if (key === lastKey) return lastValue!;
    let value = built.get(key);
    if (value === undefined) {
      value = build(key);
      built.set(key, value);
    }
    lastKey = key;
    lastValue = value;
    return value;
  };
}
