/**
 * Statistical yearbook tables, often bilingual, one row per line:
 *   单位:人、所     (person, unit)
 *                Item 2006 2007
 *   学校数 Number of Schools
 *   普通高等学校 Regular Institutions of Higher Education 38 38
 *      高 中         Senior 286 262
 * The header names years; a row of words only (学校数) names the measure of the rows under it,
 * which name parts (scopes); each figure is that measure's figure for its part in its column's
 * year. English glosses are dropped. Every figure is an actual.
 */
import { parseTarget } from "../parse-target";
import { showTarget, type ShownTarget } from "../target";
import type { MatrixItem } from "./table-matrix";
import { FIGURES_ALONE, impliedCountUnit, inTenThousands, MARKED_LABEL, MEASURE_END, UNIT_CELL } from "./table-units";
import { withoutReadings, type Line } from "./text";

export interface YearbookTable {
  items: MatrixItem[];
  nextLine: number;
}

/** A header: English or Chinese label words, then two or more years. */
const HEADER = /^(?:[A-Za-z]+\s+|项\s*目\s+|指\s*标\s+|单\s*位\s+)*((?:(?:19|20)\d\d\s*年?\s+)+(?:19|20)\d\d\s*年?)$/;
/** A figure whose thousands a yearbook set apart with single spaces (1 202 491), in a row whose columns it set apart with more. */
const SPACED_THOUSANDS = /^(?:\d{1,3}(?: \d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[—–…-]+)$/;
/** A row: its Chinese label (spaces allowed: 高 中), an optional English gloss (its unit may say 10 000 yuan), then figures. */
// (an acronym glued to the Chinese that follows, R&D机构, is part of the label, not a gloss)
const ROW = /^((?:\d{1,2}[.．、]\s*)?[#*]?\s*(?:[A-Z][A-Za-z&]{0,5}(?=[\u4e00-\u9fff]))?[\u4e00-\u9fff][\u4e00-\u9fff\s()（）、:：&A-Z]*?)\s*(?:[A-Za-z][A-Za-z\s,.'&()\-/]*?(?:\(\s*10[\s,]?000\s+[A-Za-z\s]+\))?)?\s*((?:\s*(?:\d+(?:\.\d+)?|[—–…-]+))*)$/;
const UNIT_LINE = /单位\s*[:：]\s*([^\s(（]+)/;

/** A line of English only (a row's gloss), and the corner cell's line (项目  Item). */
export const GLOSS_LINE = /^[A-Za-z][A-Za-z\s,.'&()\-/:]*$/;
const CORNER_LINE = /^(项\s*目|指\s*标)(\s+[A-Za-z]+)?$/;
/** A markdown rule between header and body: |---|---|. */
const RULE_ROW = /^[|\-\s:]+$/;

/** A line's text with its `|` cell marks as spaces, from its first mark on (offsets from `cellStart`). */
function cellText(s: string, line: Line): string {
  return withoutReadings(s.slice(cellStart(s, line), line.trimEnd).replace(/\|/g, " "), true).trimEnd();
}

function cellStart(s: string, line: Line): number {
  let a = line.trimStart;
  while (a < line.trimEnd && (s.charCodeAt(a) === 124 || s.charCodeAt(a) === 32)) a++;
  return a;
}

/** 79.97 under 万人 is 799700 人 (万元 stays a unit). */
export function scaled(shown: ShownTarget, text: string): ShownTarget {
  const t = shown.unit === null || shown.value === null ? null : inTenThousands(text, shown.unit);
  return t ? { ...t, comparator: shown.comparator } : shown;
}

/** A measure over all kinds of school: 各类学校 is its scope, the rest the measure. */
const TOTAL_OF = /^(各级各类学校|各类学校|全部学校|合计)(.{2,})$/;
const MAX_ROWS = 400;
/** Longer lines are prose (and the row pattern stays cheap). */
const MAX_LINE = 200;

/** The unit of a measure among the units a table lists (单位:人、所): schools in 所, people in 人 (or 万人). */
export function unitOf(measure: string, units: string[]): string | null {
  const implied = impliedCountUnit(measure);
  if (implied !== null && units.includes(implied)) return implied;
  if (implied !== null && units.includes("万" + implied)) return "万" + implied;
  return units.length === 1 ? units[0] : null;
}

/** The units a unit line lists (单位:人、所 → 人, 所), or null for a line that states none. */
export function unitsOf(t: string): string[] | null {
  const m = UNIT_LINE.exec(t);
  return m ? m[1].split(/[、,，/]/).filter((u) => u.length > 0 && u.length <= 4) : null;
}

/** The units a unit line within the three lines above the header lists. */
function unitsAbove(s: string, lines: Line[], i: number): string[] {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const units = unitsOf(s.slice(lines[j].trimStart, lines[j].trimEnd));
    if (units) return units;
  }
  return [];
}

/** A row's label on a line of its own: where it starts, and the measure before it took over. */
interface LabelLine {
  label: string;
  start: number;
  measure: string | null;
  indent: number;
}

/** A yearbook table whose header is line i, or null. */
export function readYearbook(s: string, lines: Line[], i: number): YearbookTable | null {
  // most lines: one look at their last character (a header ends on a year)
  let z = lines[i].trimEnd - 1;
  while (z > lines[i].trimStart && (s.charCodeAt(z) === 124 /* | */ || s.charCodeAt(z) === 32)) z--;
  const lastCode = z >= lines[i].trimStart ? s.charCodeAt(z) : 0;
  if (!((lastCode >= 48 && lastCode <= 57) || lastCode === 0x5e74 /* 年 */) || lines[i].trimEnd - lines[i].trimStart > 160) return null;
  const head = HEADER.exec(cellText(s, lines[i]));
  if (!head) return null;
  // 单位 1978 年 1980 年 …: each row states its unit after its label (小学  所  4 669  4 860)
  const unitColumn = /^单\s*位/.test(cellText(s, lines[i]));
  const years = (head[1].match(/(19|20)\d\d/g) as string[]).map(Number);
  // a yearbook sets a year beside the last ones, or gives a series of four or more (1982 1990 … 2019);
  // a plan's table jumps to its target year (2020 | 2025)
  if (years.length < 4 && Math.max(...years) - Math.min(...years) > years.length) return null;
  const units = unitsAbove(s, lines, i);
  const items: MatrixItem[] = [];
  let measure: string | null = null;
  let measureUnit: string | null = null;
  let unitIndent = 0; // the indent of the row that stated measureUnit
  let rows = 0;
  let labelOnly = null as LabelLine | null;
  let li = i + 1;
  let last = i;
  for (; li < lines.length && li - i <= MAX_ROWS; li++) {
    const line = lines[li];
    if (line.trimEnd === line.trimStart || RULE_ROW.test(s.slice(line.trimStart, line.trimEnd))) continue;
    let text = cellText(s, line);
    // College and Higher Level on a line of its own, 项目  Item under the years: glosses and the corner, no row
    if (GLOSS_LINE.test(text) || CORNER_LINE.test(text)) continue;
    let rowStart = cellStart(s, line);
    // a label line whose figures wrapped onto this line: the two are one row, and the label measures nothing after it
    const wrapped = labelOnly !== null && text.length <= MAX_LINE && FIGURES_ALONE.test(text) && /\d/.test(text) ? labelOnly : null;
    if (wrapped) {
      text = wrapped.label + " " + text;
      rowStart = wrapped.start;
      measure = wrapped.measure;
    }
    labelOnly = null;
    const m = text.length <= MAX_LINE ? ROW.exec(text) : null;
    if (!m) break;
    // 初中学校数(所), 各类学校在校学生数 (人): the label's unit marker is the row's unit, and its measure's
    const parts = m[1].trim().split(/\s{2,}/);
    const unitCell = unitColumn && parts.length >= 2 && UNIT_CELL.test(parts[parts.length - 1]) ? (parts.pop() as string) : null;
    const marked = unitCell === null ? MARKED_LABEL.exec(m[1].replace(/\s+/g, "")) : null;
    // the row's own unit: its unit cell, or its label's marker
    const ownUnit = unitCell ?? (marked ? marked[2] : null);
    const label = (unitCell !== null ? parts.join("") : marked ? marked[1] : m[1]).replace(/\s+/g, "").replace(/^\d{1,2}[.．、]|^[#*]|^其中[:：]?/g, "");
    let figures = m[2].trim() ? m[2].trim().split(/\s+/) : [];
    const cells = m[2].trim().split(/\s{2,}/);
    // more figures than years, or a unit column's print: thousands set apart (1 202 491), columns by wider spaces
    if ((unitColumn || figures.length > years.length) && cells.length <= years.length && cells.some((c) => c.indexOf(" ") > 0)) {
      let n = 0;
      while (n < cells.length && SPACED_THOUSANDS.test(cells[n])) n++;
      if (n === cells.length || unitColumn) figures = cells.slice(0, n); // a row cut off mid-figure (10 69) keeps the figures before
    }
    if (figures.length === 0) {
      labelOnly = { label: m[1], start: rowStart, measure, indent: line.trimStart - line.start };
      // 专任教师 Number of Full-time Teachers: the measure of the rows after it
      measure = /数$/.test(label) ? label : label + "数";
      last = li;
      continue;
    }
    // a row with fewer figures than years (初中招生数(万人) | 26.32) is read from the left
    if (figures.length > years.length) break;
    if (figures.length === years.length) rows++;
    // 各类学校教职工人数 … 247224 266394: a measure's own total, the measure of the part rows after it
    let scope = measure === null ? null : label;
    const own = label.replace(/(合计|总计)$/, "");
    // 学校固定资产 (万元): a row that states its own unit is a measure too
    if (MEASURE_END.test(own) || marked !== null) {
      const total = TOTAL_OF.exec(own);
      measure = total ? total[2] : own === "各类学校数" || own === "各级各类学校数" ? "学校数" : own;
      scope = total ? total[1] : own === measure ? null : "各类学校";
      // 高等学校产权校舍面积, indented under 学校校舍面积 (万平方米): a part of it, in its unit
      const indent = wrapped ? wrapped.indent : line.trimStart - line.start;
      measureUnit = ownUnit ?? (measureUnit !== null && indent > unitIndent ? measureUnit : null);
      if (ownUnit !== null) unitIndent = indent;
    }
    let at = wrapped ? cellStart(s, line) : rowStart + m.index + m[0].length - m[2].length;
    for (let c = 0; c < figures.length; c++) {
      at = s.indexOf(figures[c], at);
      const end = at + figures[c].length;
      const figure = figures[c].replace(/ /g, ""); // 1 202 491 as printed
      if (/^\d/.test(figure)) {
        let shown;
        try {
          shown = showTarget(parseTarget(figure));
        } catch {
          shown = null;
        }
        if (shown) {
          const unit = ownUnit ?? measureUnit ?? unitOf(measure ?? label, units);
          items.push({ indicator: measure ?? label, scope, shown: scaled({ ...shown, comparator: "=", unit }, figure), year: years[c], start: rowStart, end });
        }
      }
      at = end;
    }
    last = li;
  }
  return rows >= 2 && items.length ? { items, nextLine: last + 1 } : null;
}
