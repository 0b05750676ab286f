import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { benchCommands } from "../../bench/pointsWorkload.js";
import { parseWithSchema } from "../../src/_lib/parseWithSchema.js";
import { PatronageError } from "../../src/PatronageError.js";
import type { PointsCommand } from "../../src/points/PointsCommand.js";
import { pointsCommandFields, reverseEarnLineFields } from "../../src/points/pointsCommandFields.js";
import { pointsCommandSchema } from "../../src/points/pointsCommandSchema.js";
import { readPointsCommand } from "../../src/points/readPointsCommand.js";

type Type = PointsCommand["type"];
const TYPES = Object.keys(pointsCommandFields) as Type[];

/** The result of a parse: the output, or the error thrown. */
type Result = { ok: true; value: unknown } | { ok: false; error: unknown };

function attempt(parse: () => unknown): Result {
  try {
    return { ok: true, value: parse() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** The zod schema's own answer, as `PointsLedger.execute` got it before the fast reader. */
const bySchema = (input: unknown): Result => attempt(() => parseWithSchema(pointsCommandSchema, input, "command"));
const byReader = (input: unknown): Result => attempt(() => readPointsCommand(input));

/**
 * Both parses agree: the same output (deeply, with the same keys in the same order, `undefined`
 * members included, and the same references for `order` and `Date`s), or the same error (class,
 * code, field, value and message).
 */
function expectSame(input: unknown): Result {
  const expected = bySchema(input);
  const actual = byReader(input);
  if (expected.ok) {
    expect(actual).toStrictEqual(expected);
    if (actual.ok) {
      const out = actual.value as Record<string, unknown>;
      const ref = expected.value as Record<string, unknown>;
      expect(Object.keys(out)).toEqual(Object.keys(ref));
      if (Array.isArray(ref["lines"])) {
        (ref["lines"] as Record<string, unknown>[]).forEach((line, i) => {
          expect(Object.keys((out["lines"] as Record<string, unknown>[])[i] as object)).toEqual(Object.keys(line));
        });
      }
      for (const key of ["order", "expiresAt"]) if (key in ref) expect(out[key]).toBe(ref[key]);
    }
  } else {
    expect(actual.ok).toBe(false);
    if (!actual.ok) {
      const e = expected.error as PatronageError;
      const a = actual.error as PatronageError;
      expect(a).toBeInstanceOf(PatronageError);
      expect(e).toBeInstanceOf(PatronageError);
      expect(a.code).toBe(e.code);
      expect(a.field).toBe(e.field);
      expect(a.message).toBe(e.message);
      expect(Object.is(a.value, e.value)).toBe(true);
    }
  }
  return expected;
}

// Values that pass or fail each field, with the edges of the schema: lengths in code points
// (a string of 150 astral characters is 300 UTF-16 units), safe integers, -0, NaN.
const ASTRAL = "\u{1F600}";
const idValid = fc.oneof(
  { weight: 8, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(200), ASTRAL.repeat(150), ASTRAL.repeat(200), "\ud800", "a\u0000b") },
);
const idInvalid = fc.constantFrom("", "x".repeat(201), ASTRAL.repeat(201), 5, null, true, {}, ["a"], new String("a"));
const pointsValid = fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.constant(Number.MAX_SAFE_INTEGER));
const pointsInvalid = fc.constantFrom(0, -0, -3, 1.5, Number.NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 1, 2 ** 60, "5", null, 5n);
const adjustValid = fc.oneof(pointsValid, fc.integer({ min: -1000, max: -1 }), fc.constant(-Number.MAX_SAFE_INTEGER));
const adjustInvalid = fc.constantFrom(0, -0, 0.5, -Number.MAX_SAFE_INTEGER - 2, Number.NaN, "-3");
const reasonValid = fc.oneof(fc.string({ minLength: 1, maxLength: 10 }), fc.constantFrom("r".repeat(500), ASTRAL.repeat(300)));
const reasonInvalid = fc.constantFrom("", "r".repeat(501), ASTRAL.repeat(501), 7);
const instantValid = fc.oneof(
  fc.date({ noInvalidDate: true }),
  fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }).map((d) => d.toISOString()),
  fc.string(),
);
const instantInvalid = fc.constantFrom(new Date(Number.NaN), 5, null, {});
const amountValid = fc.oneof(
  fc.constantFrom("12.50", "0", "-0", "+5", ".5", "5.", "0.000", "007.10", 3.5, 0, -0, 1e21, 0.1),
  fc.integer({ min: 0, max: 10_000 }).map((n) => (n / 100).toFixed(2)),
);
const amountInvalid = fc.constantFrom("-1", -2, "1e5", "abc", Number.NaN, Infinity, null, "", " 5", "1,5");
const lineValid = fc.record({ lineId: idValid, amount: amountValid }, { requiredKeys: ["lineId"] });
const lineInvalid = fc.oneof(
  fc.record({ lineId: idInvalid }),
  fc.record({ lineId: idValid, amount: amountInvalid }),
  fc.record({ lineId: idValid, extra: fc.anything() }),
  fc.constantFrom(null, "l1", [{ lineId: "1" }]),
);
const linesValid = fc.array(fc.oneof({ weight: 6, arbitrary: lineValid }, { weight: 1, arbitrary: fc.constant({ lineId: "u", amount: undefined }) }), {
  minLength: 1,
  maxLength: 3,
});
const linesInvalid = fc.oneof(
  fc.constantFrom([], "lines", {}, [undefined]),
  fc.tuple(lineValid, lineInvalid).map(([a, b]) => [a, b]),
);
const orderValue = fc.oneof(
  fc.constant({ orderId: "o1", lines: [{ lineId: "1", amount: "12.50", category: "coffee" }] }),
  fc.anything(),
);

