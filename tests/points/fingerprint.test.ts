import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { benchCommands } from "../../bench/pointsWorkload.js";
import { fingerprint, fingerprintCommand } from "../../src/points/fingerprint.js";
import type { PointsCommand } from "../../src/points/PointsCommand.js";
import { readPointsCommand } from "../../src/points/readPointsCommand.js";

/**
 * The canonical form the fingerprint hashes, built as text (the reference): sorted keys,
 * `undefined` members left out, Dates as ISO strings, strings with their length, numbers apart
 * from strings, -0 as 0.
 */
function canonical(value: unknown): string {
  switch (typeof value) {
    case "string":
      return `s${value.length}:${value}`;
    case "number":
      return `n${Object.is(value, -0) ? 0 : value};`;
    case "boolean":
      return `b${String(value)};`;
    case "object":
      break;
    default:
      return "null;";
  }
  if (value === null) return "null;";
  if (value instanceof Date) return canonical(Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join("")}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  return `{${keys
    .filter((k) => record[k] !== undefined)
    .map((k) => canonical(k) + canonical(record[k]))
    .join("")}}`;
}

/** The same value with every object's keys inserted in another order (given by `seed`). */
function shuffled(value: unknown, seed: number): unknown {
  if (typeof value !== "object" || value === null || value instanceof Date) return value;
  if (Array.isArray(value)) return value.map((item, i) => shuffled(item, seed + i + 1));
  const entries = Object.entries(value);
  let s = seed >>> 0;
  for (let i = entries.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    const j = s % (i + 1);
    [entries[i], entries[j]] = [entries[j] as [string, unknown], entries[i] as [string, unknown]];
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) out[k] = shuffled(v, s + 7);
  return out;
}

const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.string({ unit: "binary" }),
    fc.constantFrom("", "a", "1", "null", "true", '"', ",", ":", "{", "129.9", "129.90", "2026-03-14T02:00:00Z", "2026-03-14T02:00:00.000Z"),
    fc.integer(),
    fc.constantFrom(0, -0, 1, -1, 2 ** 24 - 1, 2 ** 24, -(2 ** 24), 2 ** 32, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53, 1.5, 1e21, -1e-7, Number.NaN, Infinity),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.date(),
    tie("array"),
    tie("object"),
  ),
  array: fc.array(tie("value"), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("orderId", "lines", "lineId", "amount", "category", "at", "sku")), tie("value"), {
    maxKeys: 5,
  }),
}));

