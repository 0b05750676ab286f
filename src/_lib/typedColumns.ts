/**
 * Typed-array columns as text, for JSON snapshots: the bytes of the array (little-endian) in
 * base64, prefixed with the element type — `"u8:"`, `"i32:"` or `"f64:"`. A `Float64Array` whose
 * values are all 32-bit integers is written as `i32` (half the size) and read back as doubles.
 * Encoding and decoding run at memory speed (`Buffer` where there is one, `btoa`/`atob` elsewhere),
 * so a million-row column costs milliseconds, where a JSON array of numbers costs a second.
 *
 * @internal
 */
export type ColumnText = string;

interface BufferLike {
  from(data: ArrayBufferLike | string, offsetOrEncoding?: number | string, length?: number): Uint8Array & { toString(encoding: string): string };
}
const NodeBuffer = (globalThis as { Buffer?: BufferLike }).Buffer;
/** `btoa` and `atob`, where there is no `Buffer` (every browser and runtime since 2018). */
const { btoa, atob } = globalThis as unknown as { btoa: (binary: string) => string; atob: (text: string) => string };
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function toBase64(bytes: Uint8Array): string {
  if (NodeBuffer !== undefined) return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Decodes base64 into a fresh (so aligned) buffer. */
function fromBase64(text: string): ArrayBuffer {
  if (NodeBuffer !== undefined) {
    const decoded = NodeBuffer.from(text, "base64");
    const copy = new Uint8Array(decoded.byteLength);
    copy.set(decoded);
    return copy.buffer;
  }
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

/** Reverses the bytes of each `width`-byte element (big-endian machines only). */
function swap(bytes: Uint8Array, width: number): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i += width) for (let k = 0; k < width; k++) out[i + k] = bytes[i + width - 1 - k] as number;
  return out;
}

function bytesOf(values: Uint8Array | Int32Array | Float64Array, width: number): Uint8Array {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  return LITTLE_ENDIAN || width === 1 ? bytes : swap(bytes, width);
}

/** The first `length` values of a column as text. @internal */
export function encodeColumn(values: Uint8Array | Int32Array | Float64Array, length: number): ColumnText {
  if (values instanceof Uint8Array) return `u8:${toBase64(bytesOf(values.subarray(0, length), 1))}`;
  if (values instanceof Int32Array) return `i32:${toBase64(bytesOf(values.subarray(0, length), 4))}`;
  let ints = true;
  for (let i = 0; i < length && ints; i++) ints = (values[i] as number) === ((values[i] as number) | 0) && !Object.is(values[i], -0);
  if (ints) return `i32:${toBase64(bytesOf(Int32Array.from(values.subarray(0, length)), 4))}`;
  return `f64:${toBase64(bytesOf(values.subarray(0, length), 8))}`;
}

/**
 * Decodes a column of `length` values (−1: as many as it holds) into an array of at least
 * `capacity` elements (zeros past `length`).
 *
 * @throws Error when the text is not a column of that many values of a type that converts.
 * @internal
 */
export function decodeColumn<T extends Uint8Array | Int32Array | Float64Array>(text: unknown, kind: new (n: number) => T, length: number, capacity = length): T {
  if (typeof text !== "string") throw new Error("internal: a column is not a string");
  const colon = text.indexOf(":");
  const type = text.slice(0, colon);
  const width = type === "u8" ? 1 : type === "i32" ? 4 : type === "f64" ? 8 : 0;
  if (width === 0) throw new Error(`internal: unknown column type ${JSON.stringify(type)}`);
  let bytes: Uint8Array = new Uint8Array(fromBase64(text.slice(colon + 1)));
  if (length < 0 && bytes.length % width === 0) length = bytes.length / width;
  if (bytes.length !== length * width) throw new Error(`internal: a column holds ${bytes.length} bytes for ${length} values of ${width}`);
  if (!LITTLE_ENDIAN && width > 1) bytes = swap(bytes, width);
  const decoded = width === 1 ? bytes : width === 4 ? new Int32Array(bytes.buffer, 0, length) : new Float64Array(bytes.buffer, 0, length);
  const out = new kind(Math.max(capacity, length));
  if (out instanceof Float64Array || !(decoded instanceof Float64Array)) {
    if (out instanceof Uint8Array && !(decoded instanceof Uint8Array)) throw new Error("internal: a byte column holds wider values");
    out.set(decoded);
  } else {
    throw new Error("internal: an integer column holds doubles");
  }
  return out;
}
