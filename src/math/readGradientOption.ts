import { invalidArgument } from "../_lib/invalidArgument.js";

/**
 * Checks the part of the options that {@link minimize} and {@link hessian} share: `options` must be
 * an object, and `options.gradient`, when present, a function.
 *
 * @param options - the caller's options.
 * @returns `options.gradient`, or `undefined` when it is absent.
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `"options"` or `"options.gradient"`.
 * @internal
 */
export function readGradientOption(options: unknown): ((x: Float64Array, out: Float64Array) => void) | undefined {
  if (typeof options !== "object" || options === null) throw invalidArgument("options", options, "an object");
  const { gradient } = options as { readonly gradient?: unknown };
  if (gradient !== undefined && typeof gradient !== "function") {
    throw invalidArgument("options.gradient", gradient, "a function (x, out) => void");
  }
  return gradient as ((x: Float64Array, out: Float64Array) => void) | undefined;
}