describe("fingerprint", () => {
  it("is 16 hex digits", () => {
    expect(fingerprint({ id: "c1", type: "redeem", memberId: "m1", points: 5 })).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint(undefined)).toMatch(/^[0-9a-f]{16}$/);
  });

  it("keeps its values (events and snapshots persist them: a change breaks retries across versions)", () => {
    const d = new Date("2026-03-14T02:00:00Z");
    expect(fingerprint({ id: "c1", type: "redeem", memberId: "m1", points: 50 })).toBe("31fad9330747cbbb");
    expect(
      fingerprint({ id: "c2", type: "earn", memberId: "m1", order: { orderId: "o1", lines: [{ lineId: "1", amount: "129.90", category: "coffee" }] } }),
    ).toBe("5ee72b7c490a1eb1");
    expect(fingerprint({ id: "c3", type: "hold", memberId: "m1", points: 10, expiresAt: d })).toBe("51e7313971d95d42");
    expect(fingerprint({ id: "c4", type: "adjust", memberId: "m1", points: -3, reason: "correction" })).toBe("76ad3d7bf73f3982");
    expect(fingerprint({ n: [0, -1, 2 ** 24, -(2 ** 40), 1.5, true, false, null], s: ["", "a", "\u{1F600}"] })).toBe("913b93d146d7bc30");
  });

  it("does not depend on key order (fast-check over shuffled objects)", () => {
    fc.assert(
      fc.property(json.value, fc.integer(), (value, seed) => {
        expect(fingerprint(shuffled(value, seed))).toBe(fingerprint(value));
      }),
      { seed: 5, numRuns: 3_000 },
    );
  });

  it("tells apart exactly the values whose canonical forms differ (no collision among generated values)", () => {
    const seen = new Map<string, string>();
    fc.assert(
      fc.property(json.value, (value) => {
        const print = fingerprint(value);
        const form = canonical(value);
        const earlier = seen.get(print);
        if (earlier !== undefined) expect(form).toBe(earlier);
        seen.set(print, form);
      }),
      { seed: 11, numRuns: 5_000 },
    );
    expect(seen.size).toBeGreaterThan(1_500);
  });

  it("tells apart what the documentation says it tells apart", () => {
    const d = new Date("2026-03-14T02:00:00Z");
    const pairs: [unknown, unknown][] = [
      [{ amount: "129.9" }, { amount: "129.90" }],
      [{ at: d }, { at: "2026-03-14T02:00:00Z" }],
      [{ points: 5 }, { points: "5" }],
      [["a", "b"], ["a,b"]],
      [["ab"], ["a", "b"]],
      [{ a: "b" }, { ab: "" }],
      [{ a: { b: 1 } }, { a: [1] }],
      [[1, 2], [2, 1]],
      [{ a: null }, {}],
      [true, "true"],
      [null, "null"],
      [2 ** 24, 2 ** 24 + 1],
      [-(2 ** 24), 2 ** 24],
      [2 ** 32, 0],
      [2 ** 53 - 1, 2 ** 53 - 2],
      [1.5, "1.5"],
      ["", []],
      [[], {}],
      ["a\u0000", "a"],
      ["\ud83d\ude00", "\ude00\ud83d"],
    ];
    for (const [x, y] of pairs) expect(fingerprint(x)).not.toBe(fingerprint(y));
  });

  it("hashes alike what the canonical form equates", () => {
    const d = new Date("2026-03-14T02:00:00Z");
    expect(fingerprint({ at: d })).toBe(fingerprint({ at: d.toISOString() }));
    expect(fingerprint({ a: 1, b: undefined })).toBe(fingerprint({ a: 1 }));
    expect(fingerprint(-0)).toBe(fingerprint(0));
    expect(fingerprint([undefined])).toBe(fingerprint([null]));
    expect(fingerprint(new Date(Number.NaN))).toBe(fingerprint("Invalid Date"));
  });

  it("handles long strings and large arrays", () => {
    const long = "x".repeat(70_000);
    expect(fingerprint(long)).not.toBe(fingerprint(`${long}y`));
    // Lengths of 2^24 units and more take a word of their own.
    const huge = "x".repeat(2 ** 24);
    expect(fingerprint(huge)).not.toBe(fingerprint(`${huge}x`));
    expect(fingerprint([huge])).toBe(fingerprint([huge]));
    const many = Array.from({ length: 5_000 }, (_, i) => ({ lineId: String(i), amount: "1.00" }));
    expect(fingerprint({ orderId: "o", lines: many })).toBe(fingerprint(shuffled({ orderId: "o", lines: many }, 3)));
  });

  it("is not disturbed by a getter that fingerprints something during the walk", () => {
    const plain = { orderId: "o1", lines: [{ lineId: "1", amount: "5" }], channel: "app" };
    const tricky = {
      orderId: "o1",
      lines: [{ lineId: "1", amount: "5" }],
      get channel(): string {
        fingerprint({ unrelated: [1, 2, 3] });
        fingerprintCommand({ id: "x", type: "expire" });
        return "app";
      },
    };
    expect(fingerprint(tricky)).toBe(fingerprint(plain));
    const command = { id: "c", type: "earn", memberId: "m", order: tricky } as PointsCommand;
    expect(fingerprintCommand(command)).toBe(fingerprint({ ...command, order: plain }));
  });
});

