import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

// `npm run demo` must keep working: run it as the README says and check what it shows.
describe("examples/demo.ts", () => {
  it("runs on built-in data and shows every section", () => {
    const root = resolve(import.meta.dirname, "../..");
    const out = execFileSync(process.execPath, ["--import", "tsx", "examples/demo.ts"], { cwd: root, encoding: "utf8" });
    expect(out).toContain("patronage/math · special functions and their far tails");
    expect(out).toMatch(/normalCdf\(-38\).*2\.88542835e-316/);
    expect(out).toMatch(/BG\/NBD \(CDNOW\): repeat purchases expected in 39 weeks\s+\d\.\d{4}/);
    expect(out).toMatch(/shape: estimate \[95% interval\]\s+\(true 2\)\s+[12]\.\d{3}/);
    expect(out).toContain("patronage/value · from transactions to summaries, and formula CLV");
    expect(out).toMatch(/simulated shop: transactions → customers\s+\d+ → 3000/);
    expect(out).toMatch(/retention CLV \(m 100, r 0\.9, i 0\.12\), end of period\s+409\.09/);
    expect(out).toMatch(/lifecycle \+ indirect \(referral\) value\s+409\.09 \+ 74\.38 = 483\.47/);
    expect(out).toContain("patronage/models · BG/NBD + Gamma-Gamma on the simulated shop");
    expect(out).toMatch(/BG\/NBD r: estimate ± standard error \(true 0\.6\)\s+0\.\d{3} ± 0\.\d{3}/);
    expect(out).toMatch(/top customers by CLV:[^\n]*(\n\s+C\d{5}\s+\d+\s+[\d.]+\s+[\d.]+\s+0\.\d{3}\s+[\d.]+\s+[\d.]+){5}/);
    expect(out).toContain("patronage/satisfaction · NPS over two quarters, and is the change real?");
    expect(out).toMatch(/Q1 NPS \(n = 600\), 95 % adjusted-wald interval\s+-?\d+\.\d \[-?\d+\.\d, -?\d+\.\d\]/);
    expect(out).toMatch(/change Q1 → Q2 \[interval\], two-sided p\s+-?\d+\.\d \[.*\], p = 0\.\d{4}/);
    expect(out).toMatch(/service ratings \(n = 30\): status\s+(good|watch|alert)/);
    expect(out).toContain("patronage/loyalty · six levels over two periods, and who moved");
    expect(out).toMatch(/fanatic \(狂热型忠诚\): share, period 1 → period 2\s+\d+\.\d % → \d+\.\d %/);
    expect(out).toMatch(/upgraded \/ stable \/ downgraded\s+\d+\.\d % \/ \d+\.\d % \/ \d+\.\d %/);
    expect(out).toContain("patronage/points · an event-sourced points ledger, exact to the point");
    expect(out).toMatch(/earn on latte 28 \+ beans 88\s+ok: 204 points/);
    expect(out).toMatch(/redeem 150 \(still locked\)\s+refused INSUFFICIENT_POINTS/);
    expect(out).toMatch(/the same refund, retried\s+ok: 28 points \(duplicate: nothing added\)/);
    expect(out).toMatch(/ana: available \/ pending \/ held\s+76 \/ 0 \/ 0/);
    expect(out).toMatch(/points gone on \(Starbucks-style expiry\)\s+2026-10-01: 76/);
    expect(out).toMatch(/liability: outstanding points, gross, after breakage\s+76, CNY 7\.60, CNY 5\.32/);
    expect(out).toMatch(/replay of the log: same balance\s+true/);
    expect(out).toContain("patronage/tiers · Starbucks-style status on the simulated shop");
    expect(out).toMatch(/members on 2026-01-01: green \/ gold \/ reserve\s+2755 \(91\.8 %\) \/ 232 \(7\.7 %\) \/ 13 \(0\.4 %\)/);
    expect(out).toMatch(/C\d{5}, green: to gold \(earn ×1\.2\)\s+5 stars to go/);
    expect(out).toContain("INVALID_ARGUMENT (field \"p\")");
  }, 60_000);
});
