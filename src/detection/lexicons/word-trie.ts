/**
 * The lexicon automaton: a trie over every normalised pattern, stored in typed arrays.
 *
 * Terms may only start and end on word boundaries (the normalised text separates words by single
 * spaces), so a match can only begin at a word start. Walking the trie from each word start finds
 * exactly the matches Aho-Corasick would find and then keep after the boundary check, without
 * failure links, without reporting the many in-word matches ("mg" inside "100mg") that the
 * boundary check would throw away, and without allocating anything but the hits.
 *
 * Layout: nodes are numbered breadth-first and the children of a node are consecutive, so a node
 * is a range of the label array. The first levels, which every walk visits, sit together in a
 * few kilobytes and stay in cache; a hash table of edges scattered them over megabytes, and a
 * cache miss per step cost more than the rest of the walk.
 *
 * Path compression (radix-tree style): most nodes of a lexicon trie have exactly one child (the
 * tail of a long word), and inside screen() each of them was a cache miss on a node record. A
 * chain of such nodes is stored as one edge, a run of class bytes compared in one loop against
 * the text; only nodes that branch, end a pattern or end a pattern's first word keep a record.
 */

/** Characters are mapped to small classes; 0 = in no pattern. */
const MAX_CLASSES = 256;
const SPACE = 32;
/** Children ranges longer than this are binary-searched. */
const LINEAR = 8;
/** Int32 fields per node record: first child, terminal, edge start. */
const RECORD = 3;

export class WordTrie {
  /** class of each UTF-16 unit; astral letters arrive as surrogate units and work the same way */
  private readonly classes = new Uint8Array(0x10000);
  /**
   * Node records side by side, RECORD ints per node: record[3k] is the first child of node k (its
   * children are the nodes record[3k] .. record[3k + 3] - 1, sorted by the first class of their
   * edge), record[3k + 1] the pattern ending at node k or -1, and record[3k + 2] where the edge
   * leading to node k starts in `runs` (it ends where node k + 1's starts). The child range, the
   * terminal and the edge sit in one or two cache lines.
   */
  private readonly record: Int32Array;
  /** the first class of the edge leading to each node, what a child search compares */
  private readonly label: Uint8Array;
  /** the classes along every edge, edge after edge in node order */
  private readonly runs: Uint8Array;
  /** child of the root per class (-1 = none): every walk starts with it */
  private readonly rootChild: Int32Array;
  /**
   * Bloom filter of every pattern's first word and of its first two words (up to the first and the
   * second space). A match starting at a word start needs the word there to be some pattern's
   * first word, and a walk past that word's end needs the two words to begin some pattern: words
   * and word pairs the filter rejects are not walked. Ordinary words ("cotton") and common ones
   * followed by an ordinary word ("de coton") otherwise walked several levels deep through the
   * node table (1 MB before path compression), a cache miss per level inside screen(); 64 KB of
   * filter bits stay in cache.
   */
  private readonly firstWords = new Int32Array(BLOOM_WORDS);
  /**
   * The node reached after each pattern's first word. Only the end of the first word can report a
   * match (a term ends at a word end), so the walk through it is one lookup: walked a character at
   * a time, the first words of ordinary text ("de", "compatible") cost a cache miss per level.
   */
  private readonly afterFirstWord: FirstWordTable;
  readonly nodeCount: number;
  /** matches of the current call, as (pattern, start, end) triples; reused by every call */
  private readonly found: number[] = [];
  /** true while onMatch runs: a nested call must not write into `found` */
  private busy = false;

