/**
 * Monitoring tables (均衡发展 监测结果): the columns are indicators, the rows statistics of
 * them over the schools (全县平均值, 标准差, 差异系数). Each cell is a reported figure of its
 * column's indicator; a mean keeps the unit its column names (生均…面积(㎡)), a coefficient has
 * none. Web copies paste them one cell per line with `|` debris:
 *   序号 | 项目 | 生均教学及辅助用房面积 | … | 综 合 | L1 … | 1 | 全县平均值 | 4.563288 | …
 * and PDF copies one space between cells, rows run together, a county's name broken over lines:
 *   序号 市 县 学校类别 类型 生均…面积(㎡) … 综合 1 合肥市 庐 / 阳 / 区 小学 全县平均值 3.042 …
 */
import type { Line } from "./text";
import { cellsOf, TableCell } from "./table";

/** A statistic row label, with an optional area before it (全县平均值). */
const STAT_ROW = /^(全[县区市省镇]|[县区市])?(平均值|均值|平均数|标准差|差异系数|综合差异系数|变异系数|极差|最大值|最小值)$/;
/** Header cells that are neither indicators nor values: 序号, 项目, the row's place (市, 县, 学校类别), and column codes (L1, A2). */
const NOT_COLUMNS = /^(序号|项目|指标|指标名称|类别|统计量|[市县区]|区县|县区|县市区|地区|单位|学校|学校类别|学校类型|类型|学段|指标项目|[A-Za-z]\d{1,2})$/;
/** How many cells a header and its first row take at most (序号 市 县 学校类别 类型 + 9 indicators + 综合 …). */
const HEADER_CELLS = 64;
const HEADER_LINES = 80;
/** The words a statistic row starts with, looked for in the raw lines before any cell is built. */
const STAT_WORD = /平均值|均值|平均数|标准差|差异系数|变异系数|极差|最大值|最小值/;
/** A header written one space between cells (a PDF's copy): its words are cells. */
const SPACED_HEADER = /^(序号|项目|指标) \S/;
/** A cell that places the rows after it (合肥市, 庐, 小学): short, no figure, no sentence. */
const PLACE_CELL = /^[\u4e00-\u9fff]{1,8}$/;
/** Statistics in the column's own unit; a coefficient or a deviation ratio has none. */
const IN_COLUMN_UNIT = /^(平均值|均值|平均数|最大值|最小值|极差)$/;
/** The unit a column header marks: 生均教学及辅助用房面积(㎡) → 平方米. */
const COLUMN_UNIT = /[(（](㎡|m2|M2|m²|平方米|元|万元|台|册|人|个|所|间|%)[)）]$/;
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
  unit: string | null;
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

/**
 * Every non-empty cell of lines [i, limit), with the line each ends on; stops at a sentence. A
 * spaced table's cells are its words, on lines of any length.
 */
function cellRun(s: string, lines: Line[], i: number, limit: number, spaced: boolean, maxCells = Infinity): Array<TableCell & { line: number }> {
  const out: Array<TableCell & { line: number }> = [];
  for (let li = i; li < lines.length && li < limit && out.length < maxCells; li++) {
    const line = lines[li];
    if (line.trimEnd === line.trimStart) continue;
    if ((!spaced && line.trimEnd - line.trimStart > 80) || s.slice(line.trimStart, line.trimEnd).indexOf("。") >= 0) break;
    if (!spaced) {
      for (const c of cellsOf(s, line)) out.push({ ...c, text: compact(c.text), line: li });
      continue;
    }
    const word = /[^\s|]+/g;
    word.lastIndex = line.trimStart;
    for (let m = word.exec(s); m !== null && m.index < line.trimEnd; m = word.exec(s)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length, line: li });
  }
  return out;
}

