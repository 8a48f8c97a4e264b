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

/** Of the line starts after a blank line, those with a line of prose on both sides (view offsets, in order). */
export function proseBreaks(lineStarts: readonly number[], afterBlank: readonly number[], length: number): number[] {
  const lineLength = (i: number): number => (i + 1 < lineStarts.length ? lineStarts[i + 1] : length) - lineStarts[i];
  return afterBlank.filter((q) => {
    const i = lineStarts.indexOf(q);
    return i > 0 && lineLength(i) >= PROSE_LINE && lineLength(i - 1) >= PROSE_LINE;
  });
}

/** The first break at or after p (a name after a figure stops there), or Infinity. */
export function breakAfter(breaks: readonly number[], p: number): number {
  for (const q of breaks) if (q >= p) return q;
  return Infinity;
}

/** The last break at or before p (a name before a figure starts no earlier), or -Infinity. */
export function breakUpTo(breaks: readonly number[], p: number): number {
  let last = -Infinity;
  for (const q of breaks) {
    if (q > p) break;
    last = q;
  }
  return last;
}