describe("fingerprintCommand", () => {
  it("equals fingerprint for the parsed commands of the benchmark workload, all distinct", () => {
    const prints = new Set<string>();
    for (const { command } of benchCommands(20_000, 200)) {
      const parsed = readPointsCommand(command);
      const print = fingerprintCommand(parsed);
      expect(print).toBe(fingerprint(parsed));
      prints.add(print);
    }
    expect(prints.size).toBe(20_000);
  });

  it("equals fingerprint for parsed commands of every type with any optional fields (fast-check)", () => {
    const id = fc.string({ minLength: 1, maxLength: 8 });
    const points = fc.integer({ min: 1, max: 2 ** 40 });
    const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 2 });
    const date = fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) });
    const order = fc.record(
      {
        orderId: id,
        at: fc.oneof(date, date.map((d) => d.toISOString())),
        channel: id,
        lines: fc.array(
          fc.record(
            { lineId: id, amount: fc.oneof(fc.constantFrom("12.50", "0"), fc.integer({ min: 0, max: 100 })), quantity: fc.integer({ min: 1, max: 5 }), sku: id, category: id },
            { requiredKeys: ["lineId", "amount"] },
          ),
          { minLength: 1, maxLength: 3 },
        ),
        returnWindowEndsAt: date,
        extraKey: fc.anything(),
      },
      { requiredKeys: ["orderId", "lines"] },
    );
    const raw: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
      fc.record({ id, type: fc.constant("earn"), memberId: id, order: opt(order), points: opt(points), orderId: opt(id), tier: opt(id), category: opt(id) }),
      fc.record({
        id,
        type: fc.constant("award"),
        memberId: id,
        event: opt(id),
        role: opt(fc.constantFrom("referrer", "referee")),
        birthday: opt(fc.constant("03-14")),
        tier: opt(id),
        channel: opt(id),
        points: opt(points),
        reason: opt(id),
        category: opt(id),
      }),
      fc.record({ id, type: fc.constant("redeem"), memberId: id, points, reference: opt(id) }),
      fc.record({ id, type: fc.constant("hold"), memberId: id, points, holdId: opt(id), expiresAt: opt(fc.oneof(date, fc.string())) }),
      fc.record({ id, type: fc.constantFrom("capture", "release"), holdId: id, points: opt(points) }),
      fc.record({
        id,
        type: fc.constant("reverseEarn"),
        orderId: id,
        lines: opt(fc.array(fc.record({ lineId: id, amount: opt(fc.constantFrom("1.50", "0", 3)) }), { minLength: 1, maxLength: 3 })),
        points: opt(points),
      }),
      fc.record({ id, type: fc.constant("reverseRedemption"), redemptionId: id, points: opt(points), expiredLots: opt(fc.constantFrom("reissue", "forfeit", "reject")) }),
      fc.record({ id, type: fc.constant("adjust"), memberId: id, points: fc.integer({ min: -1000, max: 1000 }), reason: id }),
      fc.record({ id, type: fc.constant("transfer"), from: id, to: id, points }),
      fc.record({ id, type: fc.constantFrom("expire", "activate"), memberId: opt(id) }),
    );
    let parsed = 0;
    fc.assert(
      fc.property(raw, fc.integer(), (input, seed) => {
        let command: PointsCommand;
        try {
          command = readPointsCommand(shuffled(input, seed));
        } catch {
          return; // an invalid combination (an order and points, a transfer to oneself…)
        }
        parsed++;
        expect(fingerprintCommand(command)).toBe(fingerprint(command));
        expect(fingerprint(command)).toBe(fingerprint(readPointsCommand(input)));
      }),
      { seed: 17, numRuns: 4_000 },
    );
    expect(parsed).toBeGreaterThan(2_000);
  });

  it("falls back to fingerprint for an object that is not a command", () => {
    const other = { type: "nope", id: "x", a: [1] } as unknown as PointsCommand;
    expect(fingerprintCommand(other)).toBe(fingerprint(other));
  });
});
