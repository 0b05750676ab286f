import { invalidArgument } from "../_lib/invalidArgument.js";
import { readInstant } from "../_lib/readInstant.js";
import type { ZoneCalendar } from "../_lib/ZoneCalendar.js";
import type { TierActivityRow, TierOverride } from "./TierActivity.js";
import { TierClock } from "./TierClock.js";
import { readTierActivity } from "./readTierActivity.js";
import { readTierProgram, tierCalendar } from "./readTierProgram.js";
import type { TierProgram } from "./TierProgram.js";
import type { TierProgramInput } from "./TierProgramInput.js";
import { tierLadder, TierSimulation } from "./TierSimulation.js";

/** An override, read: instants in ms (`until` +∞ when open-ended). @internal */
export interface ReadOverride {
  readonly mode: "grant" | "lock";
  readonly tierId: string | undefined;
  readonly from: number;
  readonly until: number;
  readonly reason: string;
}

/** What the tier functions share once their inputs are read. @internal */
export interface TierInputs {
  readonly program: TierProgram;
  readonly calendar: ZoneCalendar;
  readonly joinedAt: number;
  readonly simulation: TierSimulation;
  readonly overrides: readonly ReadOverride[];
}

/**
 * Reads the programme (`INVALID_CONFIG`), `options.joinedAt`, the activity and the overrides
 * (`INVALID_ARGUMENT` naming `activity[i].…`, `options.…`) and sets up the member's simulation.
 *
 * @internal
 */
export function readTierInputs(
  programInput: TierProgramInput | TierProgram,
  activity: readonly TierActivityRow[],
  options: { readonly joinedAt: Date | string; readonly overrides?: readonly TierOverride[] | undefined },
): TierInputs {
  const program = readTierProgram(programInput);
  if (typeof options !== "object" || options === null) throw invalidArgument("options", options, "an options object with joinedAt");
  const calendar = tierCalendar(program);
  const joinedAt = readInstant(options.joinedAt, calendar, "options.joinedAt");
  const rows = readTierActivity(program, calendar, activity, joinedAt, "activity");
  const ladder = tierLadder(program, rows.scales, rows.metrics, () => "activity");
  const simulation = new TierSimulation(program, new TierClock(program, calendar, joinedAt), rows, ladder).reset(0, rows.at.length, joinedAt);
  return { program, calendar, joinedAt, simulation, overrides: readOverrides(program, calendar, joinedAt, options.overrides ?? []) };
}

function readOverrides(program: TierProgram, calendar: ZoneCalendar, joinedAt: number, overrides: readonly TierOverride[]): ReadOverride[] {
  if (!Array.isArray(overrides)) throw invalidArgument("options.overrides", overrides, "an array of overrides");
  const read = overrides.map((o, i): ReadOverride => {
    const field = `options.overrides[${i}]`;
    if (typeof o !== "object" || o === null) throw invalidArgument(field, o, "an override object");
    if (o.mode !== "grant" && o.mode !== "lock") throw invalidArgument(`${field}.mode`, o.mode, '"grant" or "lock"');
    if (o.mode === "grant" && !program.tiers.some((t) => t.id === o.tierId)) {
      throw invalidArgument(`${field}.tierId`, o.tierId, `one of the programme's tiers (${program.tiers.map((t) => JSON.stringify(t.id)).join(", ")})`);
    }
    if (o.mode === "lock" && o.tierId !== undefined) throw invalidArgument(`${field}.tierId`, o.tierId, "nothing: a lock keeps the tier held at its start");
    if (typeof o.reason !== "string" || o.reason.trim() === "") throw invalidArgument(`${field}.reason`, o.reason, "a reason");
    const from = readInstant(o.from, calendar, `${field}.from`);
    if (from < joinedAt) throw invalidArgument(`${field}.from`, o.from, `an instant no earlier than joinedAt (${new Date(joinedAt).toISOString()})`);
    const until = o.until === undefined ? Number.POSITIVE_INFINITY : readInstant(o.until, calendar, `${field}.until`);
    if (!(until > from)) throw invalidArgument(`${field}.until`, o.until, `an instant after from (${new Date(from).toISOString()})`);
    return { mode: o.mode, tierId: o.tierId, from, until, reason: o.reason };
  });
  return read.sort((a, b) => a.from - b.from);
}
