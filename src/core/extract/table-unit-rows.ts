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
import { englishHeads, englishUnitLine, mergedHeads } from "./english-heads";
import { FIGURES_ALONE, impliedCountUnit, isLabelHeader, ONE_LINE_ROW, ROW_FIGURE } from "./table-units";
import { COUNT_UNITS } from "./lexicon";
import { unitLineUnit } from "./table-cell-rows";
import { scaled, type YearbookTable } from "./table-yearbook";
import { LIST_MARKER } from "./naming";
import { withoutReadings, type Line } from "./text";

/** A row has three or more figures (two may be a label's years or a pair of counts in prose). */
const MIN_FIGURES = 3;
/** Lines between the unit line and the first row: a header, however long. */
const MAX_HEADER_LINES = 12;
const MAX_ROWS = 300;
const MAX_LINE = 400;

/** A line's text, its `|` cell marks read as the spaces between cells (same offsets): 总计 Total | 6132155 | 5592453 |. */
const text = (s: string, line: Line): string => s.slice(line.trimStart, line.trimEnd).replace(/\|/g, " ").trimEnd();

/** A caption in English alone (a national table whose Chinese caption was not copied). */
const ENGLISH_CAPTION = /^[A-Z][A-Za-z ,.'()&-]{10,}$/;

/** A row of this table: a row on one line with three figures or more. */
function rowOf(t: string): RegExpExecArray | null {
  const m = ONE_LINE_ROW.exec(t);
  return m && (m[2].match(ROW_FIGURE) as string[]).length >= MIN_FIGURES ? m : null;
}

/** The unit a line states for a whole table (单位:人, Unit: person), or null. */
const tableUnit = (t: string): string | null => englishUnitLine(t) ?? unitLineUnit(t);

/** A row: its label, its figures' text starting at offset `at`, and the last line it takes. */
interface Row {
  label: string;
  figures: string;
  at: number;
  last: number;
}

/** The row at line li: on one line, or a label line without a digit over a line of figures alone (民办高校 Private … ⏎ 31 47038 …). */
function rowAt(s: string, lines: Line[], li: number): Row | null {
  const t = text(s, lines[li]);
  if (t.length > MAX_LINE) return null;
  const m = rowOf(t);
  if (m) return { label: m[1], figures: m[2], at: lines[li].trimStart + t.length - m[2].length, last: li };
  if (li + 1 >= lines.length || /\d/.test(t) || !/[\u4e00-\u9fff]/.test(t)) return null;
  const next = text(s, lines[li + 1]);
  // three figures or more: a row's label wrapped onto the line above them
  return FIGURES_ALONE.test(next) && next.split(/\s+/).length >= 3 ? { label: t, figures: next, at: lines[li + 1].trimStart, last: li + 1 } : null;
}

/**
 * Inside a table, a row whose English label holds a digit (十二年一贯制学校 12-Year Schools 1763 …) or
 * whose first figure is a count left out of the totals ((四)民办的其他高等教育机构 … (786) 19681 9107).
 */
const FIGURE_TOKEN = /^\(?\d+(?:\.\d+)?\)?$/;
function labelledRow(s: string, lines: Line[], li: number): Row | null {
  const t = text(s, lines[li]);
  if (t.length > MAX_LINE) return null;
  // the figures, read from the end of the line back (linear: no pattern tried at every start)
  let cut = t.length;
  for (let k = t.length; k > 0; ) {
    let j = k;
    while (j > 0 && t.charCodeAt(j - 1) !== 32) j--;
    if (j === 0 || !FIGURE_TOKEN.test(t.slice(j, k))) break;
    cut = j;
    k = j;
    while (k > 0 && t.charCodeAt(k - 1) === 32) k--;
  }
  const label = t.slice(0, cut).trimEnd();
  if (cut === t.length || !/[A-Za-z)）]$/.test(label) || !/[\u4e00-\u9fff]/.test(label) || t.slice(cut).indexOf("(", 1) >= 0) return null;
  return { label, figures: t.slice(cut), at: lines[li].trimStart + cut, last: li };
}

