/**
 * Record tables: a numbered list of projects or places, one row per line, a few text columns
 * and an amount column whose header carries its unit, as allocation notices print them:
 *   序号 | 地区 | 实施单位 | 项目内容 | 金额 (万元) | 备注 |
 *   1 | 仁化县 | 仁化县教育局 | 支持仁化县创建…。 | 1000 |
 * or one cell per line (序号 | / 类别 | / 招考人数 | / 1 | / 中小学语文 | / 2 |), where a count's
 * header says its unit (招考人数 → 人). Each amount is a figure of the column's measure for the
 * row's first text cell (the place or the school); the caption's 安排/分配/下达 makes them
 * planned, 完成/实际 done.
 */
import { cellsOf } from "./table";
import { captionFund } from "./table-caption";
import type { MatrixItem, MatrixTable } from "./table-matrix";
import { impliedCountUnit, SERIAL, SERIAL_HEADERS, UNIT_CELL } from "./table-units";
import type { TableCell } from "./table";
import type { Line } from "./text";

/** An amount column: its unit in parentheses (金额(万元), 资金(元)) or a measure word. */
const AMOUNT_HEADER = /^(.{1,12}?)\s*[(（]\s*([^()（）]{1,6})\s*[)）]$/;
const NOTE_HEADERS = /^(备注|说明|预算科目|功能分类|科目)$/;
const NUMBER = /^-?\d{1,3}(,\d{3})+(\.\d+)?$|^-?\d+(\.\d+)?$/;
/** A unit stated once above the table: 单位:万元. */
const UNIT_LINE = /单位\s*[:：]\s*([^\s|]{1,4})/;
const PLANNED = /安排|分配|下达|计划|预算/;
/** A column that names only an amount (金额, 合计): the caption's fund names what it is (奖补资金金额). */
const GENERIC_AMOUNT = /^(金额|合计|小计|资金|数量)$/;
const DONE = /完成|实际|决算|发放情况/;

interface RecordColumn {
  role: "serial" | "text" | "amount" | "note";
  name: string;
  unit: string | null;
}

/** The lines above the header: the table's caption and a 单位 line, if any. */
function above(s: string, lines: Line[], i: number): string {
  const out: string[] = [];
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) out.push(s.slice(lines[j].trimStart, lines[j].trimEnd));
  return out.join("\n");
}

interface Grid {
  header: string[];
  rows: TableCell[][];
  last: number;
}

/** A header and its numbered rows, one row per line; subtotal rows (合计, (一)…小计) between them are skipped. */
function rowPerLine(s: string, lines: Line[], i: number): Grid | null {
  const header = cellsOf(s, lines[i]).map((c) => c.text.replace(/\s+/g, ""));
  if (header.length < 3 || !SERIAL_HEADERS.has(header[0])) return null;
  const rows: TableCell[][] = [];
  let last = i;
  for (let li = i + 1; li < lines.length; li++) {
    const line = lines[li];
    const t = s.slice(line.trimStart, line.trimEnd);
    if (!t || /^[|\s]*$/.test(t)) continue; // blank or a line of | debris
    const cells = cellsOf(s, line);
    if (cells.length < 3) break;
    last = li;
    if (SERIAL.test(cells[0].text)) rows.push(cells);
  }
  return { header, rows, last };
}

/** Rows this long at most, read one cell per line: a record has a few columns. */
const MAX_COLUMNS = 8;

/**
 * A header and its numbered rows written one cell per line: the header runs to the first serial
 * number, each row is as many cells from its serial on; a total row (合计 | 10) ends the table.
 */
