/**
 * Numeric kernels: special functions, distributions, a seeded random number generator and an
 * optimiser. Public because notebooks and services that fit their own models need them; every
 * function documents its method, source and accuracy.
 *
 * @packageDocumentation
 */
export { createRng } from "./createRng.js";
export { digamma } from "./digamma.js";
export { erf } from "./erf.js";
export { erfc } from "./erfc.js";
export { hessian, type HessianOptions } from "./hessian.js";
export { hyp2f1 } from "./hyp2f1.js";
export { logBeta } from "./logBeta.js";
export { logGamma } from "./logGamma.js";
export {
  minimize,
  type MinimizeMethod,
  type MinimizeOptions,
  type MinimizeReason,
  type MinimizeResult,
} from "./minimize.js";
export { normalCdf } from "./normalCdf.js";
export { normalQuantile } from "./normalQuantile.js";
export type { Rng } from "./Rng.js";
