/**
 * An indicator table set on its side: the indicators across, a row per year below (a wide plan
 * box printed landscape, 乡村振兴 主要指标):
 *   主要指标 | 粮食综合生产能力 | 农业科技进步贡献率 | 农业劳动生产率 |
 *   2022年目标值 | >6亿吨 | 61.5% | 5.5万元/人 |
 *   属性 | 约束性 | 预期性 | 预期性 |
 * The corner and each row's label may stand on a line of their own (主 要 指 标 | / the names |
 * / 2022 年 目 标 值 | / the figures |). A row's label says its year and kind as a column's
 * header would (2020年 | 2025年: the baseline, then the target; 2022年目标值: a target).
 */
import { cellsOf, cleanLabel, columns, headerRole, isFigureCell, labelUnit, type TableCell } from "./table";
import { readCell, shareUnit, WRITTEN_FIGURE } from "./table-cell-reading";
import type { MatrixItem, MatrixTable } from "./table-matrix";
import { compact, isLabelHeader, LABEL_HEADER_STARTS } from "./table-units";
import { nonEmpty } from "./table-year-cells";
import type { Line } from "./text";

const MAX_ROWS = 12;
/** A figure that needs no unit to be one: a ratio or index written as one number (产值比 2.5, 恩格尔系数). */
const UNITLESS = /(比|系数|指数)$/;

const isFigure = (t: string): boolean => isFigureCell(t) || WRITTEN_FIGURE.test(t);

const cellsAt = (s: string, lines: Line[], li: number): TableCell[] => (li < lines.length ? cellsOf(s, lines[li]).filter((c) => c.text.trim() !== "") : []);


export function readTransposed(s: string, lines: Line[], i: number): MatrixTable | null {
  let p = lines[i].trimStart;
  while (s.charCodeAt(p) === 124 || s.charCodeAt(p) === 32) p++;
  if (!LABEL_HEADER_STARTS.has(s.charCodeAt(p))) return null; // most lines: one lookup
  const head = cellsAt(s, lines, i);
  if (!head.length || !isLabelHeader(compact(head[0].text))) return null;
  let li = i;
  let names = head.slice(1);
  if (!names.length) names = cellsAt(s, lines, (li = nonEmpty(lines, i + 1)));
  // every name an indicator's, none a column's header (2020年, 目标值, 属性): else the table stands upright
  if (names.length < 2 || names.some((c) => !/^[\u4e00-\u9fff]/.test(c.text.trim()) || headerRole(c.text) !== null || isFigureCell(c.text.trim()))) return null;
  const named = names.map((c) => labelUnit(cleanLabel(c.text)));
  const rows: Array<{ label: TableCell; figures: TableCell[] }> = [];
  for (li = nonEmpty(lines, li + 1); li < lines.length && rows.length < MAX_ROWS; li = nonEmpty(lines, li + 1)) {
    const cells = cellsAt(s, lines, li);
    const role = cells.length ? headerRole(cells[0].text) : null;
    if (role === "attr") continue; // 属性 | 约束性 | 预期性
    if (role !== "value") break;
    let figures = cells.slice(1);
    if (!figures.length) figures = cellsAt(s, lines, (li = nonEmpty(lines, li + 1)));
    if (figures.length !== names.length || !figures.every((c) => isFigure(c.text.trim()))) return null;
    rows.push({ label: cells[0], figures });
  }
  if (!rows.length) return null;
  // the rows' labels read as a header's cells: their years and kinds
  const cols = columns(rows.map((r) => r.label));
  const items: MatrixItem[] = [];
  rows.forEach((r, k) => {
    const col = cols[k];
    r.figures.forEach((cell, n) => {
      const { name, unit } = named[n];
      const shown = readCell(cell.text.trim(), unit ?? shareUnit(name), col.kind);
      if (!shown || (shown.unit === null && shown.comparator !== "ratio" && !UNITLESS.test(name))) return;
      const item: MatrixItem = { indicator: name, scope: null, shown, kind: col.kind, start: Math.min(names[n].start, cell.start), end: Math.max(names[n].end, cell.end) };
      if (col.year !== null) item.year = col.year;
      items.push(item);
    });
  });
  return { items, nextLine: li };
}
