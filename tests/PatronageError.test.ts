import { describe, expect, expectTypeOf, it } from "vitest";
import { isPatronageError } from "../src/isPatronageError.js";
import { logGamma } from "../src/math/logGamma.js";
import { normalQuantile } from "../src/math/normalQuantile.js";
import { PatronageError, type PatronageErrorCode } from "../src/PatronageError.js";

describe("PatronageError", () => {
  it("carries code, field, value and cause", () => {
    const cause = new Error("inner");
    const error = new PatronageError("INVALID_CONFIG", "program.id must be a string; received 3", {
      field: "program.id",
      value: 3,
      cause,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(PatronageError);
    expect(error.name).toBe("PatronageError");
    expect(error.code).toBe("INVALID_CONFIG");
    expect(error.field).toBe("program.id");
    expect(error.value).toBe(3);
    expect(error.cause).toBe(cause);
    expect(error.stack).toContain("PatronageError");
  });

  it("omits cause and field when not given", () => {
    const error = new PatronageError("CONFLICT", "id reused");
    expect("cause" in error).toBe(false);
    expect(error.field).toBeUndefined();
  });

  it("recognises a copy of the class from another build by its Symbol.for brand", () => {
    // What a second copy of the library (the CommonJS build, another subpath) would construct.
    const foreign = Object.assign(new Error("from another copy"), {
      code: "NOT_CONVERGED",
      [Symbol.for("patronage.PatronageError")]: true,
    });
    expect(foreign instanceof PatronageError).toBe(true);
    expect(isPatronageError(foreign, "NOT_CONVERGED")).toBe(true);
  });

  it("does not recognise look-alikes without the brand", () => {
    const lookAlike = Object.assign(new Error("x"), { code: "INVALID_ARGUMENT", name: "PatronageError" });
    expect(lookAlike instanceof PatronageError).toBe(false);
    expect(isPatronageError(lookAlike)).toBe(false);
    expect(isPatronageError(null)).toBe(false);
    expect(isPatronageError("INVALID_ARGUMENT")).toBe(false);
    expect(isPatronageError({ [Symbol.for("patronage.PatronageError")]: "yes" })).toBe(false);
  });

  it("matches its TSDoc example", () => {
    try {
      logGamma(-2);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PatronageError);
      if (error instanceof PatronageError) {
        expect(error.code).toBe("INVALID_ARGUMENT");
        expect(error.field).toBe("x");
        expect(error.message).toBe("x must be a finite number that is not zero or a negative integer; received -2");
      }
    }
  });

  it("narrows types with instanceof and isPatronageError", () => {
    const caught: unknown = new PatronageError("DUPLICATE_ID", "customerId \"a\" appears twice");
    if (isPatronageError(caught, "DUPLICATE_ID")) expectTypeOf(caught.code).toEqualTypeOf<"DUPLICATE_ID">();
    if (caught instanceof PatronageError) expectTypeOf(caught.code).toEqualTypeOf<PatronageErrorCode>();
  });
});

describe("isPatronageError", () => {
  it("matches its TSDoc example", () => {
    try {
      normalQuantile(1.5);
      expect.unreachable();
    } catch (error) {
      expect(isPatronageError(error)).toBe(true);
      expect(isPatronageError(error, "INVALID_ARGUMENT")).toBe(true);
      expect(isPatronageError(error, "CONFLICT")).toBe(false);
    }
    expect(isPatronageError(new Error("plain"))).toBe(false);
  });
});
