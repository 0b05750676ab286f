import { Decimal } from "../_lib/Decimal.js";
import { parseWithSchema } from "../_lib/parseWithSchema.js";
import { PLAIN_DECIMAL } from "../_lib/toDecimal.js";
import type { PointsCommand } from "./PointsCommand.js";
import { pointsCommandFields, reverseEarnLineFields } from "./pointsCommandFields.js";
import { pointsCommandSchema } from "./pointsCommandSchema.js";

/**
 * Parses a command exactly as `parseWithSchema(pointsCommandSchema, command, "command")` does, in
 * a fraction of the time: a hand-written reader accepts the commands it can prove valid and builds
 * the same output zod builds (same keys in the same order, the same values — the same `Date` and
 * `order` references, the canonical decimal of a line's `amount`); anything else — every invalid
 * command, and the valid ones it leaves to zod (an id of more than 200 UTF-16 units or a reason of
 * more than 500, which zod measures in code points) — goes to the zod schema, which returns its
 * output or throws its {@link index!PatronageError} `INVALID_ARGUMENT` naming the field
 * (`command.points`). So the reader never changes a result or an error; it only skips zod on the
 * common path. (Proxies and getters that answer differently on each read are outside this
 * promise: the reader may read a property a different number of times than zod.)
 *
 * The reader reads the fields as zod does: each field of the type's shape by property access
 * (a key that is present with the value `undefined` stays in the output), and every enumerable
 * key (`for…in`) must be one of them.
 *
 * @param command - the command as given to {@link PointsLedger.execute}.
 * @returns the parsed command.
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the field, from the zod schema.
 *
 * @internal
 */
export function readPointsCommand(command: unknown): PointsCommand {
  return readFast(command) ?? parseWithSchema(pointsCommandSchema, command, "command");
}

type Input = Record<string, unknown>;

/** The enumerable keys of each type, for the strict-object check. */
const KEYS: ReadonlyMap<string, ReadonlySet<string>> = /* @__PURE__ */ new Map(
  Object.entries(pointsCommandFields).map(([type, fields]) => [type, new Set(fields)]),
);
const LINE_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(reverseEarnLineFields);
const BIRTHDAY = /^\d{2}-\d{2}$/;

/** Whether every enumerable key of `value` (own or inherited, as `for…in` lists them) is in `known`. */
function onlyKnownKeys(value: object, known: ReadonlySet<string>): boolean {
  for (const key in value) if (!known.has(key)) return false;
  return true;
}

/** `identifier` (a string of 1 to 200 code points), where the length in UTF-16 units settles it. */
function isId(value: unknown): value is string {
  return typeof value === "string" && value.length >= 1 && value.length <= 200;
}

/** `reason` (a string of 1 to 500 code points), where the length in UTF-16 units settles it. */
function isReason(value: unknown): value is string {
  return typeof value === "string" && value.length >= 1 && value.length <= 500;
}

/** `points`: a safe integer ≥ 1. */
function isPoints(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 1;
}

/** `instant`: a valid `Date` or any string. */
function isInstant(value: unknown): boolean {
  return typeof value === "string" || (value instanceof Date && !Number.isNaN(value.getTime()));
}

/**
 * The parsed command when the fast reader can prove `input` valid, else `undefined` (invalid, or
 * a case left to zod). Each optional field `f` is read as zod reads it: `v = input.f`, present
 * when `v !== undefined || "f" in input`; present fields are copied, absent ones left out.
 */
