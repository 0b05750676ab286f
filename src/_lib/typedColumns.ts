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
  const varint = encodeDifferences(values, length);
  let stored = type;
  if (type === "f64") {
    let ints = true;
    for (let i = 0; i < length && ints; i++) {
      const v = values[i] as number;
      ints = v === (v | 0) && !Object.is(v, -0);
    }
    if (ints) stored = "i32";
  }
  if (varint !== null && varint.length < length * (WIDTH[stored] as number)) return `v:${toBase64(varint)}`;
  const typed = stored === "u8" ? new Uint8Array(length) : stored === "i32" ? new Int32Array(length) : new Float64Array(length);
  for (let i = 0; i < length; i++) typed[i] = values[i] as number;
  return `${stored}:${toBase64(swap(new Uint8Array(typed.buffer), WIDTH[stored] as number))}`;
}

/** The `v` bytes of a column, or `null` when a value is not a safe integer or ±∞, or a difference is too large. */
function encodeDifferences(values: ArrayLike<number>, length: number): Uint8Array | null {
  let out = new Uint8Array(Math.max(16, length * 2));
  let at = 0;
  let previous = 0;
  for (let i = 0; i < length; i++) {
    const v = values[i] as number;
    let code: number;
    if (v === Number.POSITIVE_INFINITY) code = 1;
    else if (v === Number.NEGATIVE_INFINITY) code = 3;
    else {
      const d = v - previous;
      if (!Number.isSafeInteger(v) || !(Math.abs(d) <= MAX_DELTA) || Object.is(v, -0)) return null;
      code = d >= 0 ? d * 4 : -d * 4 - 2;
      previous = v;
    }
    if (at + 8 > out.length) {
      const grown = new Uint8Array(out.length * 2);
      grown.set(out);
      out = grown;
    }
    while (code >= 128) {
      out[at++] = (code % 128) | 128;
      code = Math.floor(code / 128);
    }
    out[at++] = code;
  }
  return out.subarray(0, at);
}

/** The values of `v` bytes. */
function decodeDifferences(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let previous = 0;
  let i = 0;
  while (i < bytes.length) {
    let code = 0;
    let scale = 1;
    let byte: number;
    do {
      if (i >= bytes.length || scale > 2 ** 49) throw new Error("internal: a column's varint is cut short or too long");
      byte = bytes[i++] as number;
      code += (byte & 127) * scale;
      scale *= 128;
    } while (byte >= 128);
    if (code > 4 * MAX_DELTA) throw new Error(`internal: a column's difference ${code} is too large`);
    if (code % 2 === 1) {
      if (code !== 1 && code !== 3) throw new Error(`internal: a column has the unknown code ${code}`);
      out.push(code === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY);
      continue;
    }
    const half = code / 2;
    previous += half % 2 === 0 ? half / 2 : -(half + 1) / 2;
    if (!Number.isSafeInteger(previous)) throw new Error(`internal: a column's value ${previous} is not a safe integer`);
    out.push(previous);
  }
  return out;
}

/**
 * Decodes a column of `length` values (−1: as many as it holds) into an array of numbers.
 *
 * @throws Error when the text is not a column of that many values.
 * @internal
 */
export function decodeColumn(text: unknown, length: number): number[] {
  if (typeof text !== "string") throw new Error("internal: a column is not a string");
  const colon = text.indexOf(":");
  const type = text.slice(0, colon);
  if (type === "v") {
    const values = decodeDifferences(fromBase64(text.slice(colon + 1)));
    if (length >= 0 && values.length !== length) throw new Error(`internal: a column holds ${values.length} values, not ${length}`);
    return values;
  }
  const width = WIDTH[type];
  if (width === undefined) throw new Error(`internal: unknown column type ${JSON.stringify(type)}`);
  const bytes = swap(fromBase64(text.slice(colon + 1)), width);
  const count = length < 0 && bytes.length % width === 0 ? bytes.length / width : length;
  if (bytes.length !== count * width) throw new Error(`internal: a column holds ${bytes.length} bytes for ${count} values of ${width}`);
  const view = width === 1 ? bytes : width === 4 ? new Int32Array(bytes.buffer, 0, count) : new Float64Array(bytes.buffer, 0, count);
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(view[i] as number);
  return out;
}
