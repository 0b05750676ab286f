import { parseEventInstant } from "./parseEventInstant.js";

/**
 * A {@link parseEventInstant} that remembers the last text it read and its instant: the events of
 * a command share their `at`, and the lots of an event mostly share their lock and expiry, so a
 * replay parses each once. `NaN` for a text that is not an instant (the caller names the field).
 *
 * @internal
 */
export function instantReader(): (text: string) => number {
  let lastText: string | undefined;
  let lastMs = Number.NaN;
  return (text) => {
    if (text !== lastText) {
      lastMs = typeof text === "string" ? parseEventInstant(text) : Number.NaN;
      lastText = text;
    }
    return lastMs;
  };
}