function readFast(input: unknown): PointsCommand | undefined {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return undefined;
  const c = input as Input;
  const type = c["type"];
  if (typeof type !== "string") return undefined;
  const keys = KEYS.get(type);
  if (keys === undefined || !onlyKnownKeys(c, keys)) return undefined;
  const id = c["id"];
  if (!isId(id)) return undefined;
  switch (type) {
    case "earn":
      return readEarn(c, id);
    case "award":
      return readAward(c, id);
    case "redeem": {
      const memberId = c["memberId"];
      const points = c["points"];
      const reference = c["reference"];
      if (!isId(memberId) || !isPoints(points)) return undefined;
      const out: Input = { id, type, memberId, points };
      if (reference !== undefined) {
        if (!isId(reference)) return undefined;
        out["reference"] = reference;
      } else if ("reference" in c) out["reference"] = undefined;
      return out as unknown as PointsCommand;
    }
    case "hold": {
      const memberId = c["memberId"];
      const points = c["points"];
      const holdId = c["holdId"];
      const expiresAt = c["expiresAt"];
      if (!isId(memberId) || !isPoints(points)) return undefined;
      const out: Input = { id, type, memberId, points };
      if (holdId !== undefined) {
        if (!isId(holdId)) return undefined;
        out["holdId"] = holdId;
      } else if ("holdId" in c) out["holdId"] = undefined;
      if (expiresAt !== undefined) {
        if (!isInstant(expiresAt)) return undefined;
        out["expiresAt"] = expiresAt;
      } else if ("expiresAt" in c) out["expiresAt"] = undefined;
      return out as unknown as PointsCommand;
    }
    case "capture":
    case "release": {
      const holdId = c["holdId"];
      const points = c["points"];
      if (!isId(holdId)) return undefined;
      const out: Input = { id, type, holdId };
      if (points !== undefined) {
        if (!isPoints(points)) return undefined;
        out["points"] = points;
      } else if ("points" in c) out["points"] = undefined;
      return out as unknown as PointsCommand;
    }
    case "reverseEarn":
      return readReverseEarn(c, id);
    case "reverseRedemption": {
      const redemptionId = c["redemptionId"];
      const points = c["points"];
      const expiredLots = c["expiredLots"];
      if (!isId(redemptionId)) return undefined;
      const out: Input = { id, type, redemptionId };
      if (points !== undefined) {
        if (!isPoints(points)) return undefined;
        out["points"] = points;
      } else if ("points" in c) out["points"] = undefined;
      if (expiredLots !== undefined) {
        if (expiredLots !== "reissue" && expiredLots !== "forfeit" && expiredLots !== "reject") return undefined;
        out["expiredLots"] = expiredLots;
      } else if ("expiredLots" in c) out["expiredLots"] = undefined;
      return out as unknown as PointsCommand;
    }
    case "adjust": {
      const memberId = c["memberId"];
      const points = c["points"];
      const reason = c["reason"];
      // z.int().min(-MAX_SAFE_INTEGER).max(MAX_SAFE_INTEGER), ≠ 0 (so not -0 either).
      if (!isId(memberId) || typeof points !== "number" || !Number.isSafeInteger(points) || points === 0 || !isReason(reason)) return undefined;
      return { id, type, memberId, points, reason } as PointsCommand;
    }
    case "transfer": {
      const from = c["from"];
      const to = c["to"];
      const points = c["points"];
      if (!isId(from) || !isId(to) || !isPoints(points) || from === to) return undefined;
      return { id, type, from, to, points } as PointsCommand;
    }
    default: {
      // expire, activate
      const memberId = c["memberId"];
      const out: Input = { id, type };
      if (memberId !== undefined) {
        if (!isId(memberId)) return undefined;
        out["memberId"] = memberId;
      } else if ("memberId" in c) out["memberId"] = undefined;
      return out as unknown as PointsCommand;
    }
  }
}

function readEarn(c: Input, id: string): PointsCommand | undefined {
  const memberId = c["memberId"];
  const order = c["order"];
  const points = c["points"];
  const orderId = c["orderId"];
  const tier = c["tier"];
  const category = c["category"];
  if (!isId(memberId)) return undefined;
  // The schema's refinements: an order or explicit points, not both and not neither; orderId and
  // category only with explicit points.
  if ((order === undefined) === (points === undefined)) return undefined;
  if (order !== undefined && (orderId !== undefined || category !== undefined)) return undefined;
  const out: Input = { id, type: "earn", memberId };
  // `order` is z.unknown(): any value passes, the same reference.
  if (order !== undefined || "order" in c) out["order"] = order;
  if (points !== undefined) {
    if (!isPoints(points)) return undefined;
    out["points"] = points;
  } else if ("points" in c) out["points"] = undefined;
  if (orderId !== undefined) {
    if (!isId(orderId)) return undefined;
    out["orderId"] = orderId;
  } else if ("orderId" in c) out["orderId"] = undefined;
  if (tier !== undefined) {
    if (!isId(tier)) return undefined;
    out["tier"] = tier;
  } else if ("tier" in c) out["tier"] = undefined;
  if (category !== undefined) {
    if (!isId(category)) return undefined;
    out["category"] = category;
  } else if ("category" in c) out["category"] = undefined;
  return out as unknown as PointsCommand;
}

