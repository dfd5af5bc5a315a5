/**
 * A growable run of normalised UTF-16 code units, each remembering the original UTF-16 range it came
 * from and the transforms that produced it. Stages read one buffer and write the next.
 */
export class CharBuffer {
  codes: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.codes = new Int32Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.flags = new Uint8Array(size);
  }

  push(code: number, start: number, end: number, flags: number): void {
    if (this.length === this.codes.length) this.grow();
    const i = this.length++;
    this.codes[i] = code;
    this.starts[i] = start;
    this.ends[i] = end;
    this.flags[i] = flags;
  }

  /** Copies position i of another buffer, adding flags. */
  copy(from: CharBuffer, i: number, extraFlags = 0): void {
    this.push(from.codes[i]!, from.starts[i]!, from.ends[i]!, from.flags[i]! | extraFlags);
  }

  /** Makes room for `extra` more positions, so a stage can write them without a check per push. */
  ensure(extra: number): void {
    while (this.length + extra > this.codes.length) this.grow();
  }

  reset(): this {
    this.length = 0;
    return this;
  }

  toString(): string {
    let out = '';
    const chunk = 4096;
    for (let i = 0; i < this.length; i += chunk) {
      // Codes are UTF-16 units; apply() takes the typed array as it is.
      out += String.fromCharCode.apply(null, this.codes.subarray(i, Math.min(this.length, i + chunk)) as unknown as number[]);
    }
    return out;
  }

  private grow(): void {
    const size = this.codes.length * 2;
    const codes = new Int32Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const flags = new Uint8Array(size);
    codes.set(this.codes);
    starts.set(this.starts);
    ends.set(this.ends);
    flags.set(this.flags);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
  }
}

export const isLower = (c: number): boolean => c >= 97 && c <= 122;
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Letters are a–z and every non-ASCII code point that survived folding (other scripts). */
export const isLetter = (c: number): boolean => isLower(c) || c >= 0xc0;
export const isAlnum = (c: number): boolean => isLetter(c) || isDigit(c);
export const SPACE = 32;
