/**
 * A 64-bit hash of a command's payload, as 16 hex digits, over its canonical JSON: object keys in
 * sorted order, `Date`s as ISO-8601 strings, `undefined` members left out — so two payloads that
 * differ only in key order hash alike, while `"129.9"` and `"129.90"` do not. The JSON text is
 * never built: the walk feeds two 32-bit FNV-1a lanes with different offsets, each finished with
 * the murmur3 avalanche. Not cryptographic: it tells a retry from a different payload under the
 * same id; it does not resist a forger.
 *
 * @internal
 */
export function fingerprint(value: unknown): string {
  const h = { a: 0x811c9dc5, b: 0x050c5d1f, n: 0 };
  feed(h, value);
  return hex(avalanche(h.a ^ h.n)) + hex(avalanche(h.b ^ Math.imul(h.n, 0x9e3779b1)));
}

interface Lanes {
  a: number;
  b: number;
  n: number;
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

function feed(h: Lanes, value: unknown): void {
  switch (typeof value) {
    case "string":
      text(h, '"');
      text(h, value);
      text(h, '"');
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
    feed(h, value.toISOString());
  } else if (Array.isArray(value)) {
    text(h, "[");
    for (const item of value) {
      feed(h, item);
      text(h, ",");
    }
    text(h, "]");
  } else {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    text(h, "{");
    for (const key of keys) {
      const item = record[key];
      if (item === undefined) continue;
      feed(h, key);
      text(h, ":");
      feed(h, item);
      text(h, ",");
    }
    text(h, "}");
  }
}

function avalanche(h: number): number {
  let x = h;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

function hex(x: number): string {
  return x.toString(16).padStart(8, "0");
}