function field(name: string, type: Type): { valid: fc.Arbitrary<unknown>; invalid: fc.Arbitrary<unknown> } {
  switch (name) {
    case "points":
      return type === "adjust" ? { valid: adjustValid, invalid: adjustInvalid } : { valid: pointsValid, invalid: pointsInvalid };
    case "reason":
      return { valid: reasonValid, invalid: reasonInvalid };
    case "role":
      return { valid: fc.constantFrom("referrer", "referee"), invalid: fc.constantFrom("friend", 1, "Referrer") };
    case "birthday":
      return { valid: fc.constantFrom("03-14", "12-31", "99-99"), invalid: fc.constantFrom("3-14", "03-14\n", "0314", 314, "\u0660\u0663-\u0661\u0664") };
    case "expiredLots":
      return { valid: fc.constantFrom("reissue", "forfeit", "reject"), invalid: fc.constantFrom("keep", 0) };
    case "expiresAt":
      return { valid: instantValid, invalid: instantInvalid };
    case "order":
      return { valid: orderValue, invalid: orderValue };
    case "lines":
      return { valid: linesValid, invalid: linesInvalid };
    default:
      return { valid: idValid, invalid: idInvalid };
  }
}

type Presence = "valid" | "invalid" | "absent" | "undefined";
const presence = (required: boolean): fc.Arbitrary<Presence> =>
  fc.oneof(
    { weight: required ? 60 : 6, arbitrary: fc.constant<Presence>("valid") },
    { weight: 1, arbitrary: fc.constant<Presence>("invalid") },
    { weight: required ? 1 : 8, arbitrary: fc.constant<Presence>("absent") },
    { weight: required ? 1 : 2, arbitrary: fc.constant<Presence>("undefined") },
  );
/** The fields that every command of a type must have. */
const REQUIRED = new Set(["id", "memberId", "holdId", "orderId", "redemptionId", "from", "to", "reason", "points"]);
const isRequired = (type: Type, name: string): boolean =>
  name === "id" ||
  (REQUIRED.has(name) &&
    !(type === "earn" && name !== "memberId") &&
    !(type === "award" && name !== "memberId") &&
    !(name === "points" && ["capture", "release", "reverseEarn", "reverseRedemption"].includes(type)) &&
    !(name === "memberId" && (type === "expire" || type === "activate")));

type Container = "plain" | "nullPrototype" | "inherited" | "nonEnumerable" | "protoKey";

