/**
 * Monitoring tables (均衡发展 监测结果): the columns are indicators, the rows statistics of
 * them over the schools (全县平均值, 标准差, 差异系数). Each cell is a reported figure of its
 * column's indicator, unitless. Web copies paste them one cell per line with `|` debris:
 *   序号 | 项目 | 生均教学及辅助用房面积 | … | 综 合 | L1 … | 1 | 全县平均值 | 4.563288 | …
 */
import type { Line } from "./text";
import { cellsOf, TableCell } from "./table";

/** A statistic row label, with an optional area before it (全县平均值). */
const STAT_ROW = /^(全[县区市省镇]|[县区市])?(平均值|均值|平均数|标准差|差异系数|综合差异系数|变异系数|极差|最大值|最小值)$/;
/** Header cells that are neither indicators nor values: 序号, 项目, and column codes (L1, A2). */
const NOT_COLUMNS = /^(序号|项目|指标|指标名称|类别|统计量|[A-Za-z]\d{1,2})$/;
const NUMBER_CELL = /^-?\d+(\.\d+)?$/;
/** A cell left empty on purpose (the 综合 column has no 平均值). */
const EMPTY_CELL = /^[—–\-－/／…]+$/;
const FIRST_CELLS = new Set(["序号", "项目", "指标", "指标名称", "统计量"]);
/** Levels a caption may name: …监测结果(小学部分). */
const CAPTION_SCOPE = /[(（](小学|初中|高中|普通高中|幼儿园|学前教育|中职|特殊教育)(部分|阶段)?[)）]/;

export interface StatItem {
  indicator: string;
  scope: string | null;
  value: number;
  start: number;
  end: number;
}

export interface StatTable {
  items: StatItem[];
  /** Year the caption names, or null. */
  year: number | null;
  nextLine: number;
}

function compact(t: string): string {
  return t.replace(/\s+/g, "");
}

/** Every non-empty cell of lines [i, limit), with the line each ends on; stops at a sentence. */
function cellRun(s: string, lines: Line[], i: number, limit: number): Array<TableCell & { line: number }> {
  const out: Array<TableCell & { line: number }> = [];
  for (let li = i; li < lines.length && li < limit; li++) {
    const line = lines[li];
    if (line.trimEnd === line.trimStart) continue;
    if (line.trimEnd - line.trimStart > 80 || s.slice(line.trimStart, line.trimEnd).indexOf("。") >= 0) break;
    for (const c of cellsOf(s, line)) out.push({ ...c, text: compact(c.text), line: li });
  }
  return out;
}

/** The level (小学部分) and year (2023年) a caption above the table names, from the few lines before it. */
function caption(s: string, lines: Line[], i: number): { scope: string | null; year: number | null } {
  let scope: string | null = null;
  let year: number | null = null;
  for (let li = i - 1, seen = 0; li >= 0 && seen < 4; li--) {
    const line = lines[li];
    if (line.trimEnd === line.trimStart) continue;
    const t = s.slice(line.trimStart, line.trimEnd);
    if (!/[^|\s]/.test(t)) continue; // a line of | debris
    seen++;
    scope ??= CAPTION_SCOPE.exec(t)?.[1] ?? null;
    const y = /((?:19|20)\d\d)年/.exec(t);
    if (y && year === null) year = Number(y[1]);
  }
  return { scope, year };
}

/** A monitoring table whose header starts at line i, or null. Looks at most 200 lines ahead. */
export function readStatTable(s: string, lines: Line[], i: number): StatTable | null {
  const first = cellsOf(s, lines[i]);
  if (!first.length || !FIRST_CELLS.has(compact(first[0].text))) return null;
  const cells = cellRun(s, lines, i, i + 200);
  const columns: string[] = [];
  let k = 0;
  for (; k < cells.length; k++) {
    const t = cells[k].text;
    // a statistic opens the body when figures follow it; a header may name one (综合差异系数)
    const next = k + 1 < cells.length ? cells[k + 1].text : "";
    if ((STAT_ROW.test(t) && (NUMBER_CELL.test(next) || EMPTY_CELL.test(next))) || (NUMBER_CELL.test(t) && STAT_ROW.test(next))) break;
    if (NUMBER_CELL.test(t)) return null; // values before any statistic row: another kind of table
    if (!NOT_COLUMNS.test(t)) columns.push(t);
  }
  if (columns.length < 2 || k === cells.length) return null;
  const { scope, year } = caption(s, lines, i);
  const items: StatItem[] = [];
  let stat: string | null = null;
  let col = 0;
  let last = cells[k].line;
  for (; k < cells.length; k++) {
    const c = cells[k];
    const row = STAT_ROW.exec(c.text);
    if (row) {
      stat = row[2];
      col = 0;
    } else if (NUMBER_CELL.test(c.text)) {
      // a serial number before the next row label is not a value
      if (k + 1 < cells.length && STAT_ROW.test(cells[k + 1].text) && /^\d{1,2}$/.test(c.text)) continue;
      if (stat !== null && col < columns.length) items.push({ indicator: columns[col].endsWith(stat) ? columns[col] : columns[col] + stat, scope, value: Number(c.text), start: c.start, end: c.end });
      col++;
    } else if (EMPTY_CELL.test(c.text) && stat !== null) {
      col++;
    } else {
      break; // a caption or a sentence: the table is over
    }
    last = c.line;
  }
  return items.length ? { items, year, nextLine: last + 1 } : null;
}
