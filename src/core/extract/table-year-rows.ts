/**
 * A `|` table with a year on each row and a measure in each column (a school's or a county's
 * series, often markdown):
 *   年份 | 本科上线人数 | 本科率 | 重点大学录取人数 |
 *   ---|---|---|---|
 *   2021 | 1,200+ | 85% | 180+ |
 * Each figure is an actual of its column for its row's year, in the unit its cell or its
 * column's mark states, or its column's name says (…人数 → 人). 1,200+ is at
 * least 1200; 约1200 states no comparator.
 */
import { parseTarget } from "../parse-target";
import { showTarget, type ShownTarget } from "../target";
import { cellsOf } from "./table";
import { named, type MatrixItem, type MatrixTable } from "./table-matrix";
import { canonicalUnit, compact, impliedCountUnit, inTenThousands, MARKED_LABEL, UNIT_CELL } from "./table-units";
import { scaled } from "./table-yearbook";
import type { Line } from "./text";

const CORNER = /^(年份|年度|年|学年|学年度|时间)$/;
const YEAR = /^((?:19|20)\d\d)\s*(?:年度?|学年)?$/;
// 约 or 近, a sign (+39人 in a 净增 column is a rise), the figure, a mark or a unit of its own, + or 以上
const VALUE = /^(约|近)?\s*([+＋\-−－])?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(%|‰|万|[^\d\s+＋]{1,5}?)?\s*(\+|以上)?$/;

const EMPTY = /^([—–\-－/／…]+)?$/;
const SEPARATOR = /^[\s|:：\-—]+$/;
const MAX_COLUMNS = 12;
const MAX_ROWS = 100;

/** A year-rows table whose header opens line i, or null. */
export function readYearRows(s: string, lines: Line[], i: number): MatrixTable | null {
  const first = s.slice(lines[i].trimStart, lines[i].trimEnd);
  if (first.indexOf("|") < 0) return null; // most lines: one look
  const head = cellsOf(s, lines[i]).filter((c) => c.text.trim() !== "");
  if (head.length < 3 || head.length > MAX_COLUMNS + 1 || !CORNER.test(compact(head[0].text))) return null;
  const columns = head.slice(1).map((c) => {
    // 招生总量(万人): a column counted in ten thousands
    const wan = MARKED_LABEL.exec(compact(c.text));
    if (wan && /^万(?!元)/.test(wan[2])) return { name: wan[1], unit: wan[2] };
    const { name, unit } = named(compact(c.text));
    // a column names its unit only by a mark, or by a name that says it (本科上线人数: 人)
    return { name, unit: unit ?? (/人(次)?数$/.test(name) ? impliedCountUnit(name) : null) };
  });
  if (columns.some((c) => !/^[\u4e00-\u9fff]/.test(c.name) || /\d/.test(c.name))) return null;
  let j = i + 1;
  if (j < lines.length && SEPARATOR.test(s.slice(lines[j].trimStart, lines[j].trimEnd))) j++;
  const items: MatrixItem[] = [];
  let rows = 0;
  let last = i;
  for (; j < lines.length && rows < MAX_ROWS; j++) {
    const cells = cellsOf(s, lines[j]);
    const year = cells.length ? YEAR.exec(compact(cells[0].text)) : null;
    const values = cells.slice(1, columns.length + 1);
    const read = values.map((c) => cellValue(c.text.trim()));
    if (!year || values.length !== columns.length || !read.every((m, k) => m !== null || EMPTY.test(values[k].text.trim()))) break;
    rows++;
    last = j;
    values.forEach((c, k) => {
      const m = read[k];
      if (!m) return;
      const figure = m[3].replace(/,/g, "") + (m[4] ?? "");
      const sign = m[2] ? (m[2] === "+" || m[2] === "＋" ? "increase_by" : "decrease_by") : null;
      const comparator = sign ?? (m[6] ? ">=" : m[1] === "约" ? "none" : m[1] === "近" ? "<=" : "=");
      const shown = cellFigure(figure, m[5] ?? null, columns[k].unit);
      items.push({ indicator: columns[k].name, scope: null, shown: { ...shown, comparator }, start: cells[0].start, end: c.end, year: Number(year[1]) });
    });
  }
  return rows >= 2 ? { items, nextLine: last + 1 } : null;
}

/** A cell's figure, read once, or null; its own mark or unit may be %, ‰, 万 or a unit a table cell states (724人, 1.2万人). */
function cellValue(text: string): RegExpExecArray | null {
  const m = VALUE.exec(text);
  return m !== null && (!m[5] || /^(%|‰|万)$/.test(m[5]) || UNIT_CELL.test(m[5])) ? m : null;
}

/** One cell's figure in its unit: its own unit first, else its column's (1.2万 under 万人 is 12000 人). */
function cellFigure(figure: string, own: string | null, column: string | null): ShownTarget {
  if (own === "万") return { ...showTarget(parseTarget(figure + "万")), unit: column?.replace(/^万/, "") ?? null };
  if (own && own !== "%" && own !== "‰") {
    const unit = canonicalUnit(own);
    return inTenThousands(figure, unit) ?? { ...showTarget(parseTarget(figure)), unit };
  }
  return scaled({ ...showTarget(parseTarget(figure)), unit: own ?? column }, figure);
}
