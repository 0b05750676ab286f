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
    expect(out).toContain("INVALID_ARGUMENT (field \"p\")");
  }, 60_000);
});