function readAward(c: Input, id: string): PointsCommand | undefined {
  const memberId = c["memberId"];
  const event = c["event"];
  const role = c["role"];
  const birthday = c["birthday"];
  const tier = c["tier"];
  const channel = c["channel"];
  const points = c["points"];
  const reason = c["reason"];
  const category = c["category"];
  if (!isId(memberId)) return undefined;
  // The schema's refinements: an event or goodwill points, not both and not neither; a reason with
  // goodwill points; reason and category only with goodwill points.
  if ((event === undefined) === (points === undefined)) return undefined;
  if (points !== undefined && reason === undefined) return undefined;
  if (event !== undefined && (reason !== undefined || category !== undefined)) return undefined;
  const out: Input = { id, type: "award", memberId };
  if (event !== undefined) {
    if (!isId(event)) return undefined;
    out["event"] = event;
  } else if ("event" in c) out["event"] = undefined;
  if (role !== undefined) {
    if (role !== "referrer" && role !== "referee") return undefined;
    out["role"] = role;
  } else if ("role" in c) out["role"] = undefined;
  if (birthday !== undefined) {
    if (typeof birthday !== "string" || !BIRTHDAY.test(birthday)) return undefined;
    out["birthday"] = birthday;
  } else if ("birthday" in c) out["birthday"] = undefined;
  if (tier !== undefined) {
    if (!isId(tier)) return undefined;
    out["tier"] = tier;
  } else if ("tier" in c) out["tier"] = undefined;
  if (channel !== undefined) {
    if (!isId(channel)) return undefined;
    out["channel"] = channel;
  } else if ("channel" in c) out["channel"] = undefined;
  if (points !== undefined) {
    if (!isPoints(points)) return undefined;
    out["points"] = points;
  } else if ("points" in c) out["points"] = undefined;
  if (reason !== undefined) {
    if (!isReason(reason)) return undefined;
    out["reason"] = reason;
  } else if ("reason" in c) out["reason"] = undefined;
  if (category !== undefined) {
    if (!isId(category)) return undefined;
    out["category"] = category;
  } else if ("category" in c) out["category"] = undefined;
  return out as unknown as PointsCommand;
}

function readReverseEarn(c: Input, id: string): PointsCommand | undefined {
  const orderId = c["orderId"];
  const lines = c["lines"];
  const points = c["points"];
  if (!isId(orderId)) return undefined;
  // The schema's refinement: lines or points, not both.
  if (lines !== undefined && points !== undefined) return undefined;
  const out: Input = { id, type: "reverseEarn", orderId };
  if (lines !== undefined) {
    const parsed = readLines(lines);
    if (parsed === undefined) return undefined;
    out["lines"] = parsed;
  } else if ("lines" in c) out["lines"] = undefined;
  if (points !== undefined) {
    if (!isPoints(points)) return undefined;
    out["points"] = points;
  } else if ("points" in c) out["points"] = undefined;
  return out as unknown as PointsCommand;
}

/** The refunded lines: an array of at least one strict `{ lineId, amount? }`, each copied. */
function readLines(lines: unknown): Input[] | undefined {
  if (!Array.isArray(lines) || lines.length < 1) return undefined;
  const out: Input[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line: unknown = lines[i];
    if (typeof line !== "object" || line === null || Array.isArray(line) || !onlyKnownKeys(line, LINE_KEYS)) return undefined;
    const lineId = (line as Input)["lineId"];
    const amount = (line as Input)["amount"];
    if (!isId(lineId)) return undefined;
    const parsed: Input = { lineId };
    if (amount !== undefined) {
      const canonical = readAmount(amount);
      if (canonical === undefined) return undefined;
      parsed["amount"] = canonical;
    } else if ("amount" in line) parsed["amount"] = undefined;
    out.push(parsed);
  }
  return out;
}

/**
 * `nonNegativeDecimal` of schemaPieces, step by step: a plain-notation decimal string or a finite
 * number, kept as `new Decimal(value).toFixed()`, which must be ≥ 0.
 */
function readAmount(amount: unknown): string | undefined {
  let value: string | number;
  if (typeof amount === "string") {
    if (!PLAIN_DECIMAL.test(amount)) return undefined;
    value = amount;
  } else if (typeof amount === "number" && Number.isFinite(amount)) {
    value = amount;
  } else {
    return undefined;
  }
  const canonical = new Decimal(value).toFixed();
  return new Decimal(canonical).gte(0) ? canonical : undefined;
}
