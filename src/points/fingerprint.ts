import type { PointsCommand } from "./PointsCommand.js";

/**
 * A 64-bit hash of a command's payload, as 16 hex digits, over its canonical form: object members
 * in sorted key order (code-unit order), `undefined` members left out, `Date`s as their ISO-8601
 * strings, strings with their length — so two payloads that differ only in key order hash alike,
 * while `"129.9"` and `"129.90"` do not, nor a `Date` and an ISO string without milliseconds, nor
 * `5` and `"5"`. The canonical form is never built: the walk feeds a stream of 32-bit words —
 * a tag word per value (string and its length, small integer and its value, larger integer, other
 * number, `true`, `false`, `null`, array, object, end), then the value's data (a string's UTF-16
 * code units two per word, a larger integer's two 32-bit halves, another number's `String`) —
 * into two 32-bit lanes, a MurmurHash3 x86_32 round and an xxHash32 round, each finished with its
 * avalanche over the word count. The stream is prefix-free (each tag tells how many data words
 * follow), so distinct canonical forms give distinct streams; two streams of the same length that
 * differ in one word never collide (each round is a bijection of the lane for a given word and of
 * the word for a given lane, and each avalanche a bijection). Elsewhere than as a member, `undefined`, a function, a symbol and a bigint count as
 * `null`; an invalid `Date` as the string `"Invalid Date"`. Not cryptographic: it tells a retry
 * from a different payload under the same id; it does not resist a forger.
 *
 * The walk allocates nothing but each object's key list (sorted in place, only when out of order,
 * and not at all for the keys of an order and its lines, read by name) and each `Date`'s ISO
 * string. The lanes live in module state, saved and restored around each call, so a getter that
 * fingerprints something meanwhile does not disturb it.
 *
 * @param value - any value (a command, usually parsed).
 * @returns 16 lowercase hex digits.
 *
 * @internal
 */
export function fingerprint(value: unknown): string {
  const a = A;
  const b = B;
  const n = N;
  A = SEED_A;
  B = SEED_B;
  N = 0;
  try {
    feed(value);
    return finish();
  } finally {
    A = a;
    B = b;
    N = n;
  }
}

/**
 * {@link fingerprint} of a parsed command (the output of {@link readPointsCommand}), the same
 * value, without listing and sorting the command's keys: a parsed command has no key outside its
 * type's shape (the command objects are strict; see {@link pointsCommandFields}), so the walk
 * reads the shape's fields by name in sorted order and skips the `undefined` ones — exactly the
 * members the canonical walk takes, in its order. Nested values (an `order`, `lines`, a `Date`)
 * go through the canonical walk. A value whose `type` is not a command type is hashed by
 * {@link fingerprint}.
 *
 * @param command - a parsed command (with no key outside its type's shape).
 * @returns {@link fingerprint}`(command)`.
 *
 * @internal
 */
export function fingerprintCommand(command: PointsCommand): string {
  const a = A;
  const b = B;
  const n = N;
  A = SEED_A;
  B = SEED_B;
  N = 0;
  try {
    word(T_OBJECT);
    if (!commandMembers(command)) return fingerprint(command);
    word(T_END);
    return finish();
  } finally {
    A = a;
    B = b;
    N = n;
  }
}

const SEED_A = 0x811c9dc5 | 0;
const SEED_B = 0x050c5d1f;

/** The lanes of the walk in progress and the number of words fed. */
let A = SEED_A;
let B = SEED_B;
let N = 0;

// Tag words: the top byte tells the kind of value; strings and small integers carry a 24-bit
// length or magnitude in the low bytes.
const T_STRING = 0x01000000;
const T_SMALL = 0x02000000;
const T_SMALL_NEGATIVE = 0x03000000;
const T_INTEGER = 0x04000000;
const T_INTEGER_NEGATIVE = 0x05000000;
const T_NUMBER = 0x06000000;
const T_LONG_STRING = 0x07000000;
const T_TRUE = 0x08000000;
const T_FALSE = 0x09000000;
const T_NULL = 0x0a000000;
const T_ARRAY = 0x0b000000;
const T_OBJECT = 0x0c000000;
const T_END = 0x0d000000;
const SMALL = 0x01000000;
const TWO_32 = 4294967296;

/**
 * Feeds the members of a command in sorted key order, each its key then its value (an `undefined`
 * value leaves its member out); `false` when the type is not a command type. One case per type, with
 * the fields of {@link pointsCommandFields} sorted; property reads by name, so each read site
 * meets the few object shapes of one command type.
 */
