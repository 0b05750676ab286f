import { invalidArgument } from "../_lib/invalidArgument.js";
import type { FitStatistics } from "./FitStatistics.js";
import { readFitStatistics } from "./readFitStatistics.js";

/**
 * Validates the JSON of a model (see {@link ModelJson}) and returns its parameters and fit
 * statistics (a frozen copy, see {@link readFitStatistics}).
 *
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the field (`json.model`,
 *   `json.params.alpha`, `json.fit.logLikelihood`, …).
 * @internal
 */
export function readModelJson<P extends object>(
  json: unknown,
  model: string,
  names: readonly (keyof P & string)[],
): { params: P; fit: FitStatistics<P> | null } {
  if (typeof json !== "object" || json === null) throw invalidArgument("json", json, `the JSON of a ${model} model`);
  const { model: name, version, params, fit } = json as Record<string, unknown>;
  if (name !== model) throw invalidArgument("json.model", name, JSON.stringify(model));
  if (version !== 1) throw invalidArgument("json.version", version, "1");
  if (typeof params !== "object" || params === null) throw invalidArgument("json.params", params, `an object { ${names.join(", ")} }`);
  for (const key of names) {
    const value = (params as Record<string, unknown>)[key];
    if (typeof value !== "number" || !(value > 0 && value < Infinity)) throw invalidArgument(`json.params.${key}`, value, "a finite number > 0");
  }
  return { params: params as P, fit: fit === null || fit === undefined ? null : readFitStatistics<P>(fit, "json.fit", names) };
}
