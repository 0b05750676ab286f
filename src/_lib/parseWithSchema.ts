import type { z } from "zod";
import type { PatronageErrorCode } from "../PatronageError.js";
import { zodErrorToPatronageError } from "./zodErrorToPatronageError.js";

/**
 * Parses `input` with a zod schema and returns the parsed output, or throws a
 * {@link PatronageError} with `code` (default `INVALID_ARGUMENT`) naming the field under `root`.
 */
export function parseWithSchema<S extends z.ZodType>(
  schema: S,
  input: unknown,
  root: string,
  code: PatronageErrorCode = "INVALID_ARGUMENT",
): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw zodErrorToPatronageError(parsed.error, input, root, code);
  return parsed.data;
}
