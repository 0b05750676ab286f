import type { z } from "zod";
import { PatronageError, type PatronageErrorCode } from "../PatronageError.js";
import { describeValue } from "./describeValue.js";

function formatPath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const key of path) {
    out += typeof key === "number" ? `[${key}]` : `.${String(key)}`;
  }
  return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Translates a zod error into a {@link PatronageError}: the first issue names the field (as a path
 * under `root`) and the value received; every issue is listed in the message; the zod error is the
 * `cause`.
 */
export function zodErrorToPatronageError(
  error: z.core.$ZodError,
  input: unknown,
  root: string,
  code: PatronageErrorCode,
): PatronageError {
  const [first] = error.issues;
  const path = first?.path ?? [];
  const field = formatPath(root, path);
  const value = valueAt(input, path);
  const details = error.issues.map((issue) => `${formatPath(root, issue.path)}: ${issue.message}`).join("; ");
  return new PatronageError(code, `${details}; received ${describeValue(value)} at ${field}`, {
    cause: error,
    field,
    value,
  });
}
