import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

// examples/points-program.ts imports "patronage/points" as an application would; vitest does not
// map the package's subpaths, so its main function is imported and run under tsx (which reads
// the paths of tsconfig.json), and the figures come back as JSON.
const root = resolve(import.meta.dirname, "../..");
const run = (code: string): string =>
  execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { cwd: root, encoding: "utf8" });

describe("examples/points-program.ts", () => {
  it("runs a year of the coffee shop, prints its tables, and its books balance", () => {
    const out = run('const m = await import("./examples/points-program.ts"); console.log("FIGURES " + JSON.stringify(m.main()));');
    const figures = JSON.parse(/^FIGURES (.*)$/m.exec(out)![1]!);
    // The simulation is seeded: the same figures on every run.
    expect(figures).toMatchObject({ members: 400, visits: 17003, events: 44592, replayMatches: true, restoreMatches: true });
    expect(figures.refusals).toEqual({ "award NOT_ELIGIBLE": 181, "capture HOLD_EXPIRED": 159 });
    expect([figures.issued, figures.redeemed, figures.expired, figures.reversed]).toEqual([826570, 677700, 32370, 10198]);
    expect(figures.refunds).toEqual({ asked: 10198, kept: 0 });
    expect(figures.outstanding).toEqual({ available: 95154, pending: 11148, held: 0, debt: 0, total: 106302 });
    // The rollforward closes: issued − redeemed − expired − reversed = outstanding.
    expect(figures.issued - figures.redeemed - figures.expired - figures.reversed).toBe(figures.outstanding.total);
    // Gross value = points × 0.10; liability = gross × 0.7.
    expect([figures.grossValue, figures.liability]).toEqual(["10630.20", "7441.14"]);
    // Starbucks-style expiry: everything left was earned in July–December and is gone in February–July 2027.
    expect(figures.expiryMonths.map((m: { month: string }) => m.month)).toEqual(["2027-02", "2027-03", "2027-04", "2027-05", "2027-06", "2027-07"]);
    expect(figures.expiryMonths.reduce((s: number, m: { points: number }) => s + m.points, 0)).toBe(figures.outstanding.total);

    // What it prints.
    expect(out).toContain("coffee-2026: 400 members, 17,003 visits, 318 refunded lines in 2026");
    expect(out).toMatch(/capture HOLD_EXPIRED\s+159 refused/);
    expect(out).toMatch(/2026-12\s+50,924\s+48,450\s+7,552\s+972\s+117,472\s+8223\.04/);
    expect(out).toContain("rollforward      0 + 826,570 issued − 677,700 redeemed − 32,370 expired − 10,198 reversed = 106,302");
    expect(out).toContain("gross CNY 10630.20 · breakage-adjusted liability CNY 7441.14");
    expect(out).toMatch(/2027-07\s+40,930 points/);
    expect(out).toMatch(/statement of M\d{4}/);
    expect(out).toContain("replay of 44,592 events: state matches");
    expect(out).toMatch(/restore of the 2026-07-01 snapshot \(seq [\d,]+\) \+ [\d,]+ later events: state matches/);
  }, 120_000);
});