/** A column's indicator and unit: its header without the unit marker. */
function column(header: string): { name: string; unit: string | null } {
  const m = COLUMN_UNIT.exec(header);
  if (!m) return { name: header, unit: null };
  return { name: header.slice(0, m.index), unit: /^(㎡|m2|M2|m²)$/.test(m[1]) ? "平方米" : m[1] };
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

/** Levels a spaced table's rows name before their statistics. */
const LEVELS = /^(小学|初中|高中|幼儿园|九年一贯制|完全中学|特殊教育)$/;

/** A small serial number that a row's places follow (1 合肥市 …), not a value. */
function isSerial(cells: ReadonlyArray<TableCell>, k: number): boolean {
  return /^\d{1,3}$/.test(cells[k].text) && k + 1 < cells.length && PLACE_CELL.test(cells[k + 1].text) && !STAT_ROW.test(cells[k + 1].text);
}

/** A monitoring table whose header starts at line i, or null. Looks at most 200 lines ahead. */
export function readStatTable(s: string, lines: Line[], i: number): StatTable | null {
  const first = cellsOf(s, lines[i]);
  if (!first.length) return null;
  const spaced = !FIRST_CELLS.has(compact(first[0].text)) && SPACED_HEADER.test(first[0].text);
  if (!spaced && !FIRST_CELLS.has(compact(first[0].text))) return null;
  // a statistic row opens the body within the first few dozen cells, or this is no monitoring table
  const near = lines[Math.min(lines.length - 1, i + HEADER_LINES)];
  if (!STAT_WORD.test(s.slice(lines[i].trimStart, near.trimEnd))) return null;
  const head = cellRun(s, lines, i, i + 200, spaced, HEADER_CELLS);
  if (!head.some((c) => STAT_ROW.test(c.text))) return null;
  const cells = cellRun(s, lines, i, i + 200, spaced);
  const columns: Array<{ name: string; unit: string | null }> = [];
  let k = 0;
  for (; k < cells.length; k++) {
    const t = cells[k].text;
    // a statistic opens the body when figures follow it; a header may name one (综合差异系数)
    const next = k + 1 < cells.length ? cells[k + 1].text : "";
    if ((STAT_ROW.test(t) && (NUMBER_CELL.test(next) || EMPTY_CELL.test(next))) || (NUMBER_CELL.test(t) && STAT_ROW.test(next))) break;
    // 1 合肥市 庐阳区 小学 全县平均值: the first row's serial number and places open the body
    if (spaced && isSerial(cells, k)) break;
    if (NUMBER_CELL.test(t)) return null; // values before any statistic row: another kind of table
    if (!NOT_COLUMNS.test(t)) columns.push(column(t));
  }
  if (columns.length < 2 || k === cells.length) return null;
  const { scope, year } = caption(s, lines, i);
  const items: StatItem[] = [];
  let stat: string | null = null;
  let col = 0;
  let last = cells[k].line;
  // the county and level the rows are of, in a spaced table (庐 阳 区 小学 → 庐阳区小学)
  let place = "";
  let level = "";
  let placing = false;
  for (; k < cells.length; k++) {
    const c = cells[k];
    const row = STAT_ROW.exec(c.text);
    if (row) {
      stat = row[2];
      col = 0;
      placing = false;
    } else if (NUMBER_CELL.test(c.text)) {
      // a serial number before the next row label, or before the next row's places, is not a value
      if (k + 1 < cells.length && STAT_ROW.test(cells[k + 1].text) && /^\d{1,2}$/.test(c.text)) continue;
      if (spaced && isSerial(cells, k)) {
        place = "";
        continue;
      }
      if (stat !== null && col < columns.length) {
        const { name, unit } = columns[col];
        const here = spaced && place + level ? place + level : scope;
        items.push({ indicator: name.endsWith(stat) ? name : name + stat, scope: here, value: Number(c.text), unit: IN_COLUMN_UNIT.test(stat) ? unit : null, start: c.start, end: c.end });
      }
      col++;
    } else if (EMPTY_CELL.test(c.text) && stat !== null) {
      col++;
    } else if (spaced && PLACE_CELL.test(c.text)) {
      if (LEVELS.test(c.text)) level = c.text;
      else {
        place = placing ? place + c.text : c.text;
        level = "";
      }
      placing = !LEVELS.test(c.text);
      stat = null;
    } else {
      break; // a caption or a sentence: the table is over
    }
    last = c.line;
  }
  return items.length ? { items, year, nextLine: last + 1 } : null;
}
