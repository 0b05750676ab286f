import { deepFreeze } from "../_lib/deepFreeze.js";
import { parseWithSchema } from "../_lib/parseWithSchema.js";
import { ZoneCalendar } from "../_lib/ZoneCalendar.js";
import type { TierProgram } from "./TierProgram.js";
import type { TierProgramInput } from "./TierProgramInput.js";
import { tierProgramSchema } from "./tierProgramSchema.js";

const cache = /* @__PURE__ */ new WeakMap<object, TierProgram>();
const calendars = /* @__PURE__ */ new WeakMap<TierProgram, ZoneCalendar>();

/** The calendar of a parsed programme's time zone, made once per programme (it caches the zone's offsets). @internal */
export function tierCalendar(program: TierProgram): ZoneCalendar {
  let calendar = calendars.get(program);
  if (calendar === undefined) calendars.set(program, (calendar = new ZoneCalendar(program.timeZone, "program.timeZone")));
  return calendar;
}

/**
 * Parses a tier programme with {@link tierProgramSchema} (throwing `INVALID_CONFIG` naming
 * `program.…`), once per object: the result is cached by identity, so the caller must not mutate a
 * programme it has passed in. The parsed programme is deep-frozen.
 *
 * @internal
 */
export function readTierProgram(input: TierProgramInput | TierProgram): TierProgram {
  if (typeof input === "object" && input !== null) {
    const cached = cache.get(input);
    if (cached !== undefined) return cached;
  }
  const program = deepFreeze(parseWithSchema(tierProgramSchema, input, "program", "INVALID_CONFIG"));
  cache.set(input as object, program);
  cache.set(program, program);
  return program;
}