function commandMembers(command: PointsCommand): boolean {
  const c = command;
  switch (c.type) {
    case "earn":
      member("category", c.category);
      member("id", c.id);
      member("memberId", c.memberId);
      member("order", c.order);
      member("orderId", c.orderId);
      member("points", c.points);
      member("tier", c.tier);
      member("type", c.type);
      return true;
    case "award":
      member("birthday", c.birthday);
      member("category", c.category);
      member("channel", c.channel);
      member("event", c.event);
      member("id", c.id);
      member("memberId", c.memberId);
      member("points", c.points);
      member("reason", c.reason);
      member("role", c.role);
      member("tier", c.tier);
      member("type", c.type);
      return true;
    case "redeem":
      member("id", c.id);
      member("memberId", c.memberId);
      member("points", c.points);
      member("reference", c.reference);
      member("type", c.type);
      return true;
    case "hold":
      member("expiresAt", c.expiresAt);
      member("holdId", c.holdId);
      member("id", c.id);
      member("memberId", c.memberId);
      member("points", c.points);
      member("type", c.type);
      return true;
    case "capture":
    case "release":
      member("holdId", c.holdId);
      member("id", c.id);
      member("points", c.points);
      member("type", c.type);
      return true;
    case "reverseEarn":
      member("id", c.id);
      member("lines", c.lines);
      member("orderId", c.orderId);
      member("points", c.points);
      member("type", c.type);
      return true;
    case "reverseRedemption":
      member("expiredLots", c.expiredLots);
      member("id", c.id);
      member("points", c.points);
      member("redemptionId", c.redemptionId);
      member("type", c.type);
      return true;
    case "adjust":
      member("id", c.id);
      member("memberId", c.memberId);
      member("points", c.points);
      member("reason", c.reason);
      member("type", c.type);
      return true;
    case "transfer":
      member("from", c.from);
      member("id", c.id);
      member("points", c.points);
      member("to", c.to);
      member("type", c.type);
      return true;
    case "expire":
    case "activate":
      member("id", c.id);
      member("memberId", c.memberId);
      member("type", c.type);
      return true;
    default:
      return false;
  }
}


/** Feeds a member: its key, then its value; nothing when the value is `undefined`. */
function member(key: string, value: unknown): void {
  if (value === undefined) return;
  string(key);
  if (typeof value === "string") string(value);
  else feed(value);
}

// The keys of a PointsOrder and of its lines (disjoint sets), one bit each.
const K_AT = 1;
const K_CHANNEL = 2;
const K_LINES = 4;
const K_ORDER_ID = 8;
const K_RETURN_WINDOW_ENDS_AT = 16;
const K_AMOUNT = 32;
const K_CATEGORY = 64;
const K_LINE_ID = 128;
const K_QUANTITY = 256;
const K_SKU = 512;
const ORDER_BITS = K_AT | K_CHANNEL | K_LINES | K_ORDER_ID | K_RETURN_WINDOW_ENDS_AT;
const LINE_BITS = K_AMOUNT | K_CATEGORY | K_LINE_ID | K_QUANTITY | K_SKU;

/** The bits of `keys` when each is a key of a PointsOrder or of a line, else 0. */
function knownKeys(keys: readonly string[]): number {
  let bits = 0;
  for (let i = 0; i < keys.length; i++) {
    switch (keys[i]) {
      case "at":
        bits |= K_AT;
        break;
      case "channel":
        bits |= K_CHANNEL;
        break;
      case "lines":
        bits |= K_LINES;
        break;
      case "orderId":
        bits |= K_ORDER_ID;
        break;
      case "returnWindowEndsAt":
        bits |= K_RETURN_WINDOW_ENDS_AT;
        break;
      case "amount":
        bits |= K_AMOUNT;
        break;
      case "category":
        bits |= K_CATEGORY;
        break;
      case "lineId":
        bits |= K_LINE_ID;
        break;
      case "quantity":
        bits |= K_QUANTITY;
        break;
      case "sku":
        bits |= K_SKU;
        break;
      default:
        return 0;
    }
  }
  return bits;
}

/**
 * Feeds the members of an object whose own enumerable keys are `bits` — all keys of an order, or
 * all keys of a line — in sorted key order, reading them by name; `false` for any other mix.
 */
function knownMembers(record: Readonly<Record<string, unknown>>, bits: number): boolean {
  if ((bits & ORDER_BITS) === bits) {
    if ((bits & K_AT) !== 0) member("at", record["at"]);
    if ((bits & K_CHANNEL) !== 0) member("channel", record["channel"]);
    if ((bits & K_LINES) !== 0) member("lines", record["lines"]);
    if ((bits & K_ORDER_ID) !== 0) member("orderId", record["orderId"]);
    if ((bits & K_RETURN_WINDOW_ENDS_AT) !== 0) member("returnWindowEndsAt", record["returnWindowEndsAt"]);
    return true;
  }
  if ((bits & LINE_BITS) === bits) {
    if ((bits & K_AMOUNT) !== 0) member("amount", record["amount"]);
    if ((bits & K_CATEGORY) !== 0) member("category", record["category"]);
    if ((bits & K_LINE_ID) !== 0) member("lineId", record["lineId"]);
    if ((bits & K_QUANTITY) !== 0) member("quantity", record["quantity"]);
    if ((bits & K_SKU) !== 0) member("sku", record["sku"]);
    return true;
  }
  return false;
}

