/** Marks found in a document (kind cues, level words…), sorted by offset. */

/** How many of the sorted marks lie before offset p (binary search): the last one before p is at index − 1. */
export function marksBefore(marks: readonly { at: number }[], p: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid].at < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const passing = new WeakMap<object, Map<string, Int32Array>>();

/**
 * The last of marks[0..n) that passes test, or null. A long sentence asks this of every figure,
 * so past a few marks an index is built once per list and test (key names the test and what it
 * depends on: the same key must mean the same test for that list).
 */
export function lastPassing<T>(marks: readonly T[], n: number, key: string, test: (m: T) => boolean): T | null {
  if (n <= 8) {
    for (let k = n - 1; k >= 0; k--) if (test(marks[k])) return marks[k];
    return null;
  }
  let byKey = passing.get(marks);
  if (!byKey) passing.set(marks, (byKey = new Map()));
  let last = byKey.get(key);
  if (!last) {
    last = new Int32Array(marks.length);
    for (let k = 0, j = -1; k < marks.length; k++) last[k] = test(marks[k]) ? (j = k) : j;
    byKey.set(key, last);
  }
  const j = last[n - 1];
  return j < 0 ? null : marks[j];
}
