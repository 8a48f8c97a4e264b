/**
 * The last reader of a statistics table: one whose header no other reader could parse (a header
 * over three or four lines, half of it in English) but which states one unit for every cell:
 *   Unit: person
 *   合计 校本部教职工 科研机构人员Personnel in … 校办企业职工 …
 *   总 计 Total 2254372 2124081 1440292 169423 …
 *   其中:女 of Which: Female 1039161 985144 680918 …
 * Each row, on one line, is its label and its figures; every figure is an actual in the table's
 * unit, named by the header's Chinese cells when they are as many as the figures, else by its
 * row (the measure) and its column's place (第3列, the part).
 */
import { parseTarget } from "../parse-target";
import { showTarget } from "../target";
import { measureOf, type MatrixItem } from "./table-matrix";
import { ONE_LINE_ROW, ROW_FIGURE } from "./table-units";
import { unitLineUnit } from "./table-cell-rows";
import { scaled, type YearbookTable } from "./table-yearbook";
import { withoutReadings, type Line } from "./text";

/** A unit for every cell, in Chinese or in English: 单位:人, Unit: person. */
const ENGLISH_UNITS: Record<string, string> = { person: "人", persons: "人", people: "人", school: "所", schools: "所", yuan: "元" };
const ENGLISH_UNIT_LINE = /^unit\s*[:：]\s*([a-z]+)\s*$/i;
/** A row has three or more figures (two may be a label's years or a pair of counts in prose). */
const MIN_FIGURES = 3;
/** Lines between the unit line and the first row: a header, however long. */
const MAX_HEADER_LINES = 12;
const MAX_ROWS = 300;
const MAX_LINE = 400;

const text = (s: string, line: Line): string => s.slice(line.trimStart, line.trimEnd);

/** A row of this table: a row on one line with three figures or more. */
function rowOf(t: string): RegExpExecArray | null {
  const m = ONE_LINE_ROW.exec(t);
  return m && (m[2].match(ROW_FIGURE) as string[]).length >= MIN_FIGURES ? m : null;
}

/** The unit a line states for a whole table, or null. */
function tableUnit(t: string): string | null {
  const english = ENGLISH_UNIT_LINE.exec(t);
  return english ? (ENGLISH_UNITS[english[1].toLowerCase()] ?? null) : unitLineUnit(t);
}

/** `grid` is the text with space-set tables' cells tabbed: a block it set (a table the space reader reads) is left to that reader. */
export function readUnitRows(s: string, grid: string, lines: Line[], i: number): YearbookTable | null {
  const first = text(s, lines[i]);
  if (first.length > 40 || !/^[|\s]*(?:单位|unit)/i.test(first)) return null; // most lines: one look
  const unit = tableUnit(first);
  if (unit === null) return null;
  // the header: up to the first row; its Chinese words name the columns when there are as many as figures
  let li = i + 1;
  const header: string[] = [];
  for (; li < lines.length && li <= i + MAX_HEADER_LINES; li++) {
    const t = text(s, lines[li]);
    if (t.length > MAX_LINE || (grid !== s && text(grid, lines[li]) !== t)) return null;
    if (rowOf(t)) break;
    for (const w of withoutReadings(t).match(/[\u4e00-\u9fff][\u4e00-\u9fff()（）:：]*/g) ?? []) header.push(w);
  }
  const items: MatrixItem[] = [];
  let rows = 0;
  let width = 0;
  let last = li;
  for (; li < lines.length && rows < MAX_ROWS; li++) {
    const t = text(s, lines[li]);
    if (!t) continue;
    const m = t.length <= MAX_LINE ? rowOf(t) : null;
    if (!m) break;
    const figures = m[2].match(ROW_FIGURE) as string[];
    width = Math.max(width, figures.length);
    rows++;
    last = li;
    const label = withoutReadings(m[1]).replace(/\s+[A-Za-z].*$/, "").replace(/\s+/g, "").replace(/^其中[:：]?/, "") || m[1].trim();
    const at = lines[li].trimStart + t.length - m[2].length;
    ROW_FIGURE.lastIndex = 0;
    for (let f = ROW_FIGURE.exec(m[2]), c = 0; f; f = ROW_FIGURE.exec(m[2]), c++) {
      if (!/^\d/.test(f[0])) continue;
      const shown = scaled({ ...showTarget(parseTarget(f[0])), comparator: "=", unit }, f[0]);
      items.push({ indicator: String(c), scope: label, shown, start: at + f.index, end: at + f.index + f[0].length });
    }
  }
  if (rows < 3 || width < 3) return null;
  // name each figure by its column when the header names as many columns as the widest row has figures
  const names = header.length === width ? header : null;
  // else the row names the measure (中等职业学校 in 个 → 中等职业学校数) and the column's place its part (第3列), for the statistician to name
  for (const it of items) {
    const c = Number(it.indicator);
    if (names) it.indicator = names[c];
    else {
      it.indicator = measureOf(it.scope as string, it.shown.unit);
      it.scope = `第${c + 1}列`;
    }
  }
  return { items, nextLine: last + 1 };
}
