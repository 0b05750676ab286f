/**
 * Columns of numbers as text, for JSON snapshots: the bytes of a little-endian typed array in
 * base64, prefixed with the element type — `"u8:"`, `"i32:"` or `"f64:"`. An `f64` column whose
 * values are all 32-bit integers is written as `i32` (half the size). Encoding and decoding run at
 * memory speed (`Buffer` where there is one, `btoa`/`atob` elsewhere), so a million-row column
 * costs milliseconds, where a JSON array of numbers costs a second.
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
 * The first `length` values of a column as text, stored as `type` (`f64` values that are all
 * 32-bit integers are stored as `i32`). @internal
 */
export function encodeColumn(values: ArrayLike<number>, type: ColumnType, length = values.length): string {
  let stored = type;
  if (type === "f64") {
    let ints = true;
    for (let i = 0; i < length && ints; i++) {
      const v = values[i] as number;
      ints = v === (v | 0) && !Object.is(v, -0);
    }
    if (ints) stored = "i32";
  }
  const typed = stored === "u8" ? new Uint8Array(length) : stored === "i32" ? new Int32Array(length) : new Float64Array(length);
  for (let i = 0; i < length; i++) typed[i] = values[i] as number;
  return `${stored}:${toBase64(swap(new Uint8Array(typed.buffer), WIDTH[stored] as number))}`;
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