  constructor(patterns: readonly string[]) {
    let classCount = 1;
    for (const p of patterns) {
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        if (this.classes[c] === 0) {
          if (classCount === MAX_CLASSES) throw new RangeError('lexicon uses more distinct characters than the trie supports');
          this.classes[c] = classCount++;
        }
      }
    }
    const built = buildTrie(patterns, this.classes);
    const plain = breadthFirst(built, built.parent.length);
    const compressed = compress(plain);
    this.nodeCount = compressed.label.length;
    ({ record: this.record, label: this.label, runs: this.runs } = compressed);
    this.rootChild = new Int32Array(MAX_CLASSES).fill(-1);
    for (let c = this.record[0]!; c < this.record[RECORD]!; c++) this.rootChild[this.label[c]!] = c;
    for (const p of patterns) {
      const space = p.indexOf(' ');
      if (space < 0) { this.addPrefix(wordHash(p, 0, p.length, FNV_BASIS)); continue; }
      const h = wordHash(p, 0, space, FNV_BASIS);
      this.addPrefix(h);
      const second = p.indexOf(' ', space + 1);
      this.addPrefix(wordHash(p, space, second < 0 ? p.length : second, h));
    }
    const afterFirst = new Map<string, FirstWord>();
    for (const p of patterns) {
      const space = p.indexOf(' ');
      const word = space < 0 ? p : p.slice(0, space);
      if (word.length === 0 || afterFirst.has(word)) continue;
      // The end of a first word is always a node of its own (compress() keeps it), so the walk
      // resumes there at the start of an edge.
      let node = 0;
      for (let i = 0; i < word.length && node >= 0; i++) node = plainChild(plain, node, this.classes[word.charCodeAt(i)]!);
      const at = compressed.renumbered[node]!;
      const r = this.record;
      afterFirst.set(word, { node: at, terminal: r[at * RECORD + 1]!, continues: r[at * RECORD]! < r[(at + 1) * RECORD]! });
    }
    this.afterFirstWord = new FirstWordTable(afterFirst);
  }

  private addPrefix(h: number): void {
    this.firstWords[(h & BLOOM_MASK) >>> 5]! |= bloomBits(h);
  }

  /**
   * Whether some pattern may begin with the text whose hash is h (false: certainly none). Both
   * bits of a key sit in one 32-bit word (a blocked Bloom filter): one memory access per word of
   * text instead of two, at a slightly higher false-positive rate.
   */
  private mayBegin(h: number): boolean {
    const bits = bloomBits(h);
    return (this.firstWords[(h & BLOOM_MASK) >>> 5]! & bits) === bits;
  }

  /**
   * Calls `onMatch(patternIndex, start, end)` for every pattern that starts at a word start and
   * ends at a word end of `text`, in the order Aho-Corasick reports them: by end, then longest
   * (earliest start) first.
   */
  findWords(text: string, onMatch: (pattern: number, start: number, end: number) => void): void {
    const n = text.length;
    const classes = this.classes;
    const record = this.record;
    const runs = this.runs;
    // Collected flat in a reused array and ordered only when there are several: a new array per
    // call, grown by push, was the walk's only allocation and a sixth of what screening allocated.
    // A call from inside onMatch (none today) gets an array of its own.
    const found = this.busy ? [] : this.found;
    let count = 0;
    // Word by word: s is a word start, e the end of that word (a space or the end of the text).
    for (let s = 0, e: number; s < n; s = e + 1) {
      // The word's end and its hash in one pass over it.
      let h = FNV_BASIS;
      for (e = s; e < n; e++) {
        const c = text.charCodeAt(e);
        if (c === SPACE) break;
        h = Math.imul(h ^ c, 0x01000193);
      }
      if (!this.mayBegin(h)) continue;
      // Invariant of the walk: text[.. i] has led to `node`, whose edge is matched up to runs[r]
      // (exclusive) of runs[.. rEnd].
      let node: number;
      let i: number;
      let r: number;
      let rEnd: number;
      if (s < e) {
        // The first word is one lookup, which also tells the pattern it completes and whether any
        // pattern goes on past it: most first words are whole patterns (one word), so their walk
        // ends here without touching the node table at all.
        const slot = this.afterFirstWord.find(text, s, e, h);
        if (slot < 0) continue;
        const t = this.afterFirstWord.terminal(slot);
        if (t >= 0) {
          found[count] = t;
          found[count + 1] = s;
          found[count + 2] = e;
          count += 3;
        }
        if (e === n || !this.afterFirstWord.continues(slot)) continue;
        // Leaving the first word: go on only if some pattern begins with these two words.
        if (!this.mayBegin(wordHash(text, e, wordEnd(text, e + 1), h))) continue;
        const cls = classes[SPACE]!;
        if (cls === 0) continue;
        node = this.child(this.afterFirstWord.node(slot), cls);
        if (node < 0) continue;
        i = e;
        r = record[node * RECORD + 2]! + 1;
        rEnd = record[(node + 1) * RECORD + 2]!;
      } else {
        // An empty word (two spaces in a row): walk from the space itself, as a plain trie would.
        node = this.rootChild[classes[text.charCodeAt(s)]!]!;
        if (node < 0) continue;
        i = s;
        r = record[node * RECORD + 2]! + 1;
        rEnd = record[(node + 1) * RECORD + 2]!;
      }
      walk: for (;;) {
        // The rest of the edge into `node`: no pattern ends inside an edge, so only compare.
        for (; r < rEnd; r++) {
          if (++i === n) break walk;
          if (classes[text.charCodeAt(i)] !== runs[r]) break walk;
        }
        const t = record[node * RECORD + 1]!;
        if (t >= 0 && (i + 1 === n || text.charCodeAt(i + 1) === SPACE)) {
          found[count] = t;
          found[count + 1] = s;
          found[count + 2] = i + 1;
          count += 3;
        }
        if (++i === n) break;
        const cls = classes[text.charCodeAt(i)]!;
        if (cls === 0) break;
        node = this.child(node, cls);
        if (node < 0) break;
        r = record[node * RECORD + 2]! + 1;
        rEnd = record[(node + 1) * RECORD + 2]!;
      }
    }
    if (count === 0) return;
    if (count > 3) sortTriples(found, count);
    const wasBusy = this.busy;
    this.busy = true;
    try {
      for (let k = 0; k < count; k += 3) onMatch(found[k]!, found[k + 1]!, found[k + 2]!);
    } finally {
      this.busy = wasBusy;
    }
  }

  /** The child of `node` along class `cls`, or -1. */
  private child(node: number, cls: number): number {
    let lo = this.record[node * RECORD]!;
    let hi = this.record[(node + 1) * RECORD]!;
    const label = this.label;
    while (hi - lo > LINEAR) {
      const mid = (lo + hi) >>> 1;
      const l = label[mid]!;
      if (l === cls) return mid;
      if (l < cls) lo = mid + 1;
      else hi = mid;
    }
    for (let c = lo; c < hi; c++) if (label[c] === cls) return c;
    return -1;
  }
}

