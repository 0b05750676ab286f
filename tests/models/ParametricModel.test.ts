import { describe, expect, it } from "vitest";
import type { FitStatistics } from "../../src/models/FitStatistics.js";
import { ParametricModel } from "../../src/models/ParametricModel.js";
import { readModelJson } from "../../src/models/readModelJson.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";

interface ToyParams {
  readonly shape: number;
  readonly scale: number;
}
const NAMES = ["shape", "scale"] as const;

class Toy extends ParametricModel<ToyParams> {
  constructor(params: ToyParams, fit: FitStatistics<ToyParams> | null = null) {
    super(params, NAMES, fit);
  }
  protected get modelName(): string {
    return "Toy";
  }
  static fromJSON(json: unknown): Toy {
    const { params, fit } = readModelJson<ToyParams>(json, "Toy", NAMES);
    return new Toy(params, fit);
  }
}

const fit: FitStatistics<ToyParams> = {
  logLikelihood: -10.5,
  n: 12,
  patterns: 9,
  standardErrors: { shape: 0.1, scale: 0.2 },
  covariance: [
    [0.01, 0.002],
    [0.002, 0.04],
  ],
  aic: 25,
  bic: 25.97,
  converged: true,
  iterations: 14,
  penalizer: 0,
};

describe("ParametricModel", () => {
  it("copies and freezes the parameters, with null statistics when not fitted", () => {
    const params = { shape: 2, scale: 3, extra: 9 };
    const toy = new Toy(params);
    params.shape = 5;
    expect(toy.params).toEqual({ shape: 2, scale: 3 });
    expect(Object.isFrozen(toy.params)).toBe(true);
    for (const key of ["logLikelihood", "n", "patterns", "standardErrors", "covariance", "aic", "bic", "converged", "iterations", "penalizer"] as const) {
      expect(toy[key]).toBeNull();
    }
    expect(toy.toJSON()).toEqual({ model: "Toy", version: 1, params: { shape: 2, scale: 3 }, fit: null });
  });

  it("validates the parameters", () => {
    catchPatronageError(() => new Toy(null as never), { code: "INVALID_ARGUMENT", field: "params" });
    catchPatronageError(() => new Toy({ shape: 0, scale: 1 }), { code: "INVALID_ARGUMENT", field: "params.shape" });
    catchPatronageError(() => new Toy({ shape: 1, scale: Infinity }), { code: "INVALID_ARGUMENT", field: "params.scale" });
    catchPatronageError(() => new Toy({ shape: 1 } as never), { code: "INVALID_ARGUMENT", field: "params.scale" });
  });

  it("round-trips through JSON with and without fit statistics", () => {
    const fitted = new Toy({ shape: 2, scale: 3 }, fit);
    expect(fitted.logLikelihood).toBe(-10.5);
    const copy = Toy.fromJSON(JSON.parse(JSON.stringify(fitted)));
    expect(copy.toJSON()).toEqual(fitted.toJSON());
    expect(copy.standardErrors).toEqual({ shape: 0.1, scale: 0.2 });
    const bare = Toy.fromJSON(JSON.parse(JSON.stringify(new Toy({ shape: 1, scale: 1 }))));
    expect(bare.logLikelihood).toBeNull();
    const unidentified = new Toy({ shape: 2, scale: 3 }, { ...fit, standardErrors: null, covariance: null });
    expect(Toy.fromJSON(unidentified.toJSON()).covariance).toBeNull();
  });

  it("validates and copies the statistics it is given, and hands out copies", () => {
    catchPatronageError(() => new Toy({ shape: 2, scale: 3 }, { ...fit, logLikelihood: NaN }), { code: "INVALID_ARGUMENT", field: "fit.logLikelihood" });
    catchPatronageError(() => new Toy({ shape: 2, scale: 3 }, { n: 5 } as never), { code: "INVALID_ARGUMENT", field: "fit.logLikelihood" });
    const given = structuredClone(fit) as unknown as { standardErrors: { shape: number }; covariance: number[][] };
    const toy = new Toy({ shape: 2, scale: 3 }, given as never);
    given.standardErrors.shape = -1;
    given.covariance[0]![0] = -1;
    const json = toy.toJSON();
    (json.fit!.standardErrors as { shape: number }).shape = -2;
    expect(toy.standardErrors!.shape).toBe(0.1);
    expect(toy.covariance![0]![0]).toBe(0.01);
    expect(Object.isFrozen(toy.covariance)).toBe(true);
  });

  it("refuses malformed JSON, naming the field", () => {
    const json = new Toy({ shape: 2, scale: 3 }, fit).toJSON();
    const bad = (value: unknown, field: string) => catchPatronageError(() => Toy.fromJSON(value), { code: "INVALID_ARGUMENT", field });
    bad("{}", "json");
    bad({ ...json, model: "BgNbd" }, "json.model");
    bad({ ...json, version: 2 }, "json.version");
    bad({ ...json, params: null }, "json.params");
    bad({ ...json, params: { shape: -1, scale: 1 } }, "json.params.shape");
    bad({ ...json, fit: { ...fit, n: -3 } }, "json.fit.n");
    bad({ ...json, fit: { ...fit, patterns: 0.5 } }, "json.fit.patterns");
    bad({ ...json, fit: { ...fit, iterations: -7 } }, "json.fit.iterations");
    bad({ ...json, fit: { ...fit, penalizer: -1 } }, "json.fit.penalizer");
    bad({ ...json, fit: { ...fit, standardErrors: null } }, "json.fit.covariance");
    bad({ ...json, fit: { ...fit, covariance: [[-1, 0], [0, 1]] } }, "json.fit.covariance");
    bad({ ...json, fit: 3 }, "json.fit");
    bad({ ...json, fit: { ...fit, logLikelihood: "x" } }, "json.fit.logLikelihood");
    bad({ ...json, fit: { ...fit, converged: 1 } }, "json.fit.converged");
    bad({ ...json, fit: { ...fit, standardErrors: { shape: 1 } } }, "json.fit.standardErrors");
    bad({ ...json, fit: { ...fit, covariance: [[1, 2]] } }, "json.fit.covariance");
  });
});
