/**
 * A yearbook's `|` table whose two-row header was copied cell after cell, the cells that span
 * both rows first and the cells under a spanning group last (an HTML table's rowspan and colspan):
 *   地 区 | 学龄儿童 入 学 率 |
 *   小 学 | 幼儿园数 (所) |
 *   入园(班) 儿 童 数 (人) |
 *   专任教师数 (人) |
 *   升学率 | 辍学率 | ||||||||
 *   济 南 市 | 100.00 | 99.70 | 0.04 | 1340 | 125694 | 5809 | |||
 * The header's cells outnumber the columns by its groups: the cells that do not end as a measure
 * does (小学), each over an equal share of the cells copied last (升学率, 辍学率): 小学升学率, 小学辍学率. Each row's figures are actuals of their column, for the row's
 * place, in the unit the column's cell states, else the one stated above the header.
 */
import { parseTarget } from "../parse-target";
import { showTarget } from "../target";
import { cellsOf, type TableCell } from "./table";
import { statedAbove } from "./table-grouped-header";
import { named, type MatrixItem, type MatrixTable } from "./table-matrix";
import { BARE_NUMBER, compact, MEASURE_END } from "./table-units";
import type { Line } from "./text";

/** Corner cells over the rows' places or items. */
const CORNERS = /^(地区|区域|地区名称|县市区|县区|区县|单位|单位名称|项目|指标|类别)$/;
const MAX_HEADER_LINES = 8;
const MIN_COLUMNS = 3;
const MAX_COLUMNS = 16;
const MAX_ROWS = 200;

const filled = (cells: readonly TableCell[]): TableCell[] => cells.filter((c) => c.text.trim() !== "");

/** A row: its place, then figures only, as many as the columns (a copy may leave empty cells after them). */
function rowOf(s: string, line: Line): { label: TableCell; values: TableCell[] } | null {
  const cells = filled(cellsOf(s, line));
  if (cells.length < MIN_COLUMNS + 1 || !/[\u4e00-\u9fff]/.test(cells[0].text) || /\d/.test(cells[0].text)) return null;
  const values = cells.slice(1);
  return values.every((c) => BARE_NUMBER.test(c.text.trim())) ? { label: cells[0], values } : null;
}

/** The columns of a header whose spanning groups (cells that measure nothing) take the cells of its last line, or null. */
function spannedColumns(tops: Array<{ name: string; unit: string | null }>, subs: Array<{ name: string; unit: string | null }>, width: number): Array<{ name: string; unit: string | null }> | null {
  if (tops.length + subs.length === width) return [...tops, ...subs];
  // as many groups as the cells outnumber the columns, and they are the cells that do not end as a measure does (小学; 在校生 over 城镇, 乡村)
  const groups = tops.length + subs.length - width;
  if (groups <= 0 || subs.length % groups !== 0 || tops.filter((c) => !MEASURE_END.test(c.name)).length !== groups) return null;
  const per = subs.length / groups;
  const out: Array<{ name: string; unit: string | null }> = [];
  let next = 0;
  for (const c of tops) {
    if (MEASURE_END.test(c.name)) out.push(c);
    else for (let j = 0; j < per; j++, next++) out.push({ name: c.name + subs[next].name, unit: subs[next].unit ?? c.unit });
  }
  return out;
}

/** A spanned-header table whose corner cell opens line i, or null. */
export function readSpannedHeader(s: string, lines: Line[], i: number): MatrixTable | null {
  const first = s.slice(lines[i].trimStart, lines[i].trimEnd);
  if (first.indexOf("|") < 0) return null; // most lines: one look
  const opening = filled(cellsOf(s, lines[i]));
  // the corner and at least one column's cell open the header (项目 | alone on each line opens nothing)
  if (opening.length < 2 || !CORNERS.test(compact(opening[0].text))) return null;
  // the header's cells, those of its last line apart (the cells under the spanning groups)
  const tops: Array<{ name: string; unit: string | null }> = [];
  let subs: Array<{ name: string; unit: string | null }> = [];
  let j = i;
  for (; j < lines.length && j < i + MAX_HEADER_LINES; j++) {
    if (rowOf(s, lines[j])) break;
    const cells = filled(cellsOf(s, lines[j])).slice(j === i ? 1 : 0);
    if (!cells.length) continue;
    tops.push(...subs);
    subs = [];
    for (const c of cells) {
      if (/\d/.test(c.text) || !/[\u4e00-\u9fff]/.test(c.text)) return null; // a header of words only
      subs.push(named(compact(c.text)));
    }
  }
  const firstRow = j < lines.length ? rowOf(s, lines[j]) : null;
  if (!firstRow || j === i + 1) return null; // a header on one line is another reader's
  const width = firstRow.values.length;
  if (width < MIN_COLUMNS || width > MAX_COLUMNS) return null;
  const columns = spannedColumns(tops, subs, width);
  if (!columns) return null;
  const { unit, year } = statedAbove(s, lines, i);
  const items: MatrixItem[] = [];
  let rows = 0;
  let last = j;
  for (; j < lines.length && rows < MAX_ROWS; j++) {
    const row = rowOf(s, lines[j]);
    if (!row || row.values.length !== width) break;
    rows++;
    last = j;
    row.values.forEach((c, k) => {
      const shown = showTarget(parseTarget(c.text.trim()));
      items.push({ indicator: columns[k].name, scope: compact(row.label.text), shown: { ...shown, comparator: "=", unit: columns[k].unit ?? unit }, start: row.label.start, end: c.end, ...(year === null ? {} : { year }) });
    });
  }
  return rows >= 2 ? { items, nextLine: last + 1 } : null;
}
