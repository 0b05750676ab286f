import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseWithSchema } from "../../src/_lib/parseWithSchema.js";
import { PatronageError } from "../../src/PatronageError.js";

const program = z.object({
  id: z.string().min(1),
  earnRules: z.array(z.object({ points: z.number().int().positive(), per: z.string() })),
});

describe("parseWithSchema", () => {
  it("returns the parsed value", () => {
    const input = { id: "p", earnRules: [{ points: 1, per: "15" }] };
    expect(parseWithSchema(program, input, "program", "INVALID_CONFIG")).toEqual(input);
  });

  it("names the path and the value received, keeps the zod error as cause", () => {
    const input = { id: "p", earnRules: [{ points: 1, per: "15" }, { points: -2, per: "10" }] };
    try {
      parseWithSchema(program, input, "program", "INVALID_CONFIG");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PatronageError);
      const e = error as PatronageError;
      expect(e.code).toBe("INVALID_CONFIG");
      expect(e.field).toBe("program.earnRules[1].points");
      expect(e.value).toBe(-2);
      expect(e.message).toMatch(/^program\.earnRules\[1\]\.points: .+; received -2 at program\.earnRules\[1\]\.points$/);
      expect(e.cause).toBeInstanceOf(z.ZodError);
    }
  });

  it("lists every issue and defaults to INVALID_ARGUMENT", () => {
    expect(() => parseWithSchema(program, { id: "", earnRules: "x" }, "options")).toThrow(
      expect.objectContaining({
        code: "INVALID_ARGUMENT",
        field: "options.id",
        message: expect.stringMatching(/options\.id: .+; options\.earnRules: .+; received "" at options\.id/),
      }),
    );
  });

  it("handles a failure at the root and a path through a non-object", () => {
    expect(() => parseWithSchema(program, 42, "program")).toThrow(
      expect.objectContaining({ field: "program", value: 42 }),
    );
    expect(() => parseWithSchema(program, { id: "p", earnRules: [null] }, "program")).toThrow(
      expect.objectContaining({ field: "program.earnRules[0]", value: null }),
    );
  });
});
