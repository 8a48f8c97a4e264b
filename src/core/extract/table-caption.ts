/**
 * The caption line right above a table's header, as statistical yearbooks write it:
 *   一、学校数 计量单位:所        → every row counts 学校数, in 所, for the part its label names
 *   在校学生数(单位:万人)          → the same, in 万人
 *   表3 各类教育基本情况 单位:人   → only the unit (the title names no measure)
 */
import { MEASURE_END, UNIT_CELL } from "./table-units";
import type { Line } from "./text";

export interface TableCaption {
  /** The measure every row of parts counts (学校数), or null when the caption only titles the table. */
  indicator: string | null;
  unit: string;
}

const UNIT_CLAUSE = /[\s(（]*(?:计量)?单位\s*[:：]\s*([^\s()（）|:：]{1,4})\s*[)）]?\s*$/;
/** A caption's own numbering: 一、 (一) 1. 表3 表13—11. */
const CAPTION_MARK = /^([一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、]|表\s*[\d一二三四五六七八九十]+([-—–－]\d+)?)\s*/;

export function readCaption(line: string): TableCaption | null {
  const t = line.trim();
  if (t.length > 40) return null;
  const m = UNIT_CLAUSE.exec(t);
  if (!m || !UNIT_CELL.test(m[1])) return null;
  const name = t.slice(0, m.index).replace(CAPTION_MARK, "").replace(/\s+/g, "");
  const measure = name.length >= 2 && name.length <= 12 && MEASURE_END.test(name) && !/[、和及与,]/.test(name);
  return { indicator: measure ? name : null, unit: m[1] };
}

/** The caption of the table whose header is line i: the nearest non-empty line above it. */
export function captionAbove(s: string, lines: Line[], i: number): TableCaption | null {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    if (lines[j].trimEnd > lines[j].trimStart) return readCaption(s.slice(lines[j].trimStart, lines[j].trimEnd));
  }
  return null;
}

/** The one year a short caption line right above line i names (2021年全县各类教育发展情况), or null. */
export function captionYear(s: string, lines: Line[], i: number): number | null {
  for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
    const t = s.slice(lines[j].trimStart, lines[j].trimEnd);
    if (!t) continue;
    const years = t.match(/(19|20)\d\d(?=\s?年)/g);
    return t.length <= 40 && !/[。;,]/.test(t) && years !== null && years.length === 1 && !/(19|20)\d\d\s?[-—–~至到]/.test(t) ? Number(years[0]) : null;
  }
  return null;
}
