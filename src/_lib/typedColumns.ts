/**
 * Columns of numbers as text, for JSON snapshots: bytes in base64, prefixed with their encoding —
 * `"u8:"`, `"i32:"` or `"f64:"` (a little-endian typed array), or `"v:"`: each value's difference
 * from the one before (the first from 0), zigzagged, as an unsigned LEB128 varint of twice that
 * (odd codes stand for +∞ (1) and −∞ (3), which leave the running value alone). Integer columns
 * take `v` when it is shorter, as it is for the ids, counts, times and mostly-zero amounts of a
 * ledger (a byte or two a value instead of four or eight). A million values cost milliseconds,
 * where a JSON array of numbers costs a second.
 *
 * @internal
 */
export type ColumnType = "u8" | "i32" | "f64";

/**
 * The values a decoded column may hold: safe integers from `min` to `max`, and +∞ or −∞ where
 * allowed. A column read against a range is checked as it is decoded. @internal
 */
export interface ColumnRange {
  /** The column's name, for messages. */
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly plusInfinity?: boolean;
  readonly minusInfinity?: boolean;
}

interface BufferLike {
  from(data: ArrayBufferLike | string, offsetOrEncoding?: number | string, length?: number): Uint8Array & { toString(encoding: string): string };
}
const NodeBuffer = (globalThis as { Buffer?: BufferLike }).Buffer;
/** `btoa` and `atob`, where there is no `Buffer` (every browser and runtime since 2018). */
const { btoa, atob } = globalThis as unknown as { btoa: (binary: string) => string; atob: (text: string) => string };
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const WIDTH: Readonly<Record<string, number>> = { u8: 1, i32: 4, f64: 8 };
/** The largest difference a `v` column holds (its code, 4 × 2^50, stays a safe integer). */
const MAX_DELTA = 2 ** 50;
/** Codes below this are read and written with 32-bit integer arithmetic. */
const SMALL_CODE = 2 ** 28;