/** `grid` is the text with space-set tables' cells tabbed: a block it set (a table the space reader reads) is left to that reader. */
export function readUnitRows(s: string, grid: string, lines: Line[], i: number): YearbookTable | null {
  const first = text(s, lines[i]);
  // most lines: one look. A unit line, or an English caption naming the measures (Number of Schools, Educational Personnel and Full-time Teachers by …)
  const caption = first.length <= MAX_LINE && ENGLISH_CAPTION.test(first) && englishHeads(first).length >= MIN_FIGURES;
  if (!caption && (first.length > 40 || !/^[|\s]*(?:单位|unit)/i.test(first))) return null;
  const unit = caption ? null : tableUnit(first);
  if (unit === null && !caption) return null;
  // the header: up to the first row; its Chinese words, and the measures its English words name, name the columns
  let li = i + 1;
  for (; li < lines.length && li <= i + MAX_HEADER_LINES; li++) {
    const t = text(s, lines[li]);
    if (t.length > MAX_LINE) return null;
    if (rowAt(s, lines, li)) break;
    // a Chinese header the space reader set apart is that reader's (地区 专任教师数 在校生数 over their parts);
    // an English header line it set (New Enrollment Total Enrollment …) is not
    // (a `|` line's cells are set off by its bars, whatever the space reader did)
    if (!caption && grid !== s && !s.slice(lines[li].trimStart, lines[li].trimEnd).includes("|") && text(grid, lines[li]) !== t && /[\u4e00-\u9fff]/.test(t)) return null;
  }
  const headerEnd = li;
  const items: MatrixItem[] = [];
  let rows = 0;
  let width = 0;
  let last = li;
  for (; li < lines.length && rows < MAX_ROWS; li++) {
    if (!text(s, lines[li])) continue;
    let row = rowAt(s, lines, li) ?? (rows > 0 ? labelledRow(s, lines, li) : null);
    // one line that is no row between rows is passed over
    if (!row && rows > 0 && li + 1 < lines.length && /\d[\d\s()]*\d/.test(text(s, lines[li])) && rowAt(s, lines, li + 1)) row = rowAt(s, lines, ++li);
    if (!row) break;
    const figures = row.figures.match(ROW_FIGURE) as string[];
    width = Math.max(width, figures.length);
    rows++;
    last = li = row.last;
    const label = withoutReadings(row.label).replace(/\s+(?:\d+-)?[A-Za-z].*$/, "").replace(/\s+/g, "").replace(LIST_MARKER, "").replace(/^#|^其中[:：]?/, "") || row.label.trim();
    ROW_FIGURE.lastIndex = 0;
    for (let f = ROW_FIGURE.exec(row.figures), c = 0; f; f = ROW_FIGURE.exec(row.figures), c++) {
      if (!/^\d/.test(f[0])) continue;
      const shown = scaled({ ...showTarget(parseTarget(f[0])), comparator: "=", unit }, f[0]);
      items.push({ indicator: String(c), scope: label, shown, start: row.at + f.index, end: row.at + f.index + f[0].length });
    }
  }
  if (rows < 3 || width < 3) return null;
  // the header's words, read once a table is found
  const chinese: string[] = [];
  let english = caption ? first : "";
  for (let h = i + 1; h < headerEnd; h++) {
    const t = text(s, lines[h]);
    for (const w of withoutReadings(t).match(/[\u4e00-\u9fff][\u4e00-\u9fff()（）:：]*/g) ?? []) if (!isLabelHeader(w)) chinese.push(w);
    english += " " + t;
  }
  // name each figure by its column when the header names as many columns as the widest row has figures
  const heads = caption ? englishHeads(first) : [];
  const names = heads.length === width ? heads : chinese.length === width ? chinese : mergedHeads(chinese, englishHeads(english), width);
  if (names === null && unit === null) return null; // an English caption whose measures are not the columns
  // else the row names the measure (中等职业学校 in 个 → 中等职业学校数) and the column's place its part (第3列), for the statistician to name
  for (const it of items) {
    const c = Number(it.indicator);
    if (names) {
      it.indicator = names[c];
      // 单位:人 over a 学校数 column: the schools are counted in 所
      // …and under an English caption, which states no unit, each column is counted as its name says
      const implied = impliedCountUnit(it.indicator);
      if (implied !== null && (it.shown.unit === null || COUNT_UNITS.has(it.shown.unit))) it.shown = { ...it.shown, unit: implied };
    }
    else {
      it.indicator = measureOf(it.scope as string, it.shown.unit);
      it.scope = `第${c + 1}列`;
    }
  }
  return { items, nextLine: last + 1 };
}