/** What the walk needs of a pattern's first word: the node after it, the pattern it completes (-1: none), whether any pattern goes on. */
export interface FirstWord { node: number; terminal: number; continues: boolean }

/**
 * Every pattern's first word, looked up by the word's position in the text and the FNV hash the
 * walk has already computed: an open-addressing table over the words' UTF-16 units. A Map keyed
 * by strings needed a slice of the text per candidate word and hashed it again; in ordinary text
 * about half the words are some pattern's first word ("the", "de", brand names), so this lookup
 * is the walk's main cost, and it is a cache miss more often than not (the table is larger than
 * the core's cache, and screening's other work evicts it between listings). A slot therefore
 * holds, in one 32-byte run, everything a lookup of a short word needs: the hash, the word's
 * first INLINE units to compare, the pattern it completes and whether the walk goes on. Longer
 * words compare the rest of their units in a second array; only a walk that goes on reads the
 * node table.
 */
export class FirstWordTable {
  private readonly mask: number;
  /** SLOT ints per slot: hash, node (-1: empty slot), terminal, length | continues << 16, offset of the units after the first INLINE in `rest`, then INLINE units two to an int */
  private readonly slots: Int32Array;
  private readonly rest: Uint16Array;

  constructor(words: ReadonlyMap<string, FirstWord>) {
    let size = 16;
    // A load of up to 0.8: lookups of words in no pattern are rare (the Bloom filter stops them),
    // and neighbouring slots share a cache line, so a longer probe costs little; a smaller table
    // stays in cache more often.
    while (size * 0.8 < words.size) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * SLOT);
    for (let slot = 0; slot < size; slot++) this.slots[slot * SLOT + 1] = -1;
    let total = 0;
    for (const w of words.keys()) total += Math.max(0, w.length - INLINE);
    this.rest = new Uint16Array(total);
    let at = 0;
    for (const [w, first] of words) {
      if (w.length > 0xffff) throw new RangeError('a lexicon word is longer than the trie supports');
      const h = wordHash(w, 0, w.length, FNV_BASIS);
      let slot = h & this.mask;
      while (this.slots[slot * SLOT + 1]! >= 0) slot = (slot + 1) & this.mask;
      const base = slot * SLOT;
      this.slots.set([h, first.node, first.terminal, w.length | (first.continues ? 1 << 16 : 0), at], base);
      for (let i = 0; i < Math.min(w.length, INLINE); i++) this.slots[base + 5 + (i >> 1)]! |= w.charCodeAt(i) << ((i & 1) * 16);
      for (let i = INLINE; i < w.length; i++) this.rest[at++] = w.charCodeAt(i);
    }
  }

  /** The slot of the word text[start, end) whose FNV hash is h, or -1 when it begins no pattern. */
  find(text: string, start: number, end: number, h: number): number {
    const len = end - start;
    const slots = this.slots;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const base = slot * SLOT;
      if (slots[base + 1]! < 0) return -1;
      if (slots[base] !== h || (slots[base + 3]! & 0xffff) !== len) continue;
      if (this.same(text, start, len, base)) return base;
    }
  }

  private same(text: string, start: number, len: number, base: number): boolean {
    const slots = this.slots;
    const inline = len < INLINE ? len : INLINE;
    for (let k = 0; k < inline; k++) {
      if (((slots[base + 5 + (k >> 1)]! >>> ((k & 1) * 16)) & 0xffff) !== text.charCodeAt(start + k)) return false;
    }
    const rest = this.rest;
    const off = slots[base + 4]! - INLINE;
    for (let k = INLINE; k < len; k++) if (rest[off + k] !== text.charCodeAt(start + k)) return false;
    return true;
  }

  node(slot: number): number { return this.slots[slot + 1]!; }
  terminal(slot: number): number { return this.slots[slot + 2]!; }
  continues(slot: number): boolean { return (this.slots[slot + 3]! & (1 << 16)) !== 0; }
}