function toBase64(bytes: Uint8Array): string {
  if (NodeBuffer !== undefined) return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Decodes base64 into a fresh (so aligned) buffer. */
function fromBase64(text: string): Uint8Array {
  if (NodeBuffer !== undefined) {
    const decoded = NodeBuffer.from(text, "base64");
    const copy = new Uint8Array(decoded.byteLength);
    copy.set(decoded);
    return copy;
  }
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Reverses the bytes of each `width`-byte element (big-endian machines only). */
function swap(bytes: Uint8Array, width: number): Uint8Array {
  if (LITTLE_ENDIAN || width === 1) return bytes;
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i += width) for (let k = 0; k < width; k++) out[i + k] = bytes[i + width - 1 - k] as number;
  return out;
}

/**
 * The first `length` values of a column as text, stored as `type` or, when shorter, as
 * differences (`v`); `f64` values that are all 32-bit integers are stored as `i32`. @internal
 */
export function encodeColumn(values: ArrayLike<number>, type: ColumnType, length = values.length): string {
  const { varint, int32 } = encodeDifferences(values, length);
  const stored = type === "f64" && int32 ? "i32" : type;
  if (varint !== null && varint.length < length * (WIDTH[stored] as number)) return `v:${toBase64(varint)}`;
  const typed = stored === "u8" ? new Uint8Array(length) : stored === "i32" ? new Int32Array(length) : new Float64Array(length);
  for (let i = 0; i < length; i++) typed[i] = values[i] as number;
  return `${stored}:${toBase64(swap(new Uint8Array(typed.buffer), WIDTH[stored] as number))}`;
}

/**
 * The `v` bytes of a column (`null` when a value is not a safe integer or ±∞, or a difference is
 * too large), and whether every value is a 32-bit integer (not −0).
 */
function encodeDifferences(values: ArrayLike<number>, length: number): { varint: Uint8Array | null; int32: boolean } {
  let out = new Uint8Array(length * 3 + 16);
  let at = 0;
  let previous = 0;
  let int32 = true;
  let i = 0;
  for (; i < length; i++) {
    const v = values[i] as number;
    let code: number;
    if ((v | 0) === v && (v !== 0 || 1 / v > 0)) {
      // a 32-bit integer (not −0): the common case, checked cheaply
      const d = v - previous;
      if (!(Math.abs(d) <= MAX_DELTA)) break;
      code = d >= 0 ? d * 4 : -d * 4 - 2;
      previous = v;
    } else {
      int32 = false;
      if (v === Number.POSITIVE_INFINITY) code = 1;
      else if (v === Number.NEGATIVE_INFINITY) code = 3;
      else {
        const d = v - previous;
        if (!Number.isSafeInteger(v) || !(Math.abs(d) <= MAX_DELTA) || v === 0) break;
        code = d >= 0 ? d * 4 : -d * 4 - 2;
        previous = v;
      }
    }
    if (at + 8 > out.length) {
      const grown = new Uint8Array(out.length * 2);
      grown.set(out);
      out = grown;
    }
    if (code < SMALL_CODE) {
      while (code >= 128) {
        out[at++] = (code & 127) | 128;
        code >>>= 7;
      }
    } else {
      while (code >= 128) {
        out[at++] = (code % 128) | 128;
        code = Math.floor(code / 128);
      }
    }
    out[at++] = code;
  }
  if (i === length) return { varint: out.subarray(0, at), int32 };
  for (; i < length && int32; i++) {
    const v = values[i] as number;
    int32 = (v | 0) === v && (v !== 0 || 1 / v > 0);
  }
  return { varint: null, int32 };
}

/** Throws unless `v`, a decoded value, lies in `range`. */
function check(v: number, range: ColumnRange): void {
  const fits = Number.isSafeInteger(v) ? v >= range.min && v <= range.max : v === Number.POSITIVE_INFINITY ? range.plusInfinity === true : v === Number.NEGATIVE_INFINITY && range.minusInfinity === true;
  if (!fits) throw new Error(`internal: column ${range.name} holds ${v}`);
}

/** The values of `v` bytes (`length` of them, or −1 for as many as there are), each checked against `range` when given. */
function decodeDifferences(bytes: Uint8Array, length: number, range: ColumnRange | undefined): number[] {
  const n = bytes.length;
  const out: number[] = length >= 0 ? new Array<number>(length) : [];
  let k = 0;
  let previous = 0;
  let i = 0;
  while (i < n) {
    let byte = bytes[i++] as number;
    let code = byte & 127;
    if (byte >= 128) {
      byte = bytes[i++] as number;
      code |= (byte & 127) << 7;
      if (byte >= 128) {
        byte = bytes[i++] as number;
        code |= (byte & 127) << 14;
        if (byte >= 128) {
          byte = bytes[i++] as number;
          code |= (byte & 127) << 21;
          for (let scale = SMALL_CODE; byte >= 128; scale *= 128) {
            if (i >= n || scale > 2 ** 49) throw new Error("internal: a column's varint is cut short or too long");
            byte = bytes[i++] as number;
            code += (byte & 127) * scale;
          }
        }
      }
      if (i > n) throw new Error("internal: a column's varint is cut short or too long");
    }
    let value: number;
    if (code < SMALL_CODE) {
      if ((code & 1) === 1) {
        if (code !== 1 && code !== 3) throw new Error(`internal: a column has the unknown code ${code}`);
        value = code === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
      } else {
        const half = code >>> 1;
        previous += (half & 1) === 0 ? half >>> 1 : -((half >>> 1) + 1);
        value = previous;
      }
    } else {
      if (code > 4 * MAX_DELTA) throw new Error(`internal: a column's difference ${code} is too large`);
      if (code % 2 === 1) throw new Error(`internal: a column has the unknown code ${code}`);
      const half = code / 2;
      const quarter = Math.floor(half / 2);
      previous += quarter * 2 === half ? quarter : -(quarter + 1);
      if (!Number.isSafeInteger(previous)) throw new Error(`internal: a column's value ${previous} is not a safe integer`);
      value = previous;
    }
    if (range !== undefined && !(value >= range.min && value <= range.max)) check(value, range);
    out[k++] = value;
  }
  if (length >= 0 && k !== length) throw new Error(`internal: a column holds ${k} values, not ${length}`);
  return out;
}

/**
 * Decodes a column of `length` values (−1: as many as it holds) into an array of numbers, checking
 * each against `range` when one is given (safe integers from `range.min` to `range.max`, or an
 * allowed infinity).
 *
 * @throws Error when the text is not a column of that many values, or a value is out of range.
 * @internal
 */
export function decodeColumn(text: unknown, length: number, range?: ColumnRange): number[] {
  if (typeof text !== "string") throw new Error("internal: a column is not a string");
  const colon = text.indexOf(":");
  const type = text.slice(0, colon);
  if (type === "v") return decodeDifferences(fromBase64(text.slice(colon + 1)), length, range);
  const width = WIDTH[type];
  if (width === undefined) throw new Error(`internal: unknown column type ${JSON.stringify(type)}`);
  const bytes = swap(fromBase64(text.slice(colon + 1)), width);
  const count = length < 0 && bytes.length % width === 0 ? bytes.length / width : length;
  if (bytes.length !== count * width) throw new Error(`internal: a column holds ${bytes.length} bytes for ${count} values of ${width}`);
  const view = width === 1 ? bytes : width === 4 ? new Int32Array(bytes.buffer, 0, count) : new Float64Array(bytes.buffer, 0, count);
  const out = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    const value = view[i] as number;
    if (range !== undefined && !(value >= range.min && value <= range.max && (width < 8 || Number.isSafeInteger(value)))) check(value, range);
    out[i] = value;
  }
  return out;
}
