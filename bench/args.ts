/** Command-line options and seeded randomness shared by the benchmarks. */

/** The value after `--name`, or the fallback. */
export function argString(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

/** The number after `--name`, or the fallback. */
export function argNumber(name: string, fallback: number): number {
  return Number(argString(name, String(fallback)));
}

/** A seeded generator of numbers in [0, 1) (mulberry32), so every run benchmarks the same input. */
export function seededRandom(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
