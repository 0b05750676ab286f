import { invalidArgument } from "../_lib/invalidArgument.js";
import type { FitStatistics } from "./FitStatistics.js";

const finite = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/**
 * Validates fit statistics (from a constructor argument or a model's JSON) and returns a frozen deep
 * copy, so a model's statistics cannot be changed through an object the caller or `toJSON` holds.
 * Checks: finite log-likelihood, AIC and BIC; n > 0; patterns a safe integer ≥ 1; iterations a safe
 * integer ≥ 0; penalizer ≥ 0; converged a boolean; standard errors (finite, > 0, one per parameter)
 * and covariance (k × k, finite, positive diagonal) both present or both null.
 *
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the field under `root`
 *   (`json.fit.n`, `fit.covariance`, …).
 * @internal
 */
export function readFitStatistics<P extends object>(fit: unknown, root: string, names: readonly (keyof P & string)[]): FitStatistics<P> {
  if (typeof fit !== "object" || fit === null) throw invalidArgument(root, fit, "an object of fit statistics");
  const f = fit as Record<string, unknown>;
  const check = (key: string, ok: boolean, expected: string): void => {
    if (!ok) throw invalidArgument(`${root}.${key}`, f[key], expected);
  };
  for (const key of ["logLikelihood", "aic", "bic"]) check(key, finite(f[key]), "a finite number");
  check("n", finite(f["n"]) && (f["n"] as number) > 0, "a finite number > 0");
  check("patterns", Number.isSafeInteger(f["patterns"]) && (f["patterns"] as number) >= 1, "a safe integer ≥ 1");
  check("iterations", Number.isSafeInteger(f["iterations"]) && (f["iterations"] as number) >= 0, "a safe integer ≥ 0");
  check("penalizer", finite(f["penalizer"]) && (f["penalizer"] as number) >= 0, "a finite number ≥ 0");
  check("converged", typeof f["converged"] === "boolean", "a boolean");
  const k = names.length;
  const { standardErrors, covariance } = f;
  check("covariance", (covariance === null) === (standardErrors === null), "null exactly when standardErrors is null");
  let errors: Record<string, number> | null = null;
  let matrix: (readonly number[])[] | null = null;
  if (standardErrors !== null) {
    const se = standardErrors as Record<string, unknown>;
    check("standardErrors", typeof se === "object" && names.every((name) => finite(se[name]) && (se[name] as number) > 0), `an object of finite numbers > 0 { ${names.join(", ")} }`);
    errors = Object.freeze(Object.fromEntries(names.map((name) => [name, se[name] as number])));
    const rows = covariance as unknown[];
    check(
      "covariance",
      Array.isArray(rows) &&
        rows.length === k &&
        rows.every((row, i) => Array.isArray(row) && row.length === k && row.every(finite) && (row[i] as number) > 0),
      `a ${k}×${k} array of finite numbers with a positive diagonal`,
    );
    matrix = rows.map((row) => Object.freeze([...(row as number[])]));
    Object.freeze(matrix);
  }
  return Object.freeze({
    logLikelihood: f["logLikelihood"] as number,
    n: f["n"] as number,
    patterns: f["patterns"] as number,
    standardErrors: errors as FitStatistics<P>["standardErrors"],
    covariance: matrix,
    aic: f["aic"] as number,
    bic: f["bic"] as number,
    converged: f["converged"] as boolean,
    iterations: f["iterations"] as number,
    penalizer: f["penalizer"] as number,
  });
}
