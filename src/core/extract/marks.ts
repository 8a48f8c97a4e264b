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
