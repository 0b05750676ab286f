import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

// examples/tiers-and-points.ts imports "patronage/points" and "patronage/tiers" as an application
// would; vitest does not map the package's subpaths, so its main function runs under tsx (which
// reads the paths of tsconfig.json), and the figures come back as JSON.
const root = resolve(import.meta.dirname, "../..");

describe("examples/tiers-and-points.ts", () => {
  it("feeds each member's tier into the earning rules, and the stars earned back into the tiers", () => {
    const code = 'const m = await import("./examples/tiers-and-points.ts"); console.log("FIGURES " + JSON.stringify(m.main()));';
    const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { cwd: root, encoding: "utf8" });
    const figures = JSON.parse(/^FIGURES (.*)$/m.exec(out)![1]!);
    expect(figures.tiers).toEqual({ ana: "reserve", ben: "gold", cai: "gold" });
    expect(figures.distribution).toBe("green 0, gold 2, reserve 1");
    // ana reaches Gold with her third order (120 + 180 + 260 = 560 stars); the fourth ($90) earns 1.2 a dollar
    expect(figures.firstGoldOrder).toEqual({ member: "ana", order: 3, stars: 108 });
    // ana: 560 as Green, 1,900 dollars × 1.2 as Gold (Reserve after December's order: 2,840 stars), 820 dollars × 1.7 as Reserve
    expect(figures.stars).toEqual({ ana: 560 + 2280 + 680 + 714, ben: 545, cai: 1059 });
  });
});
