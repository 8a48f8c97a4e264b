/**
 * Statistics tables whose header stands one cell per line, each Chinese name with its English
 * gloss below it, over rows of label, gloss and figures (教育部 教育统计数据, yearbooks):
 *   学校数(所)
 *   Schools
 *   教学点数(个)
 *   External Teaching Sites
 *   班数(个)
 *   Classes
 *         Total 161811 101398 2753904
 *       教育部门 Run by Ed. Dept. 155372 101247 2525770
 * Each figure is its column's measure for the part its row names (总计 for a row named only in
 * English); every one is an actual.
 */
import { parseTarget } from "../parse-target";
import { showTarget } from "../target";
import type { MatrixItem } from "./table-matrix";
import { impliedCountUnit, inTenThousands, UNIT_CELL } from "./table-units";
import { GLOSS_LINE, type YearbookTable } from "./table-yearbook";
import type { Line } from "./text";

/** A header cell: a Chinese name, its unit in brackets after it (学校数(所), 在校生数（万人）). */
const NAME_CELL = /^([\u4e00-\u9fff][\u4e00-\u9fff、/]{0,19})\s*(?:[(（]\s*([^()（）\s\d]{1,6})\s*[)）])?$/;
const FIGURE = /^(?:\d+(?:\.\d+)?|-|—)$/;
const MAX_HEADER_LINES = 24;
const MAX_COLUMNS = 12;
const MAX_ROWS = 400;
const MAX_LINE = 200;

interface Column {
  name: string;
  unit: string | null;
}

const text = (s: string, line: Line): string => s.slice(line.trimStart, line.trimEnd);

/** The row a line is: its Chinese label (or null for one named in English only) and its figures, or null. */
function rowOf(t: string, columns: number): { label: string | null; figures: string[]; at: number[] } | null {
  if (t.length > MAX_LINE) return null;
  const parts = t.split(/\s+/);
  let k = parts.length;
  while (k > 0 && FIGURE.test(parts[k - 1])) k--;
  if (parts.length - k !== columns) return null;
  const words = parts.slice(0, k).join(" ");
  const m = /^(?:其中[:：]?)?([\u4e00-\u9fff][\u4e00-\u9fff()（）、:：]*)?\s*([A-Za-z][A-Za-z\s,.'&()\-/:]*)?$/.exec(words);
  if (!m || (!m[1] && !m[2])) return null;
  const at: number[] = [];
  let p = 0;
  for (let j = 0; j < parts.length; j++) {
    p = t.indexOf(parts[j], p);
    if (j >= k) at.push(p);
    p += parts[j].length;
  }
  return { label: m[1] ?? null, figures: parts.slice(k), at };
}

export function readStacked(s: string, lines: Line[], i: number): YearbookTable | null {
  const first = NAME_CELL.exec(text(s, lines[i]));
  // a header cell states its unit (学校数(所)) or has its gloss under it: a menu of short words (首页, 新闻中心) has neither
  if (!first || (first[2] === undefined && !(i + 1 < lines.length && GLOSS_LINE.test(text(s, lines[i + 1]))))) return null;
  const cols: Column[] = [];
  let li = i;
  for (; li < lines.length && li - i < MAX_HEADER_LINES; li++) {
    const t = text(s, lines[li]);
    if (!t || GLOSS_LINE.test(t)) continue;
    const cell = NAME_CELL.exec(t);
    if (!cell) break;
    // a header names each column once (序号 on every line is none), and a table has few columns
    if (cols.length >= MAX_COLUMNS || cols.some((c) => c.name === cell[1])) return null;
    const unit = cell[2] !== undefined && UNIT_CELL.test(cell[2]) ? cell[2] : null;
    cols.push({ name: cell[1], unit: unit ?? impliedCountUnit(cell[1]) });
  }
  if (cols.length < 2 || li >= lines.length || rowOf(text(s, lines[li]), cols.length) === null) return null;
  const items: MatrixItem[] = [];
  let rows = 0;
  let last = li;
  for (; li < lines.length && rows < MAX_ROWS; li++) {
    const line = lines[li];
    if (line.trimStart === line.trimEnd) continue;
    const row = rowOf(text(s, line), cols.length);
    if (!row) break;
    rows++;
    last = li;
    const scope = row.label ?? "总计";
    row.figures.forEach((f, c) => {
      if (!/^\d/.test(f)) return;
      const col = cols[c];
      const shown = { ...showTarget(parseTarget(f)), comparator: "=" as const, unit: col.unit };
      const scaled = col.unit !== null ? (inTenThousands(f, col.unit) ?? shown) : shown;
      items.push({ indicator: col.name, scope, shown: { ...scaled, comparator: "=" }, start: line.trimStart, end: line.trimStart + row.at[c] + f.length });
    });
  }
  return rows >= 2 && items.length ? { items, nextLine: last + 1 } : null;
}
