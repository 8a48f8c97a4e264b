/**
 * Tables whose header spans two rows: indicators over repeating parts, often bilingual
 * (a statistical yearbook's `|` rows, English glosses on lines and cells of their own):
 *   | 平均每班学生数 | 平均每班教师数 | 平均每一教师负担学生数 |
 *   | 单 位 | Unit | 小学 | 初中 | 高中 | 小学 | 初中 | 高中 | 小学 | 初中 | 高中 |
 *   | 总 计 | Total | 38.96 | 39.99 | 49.25 | 2.76 | 4.02 | 3.87 | 14.12 | 9.95 | 12.73 |
 * Each figure is its group's indicator for its row's part and its sub-column's part. The
 * unit and year a yearbook states above the header (计量单位:人, (2019年)) apply to every cell.
 */
import { parseTarget } from "../parse-target";
import { showTarget } from "../target";
import { cellsOf, isYearHeader, type TableCell } from "./table";
import type { MatrixTable, MatrixItem } from "./table-matrix";
import { BARE_NUMBER, compact, EMPTY_MARK, UNIT_CELL } from "./table-units";
import type { Line } from "./text";

const MAX_GROUPS = 8;
const MAX_PARTS = 6;
const MAX_ROWS = 200;
const UNIT_ABOVE = /单位\s*[:：]\s*([^\s|(（)）:：]{1,4})/;
const YEAR_ABOVE = /[(（]\s*((?:19|20)\d\d)\s*年?\s*[)）]/;

const hasIdeograph = (t: string): boolean => /[\u4e00-\u9fff]/.test(t);

/** The cells of a line that hold Chinese (English glosses dropped). */
function chinese(s: string, line: Line): TableCell[] {
  return cellsOf(s, line).filter((c) => hasIdeograph(c.text));
}

/** A gloss line: cells but no Chinese and no figure (Average Students per Class | …). */
function isGlossLine(s: string, line: Line): boolean {
  const t = s.slice(line.trimStart, line.trimEnd);
  return t.length > 0 && !hasIdeograph(t) && !/\d/.test(t.replace(/\d+(st|nd|rd|th)\b/g, ""));
}

/** The next line after j that is neither blank nor a gloss, within two lines. */
function nextContent(s: string, lines: Line[], j: number): number {
  for (let k = j + 1; k < lines.length && k <= j + 3; k++) {
    const line = lines[k];
    if (line.trimEnd === line.trimStart || isGlossLine(s, line)) continue;
    return k;
  }
  return -1;
}

/** The parts a sub-header repeats under each of g groups (小学 | 初中 | 高中 three times), after its corner cells. */
function repeatedParts(cells: TableCell[], g: number): string[] | null {
  for (let k = 2; k <= MAX_PARTS; k++) {
    const n = g * k;
    if (n > cells.length || cells.length - n > 2) continue;
    const sub = cells.slice(cells.length - n).map((c) => compact(c.text));
    if (sub.every((t, j) => j < k || t === sub[j - k]) && new Set(sub.slice(0, k)).size === k) return sub.slice(0, k);
  }
  return null;
}

/** A grouped-header table whose group row is line i, or null. */
export function readGroupedHeader(s: string, lines: Line[], i: number): MatrixTable | null {
  // most lines: a cell boundary is needed before anything else is read
  const first = s.slice(lines[i].trimStart, lines[i].trimEnd);
  if (first.indexOf("|") < 0 && first.indexOf("\t") < 0) return null;
  const groups = chinese(s, lines[i]).map((c) => compact(c.text));
  if (groups.length < 2 || groups.length > MAX_GROUPS || groups.some((g) => g.length > 24 || isYearHeader(g) || /\d/.test(g))) return null;
  const subLine = nextContent(s, lines, i);
  if (subLine < 0) return null;
  const parts = repeatedParts(chinese(s, lines[subLine]), groups.length);
  if (!parts) return null;
  const width = groups.length * parts.length;
  const { unit, year } = statedAbove(s, lines, i);
  const items: MatrixItem[] = [];
  let rows = 0;
  let last = subLine;
  for (let j = nextContent(s, lines, subLine); j >= 0 && rows < MAX_ROWS; j = nextContent(s, lines, j)) {
    const cells = cellsOf(s, lines[j]);
    const label = cells.find((c) => hasIdeograph(c.text));
    const values = cells.filter((c) => BARE_NUMBER.test(c.text) || EMPTY_MARK.test(c.text));
    if (!label || cells.indexOf(label) !== 0 || values.length === 0 || values.length > width) break;
    // a short row ends the table (a copy cut off mid-row): read from the left, once the shape is proven
    const short = values.length < width;
    if (short && rows < 2) break;
    rows++;
    last = j;
    values.forEach((c, k) => {
      if (EMPTY_MARK.test(c.text)) return;
      const shown = showTarget(parseTarget(c.text));
      const indicator = groups[Math.floor(k / parts.length)];
      items.push({ indicator, scope: compact(label.text) + parts[k % parts.length], shown: { ...shown, comparator: "=", unit: shown.unit ?? unit }, start: label.start, end: c.end, ...(year === null ? {} : { year }) });
    });
    if (short) break;
  }
  return rows >= 2 ? { items, nextLine: last + 1 } : null;
}

/** The unit and year a yearbook states in the three lines above its header (计量单位:人 | (2019年)). */
export function statedAbove(s: string, lines: Line[], i: number): { unit: string | null; year: number | null } {
  let unit: string | null = null;
  let year: number | null = null;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const t = s.slice(lines[j].trimStart, lines[j].trimEnd);
    const u = UNIT_ABOVE.exec(t);
    if (u && unit === null && UNIT_CELL.test(u[1])) unit = u[1];
    const y = YEAR_ABOVE.exec(t);
    if (y && year === null) year = Number(y[1]);
  }
  return { unit, year };
}
