/**
 * A 64-bit hash of a command's payload, as 16 hex digits, over its canonical JSON: object keys in
 * sorted order, `Date`s as ISO-8601 strings, `undefined` members left out, strings prefixed with
 * their length (so none can imitate the structure around it) — so two payloads that differ only in
 * key order hash alike, while `"129.9"` and `"129.90"` do not, nor a `Date` and an ISO string
 * without milliseconds. The JSON text is
 * never built: the walk feeds two 32-bit FNV-1a lanes with different offsets, each finished with
 * the murmur3 avalanche. Not cryptographic: it tells a retry from a different payload under the
 * same id; it does not resist a forger.
 *
 * @internal
 */
export function fingerprint(value: unknown): string {
  const h: Lanes = { a: 0x811c9dc5, b: 0x050c5d1f, n: 0 };
  feed(h, value);
  return hex(avalanche(h.a ^ h.n)) + hex(avalanche(h.b ^ Math.imul(h.n, 0x9e3779b1)));
}

interface Lanes {
  a: number;
  b: number;
  n: number;
}

/** Feeds one UTF-16 code unit. */
function unit(h: Lanes, c: number): void {
  h.a = Math.imul(h.a ^ c, 0x01000193);
  h.b = Math.imul(h.b ^ c, 0x01000193) + (h.b >>> 13);
  h.n += 1;
}

function text(h: Lanes, s: string): void {
  let { a, b } = h;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) + (b >>> 13);
  }
  h.a = a;
  h.b = b;
  h.n += s.length;
}

const QUOTE = 34;
const COLON = 58;
const COMMA = 44;

function feed(h: Lanes, value: unknown): void {
  switch (typeof value) {
    case "string":
      // Length-prefixed, so no string can imitate the structure around it.
      unit(h, QUOTE);
      text(h, String(value.length));
      unit(h, COLON);
      text(h, value);
      return;
    case "number":
    case "boolean":
      text(h, String(value));
      return;
    case "object":
      break;
    default:
      text(h, "null");
      return;
  }
  if (value === null) {
    text(h, "null");
  } else if (value instanceof Date) {
    // An invalid Date hashes as a marker; validation reports it, naming the field.
    feed(h, Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString());
  } else if (Array.isArray(value)) {
    unit(h, 91);
    for (const item of value) {
      feed(h, item);
      unit(h, COMMA);
    }
    unit(h, 93);
  } else {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    for (let i = 1; i < keys.length; i++) {
      if ((keys[i - 1] as string) > (keys[i] as string)) {
        keys.sort();
        break;
      }
    }
    unit(h, 123);
    for (const key of keys) {
      const item = record[key];
      if (item === undefined) continue;
      feed(h, key);
      unit(h, COLON);
      feed(h, item);
      unit(h, COMMA);
    }
    unit(h, 125);
  }
}

function avalanche(h: number): number {
  let x = h;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

const HEX = /* @__PURE__ */ Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

function hex(x: number): string {
  return (HEX[x >>> 24] as string) + (HEX[(x >>> 16) & 255] as string) + (HEX[(x >>> 8) & 255] as string) + (HEX[x & 255] as string);
}
