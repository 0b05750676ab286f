import { invalidArgument } from "../_lib/invalidArgument.js";
import type { FitStatistics } from "./FitStatistics.js";

const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/**
 * Validates the JSON of a model (see {@link ModelJson}) and returns its parameters and fit
 * statistics; the constructor validates the parameters' values.
 *
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the field (`json.model`,
 *   `json.fit.logLikelihood`, …).
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
  if (fit === null || fit === undefined) return { params: params as P, fit: null };
  if (typeof fit !== "object") throw invalidArgument("json.fit", fit, "an object or null");
  const f = fit as Record<string, unknown>;
  for (const key of ["logLikelihood", "n", "patterns", "aic", "bic", "iterations", "penalizer"] as const) {
    if (!isFiniteNumber(f[key])) throw invalidArgument(`json.fit.${key}`, f[key], "a finite number");
  }
  if (typeof f["converged"] !== "boolean") throw invalidArgument("json.fit.converged", f["converged"], "a boolean");
  const { standardErrors, covariance } = f;
  if (standardErrors !== null && (typeof standardErrors !== "object" || names.some((key) => !isFiniteNumber((standardErrors as Record<string, unknown>)[key])))) {
    throw invalidArgument("json.fit.standardErrors", standardErrors, `null or an object of finite numbers { ${names.join(", ")} }`);
  }
  const k = names.length;
  if (
    covariance !== null &&
    !(Array.isArray(covariance) && covariance.length === k && covariance.every((row) => Array.isArray(row) && row.length === k && row.every(isFiniteNumber)))
  ) {
    throw invalidArgument("json.fit.covariance", covariance, `null or a ${k}×${k} array of finite numbers`);
  }
  return { params: params as P, fit: f as unknown as FitStatistics<P> };
}
