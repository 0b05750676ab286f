import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Builds the package, packs it as npm would publish it, installs the tarball in a scratch
// consumer project, and loads it there with require() and with import.
const root = resolve(import.meta.dirname, "../..");
let consumer = "";

function run(file: string, source: string): string {
  const path = join(consumer, file);
  writeFileSync(path, source);
  return execFileSync(process.execPath, [path], { cwd: consumer, encoding: "utf8" }).trim();
}

beforeAll(() => {
  consumer = mkdtempSync(join(tmpdir(), "patronage-consumer-"));
  execFileSync("npx", ["tsup", "--silent"], { cwd: root, stdio: "pipe" });
  const packed = execFileSync("npm", ["pack", "--silent", "--pack-destination", consumer], { cwd: root, encoding: "utf8" });
  const tarball = join(consumer, packed.trim().split("\n").pop() as string);
  const modules = join(consumer, "node_modules");
  mkdirSync(join(modules, "patronage"), { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", join(modules, "patronage"), "--strip-components=1"]);
  for (const dependency of ["decimal.js", "zod"]) {
    symlinkSync(join(root, "node_modules", dependency), join(modules, dependency), "dir");
  }
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true }));
}, 120_000);

afterAll(() => {
  if (consumer) rmSync(consumer, { recursive: true, force: true });
});

describe("the published package", () => {
  it("ships only dist, with ESM, CommonJS and both kinds of types for every entry", () => {
    const files = readdirSync(join(consumer, "node_modules/patronage/dist"), { recursive: true }).map(String);
    for (const entry of ["index", "math/index", "value/index", "models/index", "satisfaction/index", "loyalty/index", "points/index", "tiers/index"]) {
      for (const extension of [".js", ".cjs", ".d.ts", ".d.cts"]) expect(files).toContain(`${entry}${extension}`);
    }
    const top = readdirSync(join(consumer, "node_modules/patronage")).sort();
    expect(top).toEqual(["LICENSE", "README.md", "dist", "package.json"]);
  });

  it("loads with require() from CommonJS", () => {
    const out = run(
      "main.cjs",
      `const math = require("patronage/math");
       const root = require("patronage");
       const { BgNbd } = require("patronage/models");
       const { retentionClv } = require("patronage/value");
       const model = new BgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
       console.log(JSON.stringify([math.logGamma(5), root.normalCdf(0), typeof root.PatronageError,
         model.expectedPurchases(39).toFixed(4), retentionClv({ margin: 100, retentionRate: 0.9, discountRate: 0.12, timing: "end" })]));`,
    );
    expect(JSON.parse(out)).toEqual([3.1780538303479458, 0.5, "function", "1.1967", "409.09"]);
  });

  it("loads with import from ESM", () => {
    const out = run(
      "main.mjs",
      `import { logGamma } from "patronage/math";
       import { normalCdf, PatronageError, BgNbd as RootBgNbd } from "patronage";
       import { BgNbd } from "patronage/models";
       import { summarizeTransactions } from "patronage/value";
       const { summaries } = summarizeTransactions([{ customerId: "a", at: "2025-01-01" }], { observationEnd: "2025-01-08", timeUnit: "week" });
       console.log(JSON.stringify([logGamma(5), normalCdf(0), typeof PatronageError, RootBgNbd === BgNbd, summaries[0].T]));`,
    );
    expect(JSON.parse(out)).toEqual([3.1780538303479458, 0.5, "function", true, 1]);
  });

  it("keeps instanceof PatronageError across the ESM and CommonJS builds and across subpaths", () => {
    const out = run(
      "cross.mjs",
      `import { createRequire } from "node:module";
       import { PatronageError, isPatronageError } from "patronage";
       const require = createRequire(import.meta.url);
       const cjsMath = require("patronage/math");
       const cjsRoot = require("patronage");
       let caught;
       try { cjsMath.logGamma(0); } catch (error) { caught = error; }
       console.log(JSON.stringify([
         caught instanceof PatronageError,
         isPatronageError(caught, "INVALID_ARGUMENT"),
         caught instanceof cjsRoot.PatronageError,
         cjsRoot.PatronageError === PatronageError,
       ]));`,
    );
    expect(JSON.parse(out)).toEqual([true, true, true, false]);
  });
});
