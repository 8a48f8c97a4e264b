/**
 * Yearbook tables copied one cell per line (a statistics bureau's HTML table as text):
 *   一、学校数            高、中等学校基本情况
 *   计量单位:所           单位:所、万人
 *   2017                  指 标
 *   2016                  2005年 / 2012年 / 2013年
 *   全  市                  普通高等学校
 *   1608                    学校数
 *   1575                  85 / 122 / 123
 * The header is a run of years; each row is a label followed by one figure per year. A label
 * with no figures names a group: the rows under it are its measures (学校数 of 普通高等学校).
 * Otherwise a row names a part (全市, 高等教育) of the caption's measure (学校数). Every figure
 * is an actual of its column's year.
 */
import { parseTarget } from "../parse-target";
import { showTarget } from "../target";
import type { MatrixItem } from "./table-matrix";
import { MEASURE_END } from "./table-units";
import { scaled, unitOf, unitsOf, type YearbookTable } from "./table-yearbook";
import type { Line } from "./text";

const YEAR_CELL = /^((?:19|20)\d\d)\s*年?$/;
const CORNER = /^(指\s*标|项\s*目|年\s*份|类\s*别)$/;
const VALUE = /^(?:\d+(?:\.\d+)?%?|[—–-]+)$/;
const LABEL = /^[#＃]?\s*[\u4e00-\u9fff][\u4e00-\u9fff\s()（）、:：]{0,24}(?:%|[(（]%[)）])?$/;
/** 占当年总人口%: a row of shares under a table of counts, its figures in % whatever the unit line says. */
const PERCENT_ROW = /\s*(?:%|[(（]%[)）])$/;
/** 一、学校数: a caption's numbering before the measure it names. */
const CAPTION = /^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])\s*([\u4e00-\u9fff]{2,12})$/;
const MAX_ROWS = 200;
const MAX_YEARS = 12;

const text = (s: string, line: Line): string => s.slice(line.trimStart, line.trimEnd);

/** The first line from `from` on that holds text. */
export function nonEmpty(lines: Line[], from: number): number {
  let j = from;
  while (j < lines.length && lines[j].trimStart === lines[j].trimEnd) j++;
  return j;
}

export function readYearCells(s: string, lines: Line[], i: number): YearbookTable | null {
  // most lines: one look at their first character (a year's 1 or 2, or a corner's 指 项 年 类)
  const c = s.charCodeAt(lines[i].trimStart);
  if (c !== 49 && c !== 50 && c !== 0x6307 && c !== 0x9879 && c !== 0x5e74 && c !== 0x7c7b) return null;
  const nonEmptyFrom = (from: number): number => nonEmpty(lines, from);
  let li = i;
  if (CORNER.test(text(s, lines[i]))) li = nonEmptyFrom(i + 1);
  // the header's years start here, not inside a run of them (each line tried once: linear)
  else if (i > 0 && YEAR_CELL.test(text(s, lines[i - 1]))) return null;
  const years: number[] = [];
  for (let m = li < lines.length ? YEAR_CELL.exec(text(s, lines[li])) : null; m && years.length < MAX_YEARS; m = li < lines.length ? YEAR_CELL.exec(text(s, lines[li])) : null) {
    years.push(Number(m[1]));
    li = nonEmptyFrom(li + 1);
  }
  // two years far apart are a plan's base and target (2020 | 2025), not a yearbook's columns
  if (years.length < 2 || (years.length < 3 && Math.abs(years[0] - years[1]) > 2)) return null;
  // the rows first: most runs of years head no table, and the caption is read only for one that does
  const rows: Array<{ head: Line; name: string; group: string | null; figures: Line[] }> = [];
  let group: string | null = null;
  let last = i;
  while (li < lines.length && rows.length < MAX_ROWS) {
    const head = lines[li];
    const label = text(s, head);
    // 二、在校学生数 / 计量单位:人: the next table's caption ends this one
    if (!LABEL.test(label) || CAPTION.test(label) || unitsOf(label) !== null) break;
    const name = label.replace(/^[#＃]\s*/, "").replace(/\s+/g, "");
    const figures: Line[] = [];
    let j = nonEmptyFrom(li + 1);
    let lastFigure = li;
    while (j < lines.length && figures.length < years.length && VALUE.test(text(s, lines[j]))) {
      figures.push(lines[j]);
      lastFigure = j;
      j = nonEmptyFrom(j + 1);
    }
    if (figures.length === 0) group = name; // 普通高等学校 over 学校数, 招生数…
    else if (figures.length < years.length) break;
    else {
      rows.push({ head, name, group, figures });
      last = lastFigure;
    }
    li = j;
  }
  if (rows.length < 2) return null;
  const { measure: captionMeasure, units } = captionAbove(s, lines, i);
  const items: MatrixItem[] = [];
  for (const { head, name, group: of, figures } of rows) {
    // under a group (普通高等学校), each row is a measure of it (学校数, 专任教师 → 专任教师数); a row that
    // measures (在校学生总数) names itself; any other (全市, 高等教育) is a part of the caption's measure
    const share = PERCENT_ROW.test(name);
    const measures = of !== null || MEASURE_END.test(name);
    const bare = name.replace(PERCENT_ROW, "");
    const indicator = share ? (MEASURE_END.test(bare) ? bare : bare + "比例") : measures ? (MEASURE_END.test(name) ? name : name + "数") : (captionMeasure ?? name);
    const scope = share ? of : measures ? of : name;
    const unit = share ? "%" : unitOf(indicator, units);
    figures.forEach((f, c) => {
      const t = text(s, f);
      if (!/^\d/.test(t)) return;
      const shown = share ? { ...showTarget(parseTarget(t.replace(/%$/, ""))), comparator: "=" as const, unit } : scaled({ ...showTarget(parseTarget(t)), comparator: "=", unit }, t);
      items.push({ indicator, scope, shown, year: years[c], start: head.trimStart, end: f.trimEnd });
    });
  }
  return items.length ? { items, nextLine: last + 1 } : null;
}

/** The caption's measure (一、学校数) and the units its unit line lists (计量单位:所; 单位:所、万人), within six lines above. */
function captionAbove(s: string, lines: Line[], i: number): { measure: string | null; units: string[] } {
  let measure: string | null = null;
  let units: string[] = [];
  for (let j = i - 1, seen = 0; j >= 0 && seen < 6 && (measure === null || units.length === 0); j--) {
    const t = text(s, lines[j]);
    if (!t) continue;
    seen++;
    if (units.length === 0) units = unitsOf(t) ?? [];
    const c = CAPTION.exec(t);
    if (c && measure === null && MEASURE_END.test(c[1])) measure = c[1];
  }
  return { measure, units };
}
