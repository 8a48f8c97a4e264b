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
import { showTarget } from "../target";
import type { MatrixItem } from "./table-matrix";
import { MEASURE_END } from "./table-units";
import type { Line } from "./text";

export interface YearbookTable {
  items: MatrixItem[];
  nextLine: number;
}

/** A header: English or Chinese label words, then two or more years. */
const HEADER = /^(?:[A-Za-z]+\s+|项\s*目\s+|指\s*标\s+)*((?:(?:19|20)\d\d\s*年?\s+)+(?:19|20)\d\d\s*年?)$/;
/** A row: its Chinese label (spaces allowed: 高 中), an optional English gloss, then figures. */
const ROW = /^([#*]?\s*[\u4e00-\u9fff][\u4e00-\u9fff\s()（）、:：]*?)\s*(?:[A-Za-z][A-Za-z\s,.'&()\-/]*?)?\s*((?:\s*(?:\d+(?:\.\d+)?|[—–…-]+))*)$/;
const UNIT_LINE = /单位\s*[:：]\s*([^\s(（]+)/;
/** A measure over all kinds of school: 各类学校 is its scope, the rest the measure. */
const TOTAL_OF = /^(各级各类学校|各类学校|全部学校|合计)(.{2,})$/;
const MAX_ROWS = 400;
/** Longer lines are prose (and the row pattern stays cheap). */
const MAX_LINE = 120;

/** The unit of a measure among the units a table lists (单位:人、所): schools in 所, people in 人. */
function unitOf(measure: string, units: string[]): string | null {
  if (units.includes("所") && /学校|校数|园数|机构|所数/.test(measure)) return "所";
  if (units.includes("人") && /教师|学生|幼儿|招生|毕业|人数|职工|在校|在园/.test(measure)) return "人";
  return units.length === 1 ? units[0] : null;
}

/** The units a unit line within the three lines above the header lists. */
function unitsAbove(s: string, lines: Line[], i: number): string[] {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const m = UNIT_LINE.exec(s.slice(lines[j].trimStart, lines[j].trimEnd));
    if (m) return m[1].split(/[、,，/]/).filter((u) => u.length > 0 && u.length <= 4);
  }
  return [];
}

/** A yearbook table whose header is line i, or null. */
export function readYearbook(s: string, lines: Line[], i: number): YearbookTable | null {
  // most lines: one look at their last character (a header ends on a year)
  const z = lines[i].trimEnd - 1;
  const lastCode = z >= lines[i].trimStart ? s.charCodeAt(z) : 0;
  if (!((lastCode >= 48 && lastCode <= 57) || lastCode === 0x5e74 /* 年 */) || lines[i].trimEnd - lines[i].trimStart > 80) return null;
  const head = HEADER.exec(s.slice(lines[i].trimStart, lines[i].trimEnd));
  if (!head) return null;
  const years = (head[1].match(/(19|20)\d\d/g) as string[]).map(Number);
  // a yearbook sets a year beside the last ones; a plan's table jumps to its target year (2020 | 2025)
  if (Math.max(...years) - Math.min(...years) > years.length) return null;
  const units = unitsAbove(s, lines, i);
  const items: MatrixItem[] = [];
  let measure: string | null = null;
  let rows = 0;
  let li = i + 1;
  let last = i;
  for (; li < lines.length && li - i <= MAX_ROWS; li++) {
    const line = lines[li];
    if (line.trimEnd === line.trimStart) continue;
    const text = s.slice(line.trimStart, line.trimEnd);
    const m = text.length <= MAX_LINE ? ROW.exec(text) : null;
    if (!m) break;
    const label = m[1].replace(/\s+/g, "").replace(/^[#*]|^其中[:：]?/g, "");
    const figures = m[2].trim() ? m[2].trim().split(/\s+/) : [];
    if (figures.length === 0) {
      // 专任教师 Number of Full-time Teachers: the measure of the rows after it
      measure = /数$/.test(label) ? label : label + "数";
      last = li;
      continue;
    }
    if (figures.length !== years.length) break;
    rows++;
    // 各类学校教职工人数 … 247224 266394: a measure's own total, the measure of the part rows after it
    let scope = measure === null ? null : label;
    if (MEASURE_END.test(label)) {
      const total = TOTAL_OF.exec(label);
      measure = total ? total[2] : label;
      scope = total ? total[1] : null;
    }
    let at = line.trimStart + m.index + m[0].length - m[2].length;
    for (let c = 0; c < figures.length; c++) {
      at = s.indexOf(figures[c], at);
      const end = at + figures[c].length;
      if (/^\d/.test(figures[c])) {
        let shown;
        try {
          shown = showTarget(parseTarget(figures[c]));
        } catch {
          shown = null;
        }
        if (shown) {
          const unit = unitOf(measure ?? label, units);
          items.push({ indicator: measure ?? label, scope, shown: { ...shown, comparator: "=", unit }, year: years[c], start: line.trimStart, end });
        }
      }
      at = end;
    }
    last = li;
  }
  return rows >= 2 && items.length ? { items, nextLine: last + 1 } : null;
}
