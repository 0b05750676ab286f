import { decodeColumn, encodeColumn } from "../_lib/typedColumns.js";
import { hashString } from "./hashString.js";

/**
 * A list of strings as JSON that parses fast: their concatenation and a typed column of their
 * lengths (UTF-16 code units). `JSON.parse` reads one long string several times faster than an
 * array of a million short ones.
 *
 * @internal
 */
export interface PackedStrings {
  /** The strings, one after the other. */
  readonly text: string;
  /** Their lengths, as a column (see {@link encodeColumn}). */
  readonly lengths: string;
}

/** Strings pushed are packed by the chunk of this many. */
const CHUNK = 1024;

/**
 * An append-only list of strings kept packed: the strings it was unpacked with stay one text with
 * their start offsets, and strings pushed later are joined into a text by the chunk of
 * {@link CHUNK}, so a list of millions holds a few texts instead of a string object each, and packs
 * again by concatenation.
 *
 * @internal
 */
export class StringList {
  /** The unpacked strings: entry `i` is `#text` from `#starts[i]` to `#starts[i + 1]`. */
  #text = "";
  #starts: number[] = [0];
  #packed = 0;
  /** Pushed strings in full chunks: the `j`th is `#chunks[j / CHUNK]` from `#offsets[j]` to the next offset or the chunk's end. */
  #chunks: string[] = [];
  #offsets: number[] = [];
  /** Pushed strings not yet in a chunk. */
  #more: string[] = [];

  /**
   * Unpacks a list of strings.
   *
   * @throws Error when `packed` is not a {@link PackedStrings} whose lengths add up to its text.
   */
  static unpack(packed: unknown): StringList {
    if (typeof packed !== "object" || packed === null) throw new Error("internal: packed strings are not an object");
    const { text, lengths } = packed as { text?: unknown; lengths?: unknown };
    if (typeof text !== "string") throw new Error("internal: packed strings have no text");
    const starts = decodeColumn(lengths, -1, { name: "lengths", min: 0, max: Number.MAX_SAFE_INTEGER });
    let at = 0;
    for (let i = 0; i < starts.length; i++) {
      const size = starts[i] as number;
      starts[i] = at;
      at += size;
    }
    starts.push(at);
    if (at !== text.length) throw new Error(`internal: packed strings use ${at} of ${text.length} characters`);
    const list = new StringList();
    list.#text = text;
    list.#starts = starts;
    list.#packed = starts.length - 1;
    return list;
  }

  /** A list of `strings`. */
  static of(strings: readonly string[]): StringList {
    const list = new StringList();
    for (const s of strings) list.push(s);
    return list;
  }

  /** The number of strings. */
  get length(): number {
    return this.#packed + this.#offsets.length + this.#more.length;
  }

  push(s: string): void {
    const more = this.#more;
    more.push(s);
    if (more.length === CHUNK) {
      let at = 0;
      for (const m of more) {
        this.#offsets.push(at);
        at += m.length;
      }
      this.#chunks.push(more.join(""));
      this.#more = [];
    }
  }

  /** The string at `i` (0 ≤ i < length). */
  at(i: number): string {
    if (i < this.#packed) return this.#text.slice(this.#starts[i], this.#starts[i + 1]);
    const j = i - this.#packed;
    if (j >= this.#offsets.length) return this.#more[j - this.#offsets.length] as string;
    const chunk = this.#chunks[Math.floor(j / CHUNK)] as string;
    return chunk.slice(this.#offsets[j], this.#chunkEnd(j, chunk));
  }

  /** The strings from `from` to `to` (exclusive). */
  slice(from: number, to: number): string[] {
    const out: string[] = [];
    for (let i = from; i < to; i++) out.push(this.at(i));
    return out;
  }

  /** Whether the string at `i` is `s`, without building it. */
  matches(i: number, s: string): boolean {
    if (i < this.#packed) return (this.#starts[i + 1] as number) - (this.#starts[i] as number) === s.length && this.#text.startsWith(s, this.#starts[i]);
    const j = i - this.#packed;
    if (j >= this.#offsets.length) return this.#more[j - this.#offsets.length] === s;
    const chunk = this.#chunks[Math.floor(j / CHUNK)] as string;
    const start = this.#offsets[j] as number;
    return this.#chunkEnd(j, chunk) - start === s.length && chunk.startsWith(s, start);
  }

  /** Whether the string at `i` is the first `length` code units of `s`, without building either. */
  matchesPrefix(i: number, s: string, length: number): boolean {
    let text: string;
    let start: number;
    let end: number;
    if (i < this.#packed) {
      text = this.#text;
      start = this.#starts[i] as number;
      end = this.#starts[i + 1] as number;
    } else {
      const j = i - this.#packed;
      if (j >= this.#offsets.length) {
        const own = this.#more[j - this.#offsets.length] as string;
        return own.length === length && s.startsWith(own);
      }
      text = this.#chunks[Math.floor(j / CHUNK)] as string;
      start = this.#offsets[j] as number;
      end = this.#chunkEnd(j, text);
    }
    if (end - start !== length) return false;
    for (let k = 0; k < length; k++) if (text.charCodeAt(start + k) !== s.charCodeAt(k)) return false;
    return true;
  }

  /** The {@link hashString} of the string at `i`. */
  hash(i: number): number {
    if (i < this.#packed) return hashString(this.#text, this.#starts[i] as number, this.#starts[i + 1] as number);
    const s = this.at(i);
    return hashString(s, 0, s.length);
  }

  /** The index of the first string `test` refuses (given a text and the string's span in it), or −1. */
  findInvalid(test: (text: string, start: number, end: number) => boolean): number {
    for (let i = 0; i < this.#packed; i++) if (!test(this.#text, this.#starts[i] as number, this.#starts[i + 1] as number)) return i;
    for (let j = 0; j < this.#offsets.length; j++) {
      const chunk = this.#chunks[Math.floor(j / CHUNK)] as string;
      if (!test(chunk, this.#offsets[j] as number, this.#chunkEnd(j, chunk))) return this.#packed + j;
    }
    for (let k = 0; k < this.#more.length; k++) {
      const own = this.#more[k] as string;
      if (!test(own, 0, own.length)) return this.#packed + this.#offsets.length + k;
    }
    return -1;
  }

  /** The list, packed. */
  pack(): PackedStrings {
    const n = this.length;
    const lengths = new Array<number>(n);
    let longest = 0;
    for (let i = 0; i < n; i++) {
      const length = this.#lengthAt(i);
      lengths[i] = length;
      if (length > longest) longest = length;
    }
    return { text: this.#text + this.#chunks.join("") + this.#more.join(""), lengths: encodeColumn(lengths, longest < 256 ? "u8" : "i32") };
  }

  #lengthAt(i: number): number {
    if (i < this.#packed) return (this.#starts[i + 1] as number) - (this.#starts[i] as number);
    const j = i - this.#packed;
    if (j >= this.#offsets.length) return (this.#more[j - this.#offsets.length] as string).length;
    return this.#chunkEnd(j, this.#chunks[Math.floor(j / CHUNK)] as string) - (this.#offsets[j] as number);
  }

  /** Where the `j`th chunked string ends in its chunk. */
  #chunkEnd(j: number, chunk: string): number {
    return (j + 1) % CHUNK === 0 ? chunk.length : (this.#offsets[j + 1] as number);
  }
}