/** Feeds one word: a MurmurHash3 x86_32 round into lane A, an xxHash32 round into lane B. */
function word(w: number): void {
  let k = Math.imul(w, 0xcc9e2d51);
  k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
  const a = A ^ k;
  A = (Math.imul((a << 13) | (a >>> 19), 5) + 0xe6546b64) | 0;
  const b = (B + Math.imul(w, 0xc2b2ae3d)) | 0;
  B = Math.imul((b << 17) | (b >>> 15), 0x27d4eb2f);
  N += 1;
}

/** Feeds a string: its tag and length, then its code units two per word (the last one alone). */
function string(s: string): void {
  const length = s.length;
  if (length < SMALL) word(T_STRING | length);
  else {
    word(T_LONG_STRING);
    word(length);
  }
  let a = A;
  let b = B;
  const pairs = length & ~1;
  for (let i = 0; i < pairs; i += 2) {
    const w = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    let k = Math.imul(w, 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    a ^= k;
    a = (Math.imul((a << 13) | (a >>> 19), 5) + 0xe6546b64) | 0;
    b = (b + Math.imul(w, 0xc2b2ae3d)) | 0;
    b = Math.imul((b << 17) | (b >>> 15), 0x27d4eb2f);
  }
  A = a;
  B = b;
  N += pairs >>> 1;
  if (pairs !== length) word(s.charCodeAt(pairs));
}

/** Feeds a safe integer's magnitude `m ≥ 0` under the tags for small and larger magnitudes. */
function integer(m: number, small: number, large: number): void {
  if (m < SMALL) word(small | m);
  else {
    word(large);
    word(m >>> 0);
    word(Math.floor(m / TWO_32));
  }
}

function feed(value: unknown): void {
  switch (typeof value) {
    case "string":
      string(value);
      return;
    case "number":
      if (!Number.isSafeInteger(value)) {
        word(T_NUMBER);
        string(String(value));
      } else if (value < 0) {
        integer(-value, T_SMALL_NEGATIVE, T_INTEGER_NEGATIVE);
      } else {
        // -0 counts as 0, as in JSON.
        integer(value === 0 ? 0 : value, T_SMALL, T_INTEGER);
      }
      return;
    case "boolean":
      word(value ? T_TRUE : T_FALSE);
      return;
    case "object":
      break;
    default:
      word(T_NULL);
      return;
  }
  if (value === null) {
    word(T_NULL);
  } else if (value instanceof Date) {
    // An invalid Date hashes as a marker; validation reports it, naming the field.
    string(Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString());
  } else if (Array.isArray(value)) {
    word(T_ARRAY);
    for (const item of value) feed(item);
    word(T_END);
  } else {
    const record = value as Readonly<Record<string, unknown>>;
    const keys = Object.keys(record);
    word(T_OBJECT);
    const bits = knownKeys(keys);
    if (bits === 0 || !knownMembers(record, bits)) {
      sortKeys(keys);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] as string;
        member(key, record[key]);
      }
    }
    word(T_END);
  }
}

/**
 * Sorts distinct keys in place in code-unit order (the order of `Array.prototype.sort`): an
 * insertion sort, which costs one comparison per key when they are sorted already.
 */
function sortKeys(keys: string[]): void {
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    if ((keys[j] as string) < key) continue;
    while (j >= 0 && (keys[j] as string) > key) {
      keys[j + 1] = keys[j] as string;
      j--;
    }
    keys[j + 1] = key;
  }
}

/** The two lanes, each finished with its avalanche over the word count, as 16 hex digits. */
function finish(): string {
  let x = A ^ Math.imul(N, 4);
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  x ^= x >>> 16;
  let y = (B + Math.imul(N, 4)) | 0;
  y = Math.imul(y ^ (y >>> 15), 0x85ebca77);
  y = Math.imul(y ^ (y >>> 13), 0xc2b2ae3d);
  y ^= y >>> 16;
  return String.fromCharCode(
    hexDigit(x >>> 28),
    hexDigit((x >>> 24) & 15),
    hexDigit((x >>> 20) & 15),
    hexDigit((x >>> 16) & 15),
    hexDigit((x >>> 12) & 15),
    hexDigit((x >>> 8) & 15),
    hexDigit((x >>> 4) & 15),
    hexDigit(x & 15),
    hexDigit(y >>> 28),
    hexDigit((y >>> 24) & 15),
    hexDigit((y >>> 20) & 15),
    hexDigit((y >>> 16) & 15),
    hexDigit((y >>> 12) & 15),
    hexDigit((y >>> 8) & 15),
    hexDigit((y >>> 4) & 15),
    hexDigit(y & 15),
  );
}

/** The code unit of a hex digit (0-9, a-f). */
function hexDigit(d: number): number {
  return d < 10 ? 48 + d : 87 + d;
}
