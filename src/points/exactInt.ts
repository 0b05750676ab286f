/**
 * Exact integer arithmetic on `number | bigint`: a `number` while the value is a safe integer
 * (the fast path, no allocation), a `bigint` beyond. Every function takes and returns integers;
 * results that fit are returned as numbers again.
 *
 * @internal
 */
export type ExactInt = number | bigint;

const MAX = Number.MAX_SAFE_INTEGER;
const BIG_MAX = /* @__PURE__ */ BigInt(Number.MAX_SAFE_INTEGER);

/** A bigint as a number when it is a safe integer. @internal */
export function normInt(x: bigint): ExactInt {
  return x <= BIG_MAX && x >= -BIG_MAX ? Number(x) : x;
}

/** a × b, exactly. @internal */
export function mulInt(a: ExactInt, b: ExactInt): ExactInt {
  if (typeof a === "number" && typeof b === "number") {
    const p = a * b;
    // A true product beyond 2^53 − 1 rounds to ≥ 2^53, so this test never accepts an inexact one.
    if (p <= MAX && p >= -MAX) return p;
  }
  return normInt(BigInt(a) * BigInt(b));
}

/** a + b, exactly. @internal */
export function addInt(a: ExactInt, b: ExactInt): ExactInt {
  if (typeof a === "number" && typeof b === "number") {
    const s = a + b;
    if (s <= MAX && s >= -MAX) return s;
  }
  return normInt(BigInt(a) + BigInt(b));
}

/** a − b, exactly. @internal */
export function subInt(a: ExactInt, b: ExactInt): ExactInt {
  if (typeof a === "number" && typeof b === "number") {
    const s = a - b;
    if (s <= MAX && s >= -MAX) return s;
  }
  return normInt(BigInt(a) - BigInt(b));
}

/** ⌊n / d⌋ for n ≥ 0 and d > 0. @internal */
export function divFloor(n: ExactInt, d: ExactInt): ExactInt {
  // `%` on doubles is exact, and n − r is an exact multiple of d.
  if (typeof n === "number" && typeof d === "number") return (n - (n % d)) / d;
  return normInt(BigInt(n) / BigInt(d));
}

/** n mod d for n ≥ 0 and d > 0. @internal */
export function modInt(n: ExactInt, d: ExactInt): ExactInt {
  if (typeof n === "number" && typeof d === "number") return n % d;
  return normInt(BigInt(n) % BigInt(d));
}

/** Greatest common divisor of two integers ≥ 0 (gcd(0, 0) = 0). @internal */
export function gcdInt(a: ExactInt, b: ExactInt): ExactInt {
  if (typeof a === "number" && typeof b === "number") {
    let x = a;
    let y = b;
    while (y !== 0) {
      const t = x % y;
      x = y;
      y = t;
    }
    return x;
  }
  let x = BigInt(a);
  let y = BigInt(b);
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return normInt(x);
}

const POW10: ExactInt[] = [];

/** 10^k for an integer k ≥ 0. @internal */
export function pow10(k: number): ExactInt {
  let p = POW10[k];
  if (p === undefined) {
    p = k <= 15 ? 10 ** k : normInt(10n ** BigInt(k));
    POW10[k] = p;
  }
  return p;
}