function cellPerLine(s: string, lines: Line[], i: number): Grid | null {
  const first = cellsOf(s, lines[i]);
  if (first.length !== 1 || !SERIAL_HEADERS.has(first[0].text.replace(/\s+/g, ""))) return null;
  let header: string[] | null = null; // known at the first serial number
  const cells: TableCell[] = [];
  const rows: TableCell[][] = [];
  let last = i;
  for (let li = i; li < lines.length; li++) {
    const line = lines[li];
    if (line.trimEnd === line.trimStart || /^[|\s]*$/.test(s.slice(line.trimStart, line.trimEnd))) continue;
    const own = cellsOf(s, line);
    if (own.length !== 1 || own[0].text.length > 30) break;
    const c = own[0];
    if (header === null) {
      // the header runs to the first serial number; a record has a few columns
      if (cells.length > 0 && SERIAL.test(c.text)) header = cells.splice(0).map((h) => h.text.replace(/\s+/g, ""));
      else if (cells.length >= MAX_COLUMNS || (cells.length > 0 && c.text === cells[0].text)) return null; // 序号, 序号: no header
      else {
        cells.push(c);
        continue;
      }
    }
    // each row is as many cells from its serial on, in order; a total row (合计 | 10) ends the table
    if (cells.length === 0 && !(SERIAL.test(c.text) && Number(c.text) === rows.length + 1)) break;
    if (cells.length > 0 && SERIAL_HEADERS.has(c.text)) break;
    cells.push(c);
    if (cells.length === header.length) {
      rows.push(cells.splice(0));
      last = li;
    }
  }
  return header !== null && header.length >= 3 ? { header, rows, last } : null;
}

export function readRecords(s: string, lines: Line[], i: number): MatrixTable | null {
  const grid = rowPerLine(s, lines, i) ?? cellPerLine(s, lines, i);
  if (grid === null || grid.rows.length < 2) return null;
  const { header, rows, last } = grid;
  const caption = above(s, lines, i);
  const stated = UNIT_LINE.exec(caption);
  const cols: RecordColumn[] = header.map((h, k) => {
    if (k === 0) return { role: "serial", name: h, unit: null };
    if (NOTE_HEADERS.test(h)) return { role: "note", name: h, unit: null };
    const m = AMOUNT_HEADER.exec(h);
    if (m && UNIT_CELL.test(m[2])) return { role: "amount", name: m[1], unit: m[2] };
    // a count says its unit (招考人数 → 人, 学校数 → 所) when its cells are numbers
    const counted = impliedCountUnit(h);
    if (counted !== null && rows.every((r) => r[k] && NUMBER.test(r[k].text))) return { role: "amount", name: h, unit: counted };
    return { role: "text", name: h, unit: null };
  });
  // a column of figures under a 单位 line (单位:万元) is an amount in that unit
  const unit = stated && UNIT_CELL.test(stated[1]) ? stated[1] : null;
  const firstText = cols.findIndex((c) => c.role === "text");
  cols.forEach((c, k) => {
    if (c.role === "text" && unit !== null && k !== firstText && rows.filter((r) => r[k] && NUMBER.test(r[k].text)).length * 2 >= rows.length) Object.assign(c, { role: "amount", unit });
  });
  if (firstText < 0 || !cols.some((c) => c.role === "amount")) return null;
  const kind = PLANNED.test(caption) ? "target" : DONE.test(caption) ? "actual" : undefined;
  const topic = captionFund(caption);
  const items: MatrixItem[] = [];
  for (const cells of rows) {
    const scope = cells[firstText]?.text.replace(/\s+/g, "") ?? null;
    cols.forEach((c, k) => {
      const cell = cells[k];
      if (c.role !== "amount" || !cell || !NUMBER.test(cell.text)) return;
      // an amount under 万人 is counted in 人 (万元 and 亿元 stay units)
      const tenThousands = c.unit !== null && /^万(?!元)./.test(c.unit);
      const value = Number(cell.text.replace(/,/g, "")) * (tenThousands ? 10000 : 1);
      const shown = { comparator: kind === "target" ? ("none" as const) : ("=" as const), value, unit: tenThousands ? (c.unit as string).slice(1) : c.unit };
      items.push({ indicator: GENERIC_AMOUNT.test(c.name) && topic ? topic + c.name : c.name, scope, shown, start: cells[0].start, end: cell.end, ...(kind ? { kind } : {}) });
    });
  }
  return items.length ? { items, nextLine: last + 1 } : null;
}
