/**
 * `patronage`: the arithmetic of customer value and loyalty programmes. This entry point
 * re-exports every module and the error type; import a subpath (`patronage/math`, …) to load
 * only one module.
 *
 * @packageDocumentation
 */
export { isPatronageError, type PatronageErrorWithCode } from "./isPatronageError.js";
export { PatronageError, type PatronageErrorCode, type PatronageErrorOptions } from "./PatronageError.js";
export * from "./loyalty/index.js";
export * from "./math/index.js";
export * from "./models/index.js";
export * from "./points/index.js";
export * from "./satisfaction/index.js";
export * from "./tiers/index.js";
export * from "./value/index.js";
