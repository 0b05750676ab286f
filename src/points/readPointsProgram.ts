import { deepFreeze } from "../_lib/deepFreeze.js";
import { parseWithSchema } from "../_lib/parseWithSchema.js";
import { ZoneCalendar } from "../_lib/ZoneCalendar.js";
import type { PointsProgram, PointsProgramInput } from "./PointsProgram.js";
import { pointsProgramSchema } from "./pointsProgramSchema.js";

/** A parsed programme and the calendar of its time zone. @internal */
export interface ProgramContext {
  readonly program: PointsProgram;
  readonly calendar: ZoneCalendar;
}

const cache = /* @__PURE__ */ new WeakMap<object, ProgramContext>();

/**
 * Parses a programme with {@link pointsProgramSchema} (throwing `INVALID_CONFIG` naming
 * `program.…`), once per object: the result is cached by identity, so the caller must not mutate a
 * programme it has passed in. The parsed programme is deep-frozen.
 *
 * @internal
 */
export function readPointsProgram(input: PointsProgramInput | PointsProgram): ProgramContext {
  if (typeof input === "object" && input !== null) {
    const cached = cache.get(input);
    if (cached !== undefined) return cached;
  }
  const program = deepFreeze(parseWithSchema(pointsProgramSchema, input, "program", "INVALID_CONFIG"));
  const context: ProgramContext = { program, calendar: new ZoneCalendar(program.timeZone, "program.timeZone") };
  cache.set(input as object, context);
  cache.set(program, context);
  return context;
}
