import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

describe("examples/clv-from-transactions.ts", () => {
  it("goes from the built-in transactions to a ranked customer value", () => {
    const root = resolve(import.meta.dirname, "../..");
    const out = execFileSync(process.execPath, ["--import", "tsx", "examples/clv-from-transactions.ts"], { cwd: root, encoding: "utf8" });
    expect(out).toMatch(/3000 customers in the calibration cohort/);
    expect(out).toMatch(/BG\/NBD: r = 0\.\d{3} ± 0\.\d{3}/);
    expect(out).toMatch(/Gamma-Gamma on \d+ repeat buyers/);
    const [, forecast, made] = /(\d+) repeat purchases forecast, (\d+) made/.exec(out) ?? [];
    // The forecast of a correct model on data it generated is close to what happened.
    expect(Math.abs(Number(forecast) / Number(made) - 1)).toBeLessThan(0.1);
    expect(out).toContain("the ten most valuable customers");
  }, 60_000);
});
