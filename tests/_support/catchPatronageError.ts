import { expect } from "vitest";
import { PatronageError } from "../../src/PatronageError.js";

/**
 * Runs `run`, asserts it threw a {@link PatronageError} with the given code and field (and message,
 * when given), and returns the error for further checks.
 */
export function catchPatronageError(
  run: () => unknown,
  expected: { readonly code: string; readonly field: string; readonly message?: string | RegExp },
): PatronageError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(PatronageError);
  const error = caught as PatronageError;
  expect(error.code).toBe(expected.code);
  expect(error.field).toBe(expected.field);
  if (typeof expected.message === "string") expect(error.message).toBe(expected.message);
  else if (expected.message !== undefined) expect(error.message).toMatch(expected.message);
  return error;
}
