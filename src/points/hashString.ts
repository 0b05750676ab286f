/**
 * FNV-1a over the UTF-16 code units of `s` from `start` to `end`, with a final mix so the low bits
 * (a hash table's slot) depend on every unit. @internal
 */
export function hashString(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}
