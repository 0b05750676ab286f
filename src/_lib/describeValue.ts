const MAX_STRING = 60;

/**
 * A short, unambiguous rendering of a received value for an error message: numbers as JavaScript
 * prints them (`NaN`, `-Infinity`, `-0`), strings quoted and truncated, dates in ISO-8601, and
 * containers by kind and size.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "string": {
      const shown = value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
      return JSON.stringify(shown);
    }
    case "bigint":
      return `${value}n`;
    case "undefined":
      return "undefined";
    case "boolean":
    case "symbol":
      return String(value);
    case "function":
      return "a function";
    default:
      break;
  }
  if (value === null) return "null";
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? "an invalid Date" : value.toISOString();
  }
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  return "an object";
}
