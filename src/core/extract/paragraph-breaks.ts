/**
 * Blank lines between lines of prose: a web page sets its paragraphs apart so, whatever its last
 * line ended on, and a name runs across none of them (…提高到11.7年 / 关于重大工程项目). A table's
 * cells, one short line each (县教育局 / 80%), are no prose: they stay one record.
 */

const BLANK_LINE = /\n[ \t\u3000\r]*\n/;
/** A line of prose, not a cell: this many characters or more. */
const PROSE_LINE = 12;

/** Whether the gap [from, to) between two lines holds a blank line. */
export function isBlankGap(s: string, from: number, to: number): boolean {
  return BLANK_LINE.test(s.slice(from, to));
}

/** Of the lines after a blank line (their indexes, in order), the starts of those with a line of prose on both sides (view offsets, in order). */
export function proseBreaks(lineStarts: readonly number[], afterBlank: readonly number[], length: number): number[] {
  const lineLength = (i: number): number => (i + 1 < lineStarts.length ? lineStarts[i + 1] : length) - lineStarts[i];
  return afterBlank.filter((i) => i > 0 && lineLength(i) >= PROSE_LINE && lineLength(i - 1) >= PROSE_LINE).map((i) => lineStarts[i]);
}

/** How many of the sorted breaks lie before p (binary search: a paragraph may hold many). */
function before(breaks: readonly number[], p: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid] < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first break at or after p (a name after a figure stops there), or Infinity. */
export function breakAfter(breaks: readonly number[], p: number): number {
  const i = before(breaks, p);
  return i < breaks.length ? breaks[i] : Infinity;
}

/** The last break at or before p (a name before a figure starts no earlier), or -Infinity. */
export function breakUpTo(breaks: readonly number[], p: number): number {
  const i = before(breaks, p + 1);
  return i > 0 ? breaks[i - 1] : -Infinity;
}
