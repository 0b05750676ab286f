import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readAnswers } from "../../src/satisfaction/readAnswers.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";

describe("readAnswers (internal)", () => {
  it("tallies arrays, typed arrays and counts alike", () => {
    const expected = [1, 0, 2, 0, 1];
    for (const answers of [[1, 3, 5, 3], Uint8Array.of(1, 3, 5, 3), Int16Array.of(1, 3, 5, 3), Float64Array.of(1, 3, 5, 3)]) {
      const tally = readAnswers(answers, 1, 5, "answers");
      expect(Array.from(tally.counts)).toEqual(expected);
      expect(tally.n).toBe(4);
    }
    expect(Array.from(readAnswers({ counts: expected }, 1, 5, "answers").counts)).toEqual(expected);
    expect(readAnswers({ counts: [0, 0, 7] }, 0, 2, "answers").n).toBe(7);
  });

  it("agrees between the byte fast path and the generic path", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 300 }), (values) => {
        const bytes = readAnswers(Uint8Array.from(values), 0, 10, "answers");
        const plain = readAnswers(values, 0, 10, "answers");
        expect(Array.from(bytes.counts)).toEqual(Array.from(plain.counts));
        expect(bytes.n).toBe(plain.n);
      }),
    );
  });

  it("counts bytes right at every alignment and length (the word-at-a-time path)", () => {
    const buffer = new Uint8Array(64);
    for (let i = 0; i < 64; i++) buffer[i] = (i * 5) % 11;
    for (let offset = 0; offset < 4; offset++) {
      for (let length = 1; length <= 40; length++) {
        const view = buffer.subarray(offset, offset + length);
        expect(Array.from(readAnswers(view, 0, 10, "answers").counts)).toEqual(Array.from(readAnswers(Array.from(view), 0, 10, "answers").counts));
      }
    }
  });

  it("names the first answer outside the scale or not an integer", () => {
    const bad = (answers: unknown, field: string) => catchPatronageError(() => readAnswers(answers as never, 1, 5, "answers"), { code: "INVALID_ARGUMENT", field });
    bad([1, 2, 6], "answers[2]");
    bad(Uint8Array.of(1, 0, 3, 0), "answers[1]");
    bad(Uint8Array.of(1, 2, 255), "answers[2]");
    bad([1, 2.5], "answers[1]");
    bad([1, "2"], "answers[1]");
    bad(Float64Array.of(1, NaN), "answers[1]");
    bad(Int32Array.of(1, -3), "answers[1]");
    bad(null, "answers");
    bad(7, "answers");
    bad({ length: 1.5 }, "answers");
    bad({ counts: [1, 2] }, "answers.counts");
    bad({ counts: [1, 2, -1, 0, 0] }, "answers.counts[2]");
    bad({ counts: [1, 2, 0.5, 0, 0] }, "answers.counts[2]");
  });

  it("throws INSUFFICIENT_DATA when there is no answer", () => {
    for (const answers of [[], new Uint8Array(0), { counts: [0, 0, 0, 0, 0] }]) {
      catchPatronageError(() => readAnswers(answers, 1, 5, "answers"), { code: "INSUFFICIENT_DATA", field: "answers" });
    }
  });

  it("refuses counts whose sum is not a safe integer, naming the counts (review 3)", () => {
    const big = Number.MAX_SAFE_INTEGER;
    catchPatronageError(() => readAnswers({ counts: [big, 1, 0, 0, 0] }, 1, 5, "answers"), { code: "INVALID_ARGUMENT", field: "answers.counts" });
    catchPatronageError(() => readAnswers({ counts: [big, big, big, big, big] }, 1, 5, "ratings"), { code: "INVALID_ARGUMENT", field: "ratings.counts" });
    expect(readAnswers({ counts: [big - 1, 1, 0, 0, 0] }, 1, 5, "answers").n).toBe(big);
  });
});
