/**
 * Numeric kernels: special functions, distributions, a seeded random number generator and an
 * optimiser. Public because notebooks and services that fit their own models need them; every
 * function documents its method, source and accuracy.
 *
 * @packageDocumentation
 */
export { chiSquareCdf } from "./chiSquareCdf.js";
export { chiSquareSurvival } from "./chiSquareSurvival.js";
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
export { regularizedBeta } from "./regularizedBeta.js";
export { regularizedGammaP } from "./regularizedGammaP.js";
export { regularizedGammaQ } from "./regularizedGammaQ.js";
export type { Rng } from "./Rng.js";
export { studentTCdf } from "./studentTCdf.js";
export { studentTQuantile } from "./studentTQuantile.js";