/** Int32 fields per FirstWordTable slot (32 bytes): hash, node, terminal, length and flag, offset, inline units. */
const SLOT = 8;
/** Units of a first word stored in its slot (two per int): the first words of ordinary text are short. */
const INLINE = 6;

/** Filter size in bits (a power of two): 2^19 bits for some 50,000 word prefixes, a few per cent false positives. */
const BLOOM_BITS = 1 << 19;
const BLOOM_WORDS = BLOOM_BITS >>> 5;
const BLOOM_MASK = BLOOM_BITS - 1;

const FNV_BASIS = 0x811c9dc5;

/** The end of the word starting at `start`: the next space, or the end of the text. */
function wordEnd(text: string, start: number): number {
  let e = start;
  while (e < text.length && text.charCodeAt(e) !== SPACE) e++;
  return e;
}

/** FNV-1a over the UTF-16 units text[start, end), continuing from h (FNV_BASIS to start afresh). */
export function wordHash(text: string, start: number, end: number, h = FNV_BASIS): number {
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * The two filter bits of a key inside its word: one from the low bits that do not pick the word,
 * one from a multiplicative mix of the high bits (independent enough of the first).
 */
const bloomBits = (h: number): number => (1 << (h & 31)) | (1 << (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 27));

/**
 * Orders (pattern, start, end) triples by end, then start, in place. A field has a handful of
 * matches, already sorted by start: an insertion sort beats building an index array to sort.
 */
function sortTriples(t: number[], length: number): void {
  for (let i = 3; i < length; i += 3) {
    const p = t[i]!;
    const s = t[i + 1]!;
    const e = t[i + 2]!;
    let j = i - 3;
    while (j >= 0 && (t[j + 2]! > e || (t[j + 2] === e && t[j + 1]! > s))) {
      t[j + 3] = t[j]!;
      t[j + 4] = t[j + 1]!;
      t[j + 5] = t[j + 2]!;
      j -= 3;
    }
    t[j + 3] = p;
    t[j + 4] = s;
    t[j + 5] = e;
  }
}

interface BuiltTrie {
  /** parent of each node in insertion numbering (root: -1) */
  parent: Int32Array;
  label: Uint8Array;
  terminal: Int32Array;
  firstWordEnd: Uint8Array;
}

/** Inserts every pattern into a map-based trie, numbering nodes as they are created. */
function buildTrie(patterns: readonly string[], classes: Uint8Array): BuiltTrie {
  let capacity = 1;
  for (const p of patterns) capacity += p.length;
  const parent = new Int32Array(capacity).fill(-1);
  const label = new Uint8Array(capacity);
  const terminal = new Int32Array(capacity).fill(-1);
  const firstWordEnd = new Uint8Array(capacity);
  const edges = new Map<number, number>();
  let nodes = 1;
  patterns.forEach((p, index) => {
    let node = 0;
    const space = p.indexOf(' ');
    for (let i = 0; i < p.length; i++) {
      const cls = classes[p.charCodeAt(i)]!;
      const key = node * MAX_CLASSES + cls;
      let next = edges.get(key);
      if (next === undefined) {
        next = nodes++;
        edges.set(key, next);
        parent[next] = node;
        label[next] = cls;
      }
      node = next;
      if (i + 1 === space) firstWordEnd[node] = 1;
    }
    // Patterns are unique keys; the first one wins if a caller passes duplicates.
    if (terminal[node] === -1) terminal[node] = index;
  });
  return { parent: parent.slice(0, nodes), label: label.slice(0, nodes), terminal: terminal.slice(0, nodes), firstWordEnd: firstWordEnd.slice(0, nodes) };
}

/** The trie before path compression: one node per character, numbered breadth-first. */
interface PlainTrie {
  /** record[2k] is the first child of node k, record[2k + 2] the end of its children */
  record: Int32Array;
  label: Uint8Array;
  terminal: Int32Array;
  /** 1 where a pattern's first word ends (the next character is its first space) */
  firstWordEnd: Uint8Array;
}

/** Renumbers nodes breadth-first with each node's children consecutive and sorted by label. */
function breadthFirst(t: BuiltTrie, n: number): PlainTrie {
  // Children of each node in insertion numbering, grouped by parent (a counting sort).
  const start = new Int32Array(n + 1);
  for (let v = 1; v < n; v++) start[t.parent[v]! + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const kids = new Int32Array(Math.max(0, n - 1));
  for (let v = 1; v < n; v++) kids[fill[t.parent[v]!]!++] = v;
  const order = new Int32Array(n);
  const first = new Int32Array(n + 1);
  let next = 1;
  for (let k = 0; k < n; k++) {
    const old = order[k]!;
    first[k] = next;
    const children = Array.from(kids.subarray(start[old]!, start[old + 1]!)).sort((a, b) => t.label[a]! - t.label[b]!);
    for (const c of children) order[next++] = c;
  }
  first[n] = next;
  const label = new Uint8Array(n);
  const terminal = new Int32Array(n);
  const firstWordEnd = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    label[k] = t.label[order[k]!]!;
    terminal[k] = t.terminal[order[k]!]!;
    firstWordEnd[k] = t.firstWordEnd[order[k]!]!;
  }
  // The record of a sentinel node n holds the end of the last child range.
  const record = new Int32Array(2 * n + 2).fill(-1);
  for (let k = 0; k <= n; k++) record[2 * k] = first[k]!;
  return { record, label, terminal, firstWordEnd };
}

/** The child of `node` along class `cls` in the plain trie, or -1 (used while building). */
function plainChild(t: PlainTrie, node: number, cls: number): number {
  for (let c = t.record[2 * node]!; c < t.record[2 * node + 2]!; c++) if (t.label[c] === cls) return c;
  return -1;
}

interface CompressedTrie {
  record: Int32Array;
  label: Uint8Array;
  runs: Uint8Array;
  /** the compressed number of each plain node that keeps a record (-1 for nodes inside an edge) */
  renumbered: Int32Array;
}

/**
 * Merges every chain of single-child nodes into the edge below it. A plain node keeps a record
 * when it is the root, branches or has no child, ends a pattern (a match is reported there), or
 * ends a pattern's first word (the walk resumes there after its one-lookup jump over the first
 * word). Records stay breadth-first with children consecutive and in the plain order, so sorted
 * by the first class of their edge.
 */
function compress(t: PlainTrie): CompressedTrie {
  const n = t.label.length;
  const keeps = (v: number): boolean =>
    v === 0 || t.terminal[v]! >= 0 || t.record[2 * v + 2]! - t.record[2 * v]! !== 1 || t.firstWordEnd[v] === 1;
  // At most n records plus a sentinel; trimmed below.
  const record = new Int32Array(RECORD * (n + 1)).fill(-1);
  const label = new Uint8Array(n);
  const runs = new Uint8Array(n);
  const renumbered = new Int32Array(n).fill(-1);
  const plainOf = new Int32Array(n);
  renumbered[0] = 0;
  record[2] = 0;
  let next = 1;
  let runLength = 0;
  for (let k = 0; k < next; k++) {
    const v = plainOf[k]!;
    record[k * RECORD] = next;
    record[k * RECORD + 1] = t.terminal[v]!;
    for (let c = t.record[2 * v]!; c < t.record[2 * v + 2]!; c++) {
      // A new record for the first kept node down the chain from c; the chain is its edge.
      const id = next++;
      record[id * RECORD + 2] = runLength;
      label[id] = t.label[c]!;
      let w = c;
      runs[runLength++] = t.label[w]!;
      while (!keeps(w)) {
        w = t.record[2 * w]!;
        runs[runLength++] = t.label[w]!;
      }
      plainOf[id] = w;
      renumbered[w] = id;
    }
  }
  // The sentinel record after the last node ends the last child range and the last edge.
  record[next * RECORD] = next;
  record[next * RECORD + 2] = runLength;
  return { record: record.slice(0, RECORD * (next + 1)), label: label.slice(0, next), runs: runs.slice(0, runLength), renumbered };
}
