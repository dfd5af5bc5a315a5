/**
 * The lexicon automaton: a trie over every normalised pattern, stored in typed arrays.
 *
 * Terms may only start and end on word boundaries (the normalised text separates words by single
 * spaces), so a match can only begin at a word start. Walking the trie from each word start finds
 * exactly the matches Aho-Corasick would find and then keep after the boundary check, without
 * failure links, without reporting the many in-word matches ("mg" inside "100mg") that the
 * boundary check would throw away, and without allocating anything but the hits.
 */

/** Transition table: open addressing on (node, character class), keys stored plus one (0 = empty). */
interface Edges {
  keys: Int32Array;
  nodes: Int32Array;
  mask: number;
  /** multiplicative hashing keeps the high bits, which mix best */
  shift: number;
}

/** Characters are mapped to small classes so keys stay within 32 bits; 0 = in no pattern. */
const CLASS_BITS = 8;
const MAX_CLASSES = 1 << CLASS_BITS;
const SPACE = 32;

export class WordTrie {
  /** class of each UTF-16 unit; astral letters arrive as surrogate units and work the same way */
  private readonly classes = new Uint8Array(0x10000);
  /** pattern index ending at each node, or -1 */
  private readonly terminal: Int32Array;
  private readonly edges: Edges;
  readonly nodeCount: number;

  constructor(patterns: readonly string[]) {
    let classCount = 1;
    let capacity = 1;
    for (const p of patterns) {
      capacity += p.length;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        if (this.classes[c] === 0) {
          if (classCount === MAX_CLASSES) throw new RangeError('lexicon uses more distinct characters than the trie supports');
          this.classes[c] = classCount++;
        }
      }
    }
    if (capacity >= 1 << (31 - CLASS_BITS)) throw new RangeError('lexicon too large for the trie');
    let bits = 4;
    while (1 << bits < capacity * 2) bits++;
    const size = 1 << bits;
    this.edges = { keys: new Int32Array(size), nodes: new Int32Array(size), mask: size - 1, shift: 32 - bits };
    const terminal = new Int32Array(capacity).fill(-1);
    let nodes = 1;
    patterns.forEach((p, index) => {
      let node = 0;
      for (let i = 0; i < p.length; i++) {
        const cls = this.classes[p.charCodeAt(i)]!;
        let next = this.child(node, cls);
        if (next < 0) {
          next = nodes++;
          this.insert(node, cls, next);
        }
        node = next;
      }
      // Patterns are unique keys; the first one wins if a caller passes duplicates.
      if (terminal[node] === -1) terminal[node] = index;
    });
    this.terminal = terminal.slice(0, nodes);
    this.nodeCount = nodes;
  }

  /**
   * Calls `onMatch(patternIndex, start, end)` for every pattern that starts at a word start and
   * ends at a word end of `text`, in the order Aho-Corasick reports them: by end, then longest
   * (earliest start) first.
   */
  findWords(text: string, onMatch: (pattern: number, start: number, end: number) => void): void {
    const n = text.length;
    const classes = this.classes;
    const terminal = this.terminal;
    // Matches are rare; collect them flat and order them only when there are several.
    let found: number[] | undefined;
    for (let s = 0; s < n; s++) {
      if (s > 0 && text.charCodeAt(s - 1) !== SPACE) continue;
      let node = 0;
      for (let i = s; i < n; i++) {
        const cls = classes[text.charCodeAt(i)]!;
        if (cls === 0) break;
        node = this.child(node, cls);
        if (node < 0) break;
        const t = terminal[node]!;
        if (t >= 0 && (i + 1 === n || text.charCodeAt(i + 1) === SPACE)) (found ??= []).push(t, s, i + 1);
      }
    }
    if (!found) return;
    if (found.length === 3) { onMatch(found[0]!, found[1]!, found[2]!); return; }
    const order = Array.from({ length: found.length / 3 }, (_, k) => k * 3);
    order.sort((a, b) => found[a + 2]! - found[b + 2]! || found[a + 1]! - found[b + 1]!);
    for (const k of order) onMatch(found[k]!, found[k + 1]!, found[k + 2]!);
  }

  private child(node: number, cls: number): number {
    const key = ((node << CLASS_BITS) | cls) + 1;
    const { keys, nodes, mask, shift } = this.edges;
    for (let h = Math.imul(key, 0x9e3779b1) >>> shift; ; h = (h + 1) & mask) {
      const k = keys[h]!;
      if (k === key) return nodes[h]!;
      if (k === 0) return -1;
    }
  }

  private insert(node: number, cls: number, next: number): void {
    const key = ((node << CLASS_BITS) | cls) + 1;
    const { keys, nodes, mask, shift } = this.edges;
    let h = Math.imul(key, 0x9e3779b1) >>> shift;
    while (keys[h] !== 0) h = (h + 1) & mask;
    keys[h] = key;
    nodes[h] = next;
  }
}
