import { Decimal as DecimalJs } from "decimal.js";

/**
 * The library's own, isolated decimal.js constructor: 34 significant digits (IEEE 754 decimal128),
 * half-even rounding, and plain notation for every exponent. It is a `clone`, so a caller's
 * global configuration of decimal.js never changes it, and it never changes the caller's.
 */
export const Decimal = /* @__PURE__ */ DecimalJs.clone({
  precision: 34,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** An instance of the library's {@link Decimal}. */
export type Decimal = DecimalJs;