/** A command of `type` (or of a wrong `type`), its fields valid, invalid, absent or `undefined`, in any key order, sometimes with an extra key. */
const commandArb: fc.Arbitrary<unknown> = fc.constantFrom(...TYPES).chain((type) => {
  const names = (pointsCommandFields[type] as readonly string[]).filter((name) => name !== "type");
  return fc
    .record({
      presences: fc.tuple(...names.map((name) => presence(isRequired(type, name)))),
      valid: fc.tuple(...names.map((name) => field(name, type).valid)),
      invalid: fc.tuple(...names.map((name) => field(name, type).invalid)),
      typeValue: fc.oneof({ weight: 12, arbitrary: fc.constant<unknown>(type) }, { weight: 1, arbitrary: fc.constantFrom<unknown>("nope", "toString", "__proto__", 5, undefined, "Earn") }),
      extra: fc.oneof(
        { weight: 10, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.tuple(fc.constantFrom("extra", "memberid", "lines", "order", "points", "constructor", "0", ""), fc.anything()) },
      ),
      sortKeys: fc.array(fc.integer(), { minLength: names.length + 2, maxLength: names.length + 2 }),
      container: fc.oneof(
        { weight: 20, arbitrary: fc.constant<Container>("plain") },
        { weight: 1, arbitrary: fc.constantFrom<Container>("nullPrototype", "inherited", "nonEnumerable", "protoKey") },
      ),
    })
    .map(({ presences, valid, invalid, typeValue, extra, sortKeys, container }) => {
      const entries: [string, unknown][] = [["type", typeValue]];
      names.forEach((name, i) => {
        const p = presences[i] as Presence;
        if (p === "valid") entries.push([name, valid[i]]);
        else if (p === "invalid") entries.push([name, invalid[i]]);
        else if (p === "undefined") entries.push([name, undefined]);
      });
      if (extra !== null) entries.push(extra);
      const order = entries.map((entry, i) => ({ entry, key: sortKeys[i] ?? 0 })).sort((a, b) => a.key - b.key);
      const out: Record<string, unknown> = container === "nullPrototype" ? Object.create(null) : {};
      for (const { entry } of order) out[entry[0]] = entry[1];
      if (container === "inherited" && order.length > 0) {
        // The last member comes from the prototype: zod and for…in both see it.
        const [name, value] = (order[order.length - 1] as { entry: [string, unknown] }).entry;
        delete out[name];
        return Object.assign(Object.create({ [name]: value }), out);
      }
      if (container === "nonEnumerable" && order.length > 0) {
        const [name, value] = (order[0] as { entry: [string, unknown] }).entry;
        Object.defineProperty(out, name, { value, enumerable: false });
      }
      if (container === "protoKey") Object.defineProperty(out, "__proto__", { value: {}, enumerable: true });
      return out;
    });
});

const nonObjects = fc.constantFrom<unknown>(null, undefined, 5, "earn", [], [{ id: "c", type: "expire" }], new Date(0), () => 1);

describe("readPointsCommand", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("lists the fields of each command type in the order of the schema's shapes", () => {
    const options = (pointsCommandSchema as unknown as { options: { shape: Record<string, { options?: unknown }> }[] }).options;
    expect(options).toHaveLength(TYPES.length);
    for (const option of options) {
      const shape = option.shape as Record<string, { _zod: { def: { values?: unknown[] } } }>;
      const type = (shape["type"]?._zod.def.values as string[])[0] as Type;
      expect(Object.keys(shape)).toEqual(pointsCommandFields[type]);
    }
    const reverseEarn = options.find((o) => (o.shape as Record<string, { _zod: { def: { values?: unknown[] } } }>)["type"]?._zod.def.values?.[0] === "reverseEarn");
    const lines = (reverseEarn?.shape as Record<string, { unwrap(): { element: { shape: object } } }>)["lines"];
    expect(Object.keys(lines?.unwrap().element.shape ?? {})).toEqual(reverseEarnLineFields);
  });

  it("parses and rejects every generated command exactly as the zod schema does", () => {
    let valid = 0;
    let invalid = 0;
    fc.assert(
      fc.property(fc.oneof({ weight: 30, arbitrary: commandArb }, { weight: 1, arbitrary: nonObjects }), (input) => {
        if (expectSame(input).ok) valid++;
        else invalid++;
      }),
      { seed: 20261122, numRuns: 10_000 },
    );
    // Both outcomes are well represented.
    expect(valid).toBeGreaterThan(2_500);
    expect(invalid).toBeGreaterThan(2_500);
  });

  it("agrees with the schema on hand-picked edges", () => {
    const d = new Date("2026-03-14T02:00:00Z");
    const inputs: unknown[] = [
      { id: "c", type: "earn", memberId: "m", points: 5, orderId: "o", category: "bonus", tier: "gold" },
      { id: "c", type: "earn", memberId: "m", order: { orderId: "o", lines: [] }, orderId: "o" },
      { id: "c", type: "earn", memberId: "m", order: null },
      { id: "c", type: "earn", memberId: "m", order: undefined, points: 3 },
      { id: "c", type: "earn", memberId: "m" },
      { id: "c", type: "award", memberId: "m", event: "signup", role: "referee", birthday: "03-14", channel: "app" },
      { id: "c", type: "award", memberId: "m", points: 5 },
      { id: "c", type: "award", memberId: "m", event: "signup", reason: "why" },
      { id: "c", type: "award", memberId: "m", event: "signup", category: "x" },
      { id: "c", type: "hold", memberId: "m", points: 5, holdId: "h", expiresAt: d },
      { id: "c", type: "hold", memberId: "m", points: 5, expiresAt: "2026-03-14" },
      { id: "c", type: "hold", memberId: "m", points: 5, expiresAt: new Date(Number.NaN) },
      { id: "c", type: "reverseEarn", orderId: "o", lines: [{ lineId: "1", amount: "29.90" }, { lineId: "2", amount: 3 }] },
      { id: "c", type: "reverseEarn", orderId: "o", lines: [{ lineId: "1" }], points: 5 },
      { id: "c", type: "reverseEarn", orderId: "o", lines: [{ lineId: "1", amount: "-0.01" }] },
      { id: "c", type: "reverseEarn", orderId: "o", lines: [{ lineId: "1", amount: null }] },
      { id: "c", type: "reverseEarn", orderId: "o", lines: [{ lineId: "1", amount: Number.NaN }] },
      { id: "c", type: "reverseEarn", orderId: "o", lines: [{ lineId: "1", amount: "1e3" }] },
      { id: "c", type: "reverseRedemption", redemptionId: "r", points: 3, expiredLots: "forfeit" },
      { id: "c", type: "adjust", memberId: "m", points: -5, reason: "fix" },
      { id: "c", type: "adjust", memberId: "m", points: -0, reason: "fix" },
      { id: "c", type: "transfer", from: "m", to: "m", points: 5 },
      { id: "c", type: "transfer", from: "m", to: "n", points: 5 },
      { id: "c", type: "expire" },
      { id: "c", type: "activate", memberId: undefined },
      { id: "c".repeat(201), type: "expire" },
      { id: ASTRAL.repeat(200), type: "expire" },
      { id: "c", type: "capture", holdId: "h", points: 2, extra: 1 },
      JSON.parse('{"id":"c","type":"release","holdId":"h","__proto__":{}}'),
    ];
    for (const input of inputs) expectSame(input);
  });

  it("takes the fast path (no zod) for the valid commands of the benchmark workload and of every type", () => {
    const spy = vi.spyOn(pointsCommandSchema, "safeParse");
    const d = new Date("2026-03-14T02:00:00Z");
    const commands: unknown[] = [
      ...benchCommands(3_000, 200).map((c) => c.command),
      { id: "c", type: "award", memberId: "m", event: "birthday", birthday: "03-14", tier: "gold", channel: "app", role: "referrer" },
      { id: "c", type: "hold", memberId: "m", points: 5, holdId: "h", expiresAt: d },
      { id: "c", type: "reverseEarn", orderId: "o", lines: [{ lineId: "1", amount: "29.90" }, { lineId: "2", amount: 3 }, { lineId: "3" }] },
      { id: "c", type: "reverseRedemption", redemptionId: "r", points: 3, expiredLots: "reissue" },
      { id: "c", type: "release", holdId: "h", points: 1 },
      { id: "c", type: "earn", memberId: "m", points: 5, orderId: "o", category: "bonus", tier: "gold", order: undefined },
    ];
    for (const command of commands) readPointsCommand(command);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    for (const command of commands) expectSame(command);
  });

  it("throws the schema's error for an invalid command", () => {
    expect(() => readPointsCommand({ id: "c1", type: "redeem", memberId: "m1", points: 0.5 })).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT", field: "command.points" }),
    );
    expect(() => readPointsCommand({ id: "c1", type: "redeem", memberId: "m1", points: 5, note: "x" })).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT", field: "command" }),
    );
  });
});
