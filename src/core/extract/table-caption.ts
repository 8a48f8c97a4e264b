/**
 * The caption line right above a table's header, as statistical yearbooks write it:
 *   一、学校数 计量单位:所        → every row counts 学校数, in 所, for the part its label names
 *   在校学生数(单位:万人)          → the same, in 万人
 *   表3 各类教育基本情况 单位:人   → only the unit (the title names no measure)
 * or, when no line states it, the label header's note: 指标(在校学生数/万人) | 2016年 | … → the same;
 * and what a table's title is about: its measure (…增加公办义务教育学位完成情况统计 → 增加公办义务教育学位数)
 * or the fund it allocates (…奖补资金安排表 → 奖补资金).
 */
import { impliedCountUnit, isLabelHeader, MEASURE_END, UNIT_CELL } from "./table-units";
import { withoutReadings, type Line } from "./text";

export interface TableCaption {
  /** The measure every row of parts counts (学校数), or null when the caption only titles the table. */
  indicator: string | null;
  unit: string;
}

/** The unit a 单位 clause states (单位:人, 单位:万元); 单位:人/10万人 counts people per 100,000, so its unit is 人. */
const STATED_UNIT = "(?:计量)?单位\\s*[:：]\\s*([^\\s()（）|:：/]{1,4})(?:\\/(?:10|100|1000|十|百|千)?万?人口?)?\\s*[)）]?";
/** …单位:人, (单位:万元) ending a caption. */
const UNIT_CLAUSE = new RegExp("[\\s(（]*" + STATED_UNIT + "\\s*$");
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

/** The nearest non-empty line within three above line i: where a table's caption stands. */
function lineAbove(s: string, lines: Line[], i: number): string | null {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    if (lines[j].trimEnd > lines[j].trimStart) return s.slice(lines[j].trimStart, lines[j].trimEnd);
  }
  return null;
}

/** The caption of the table whose header is line i: the nearest non-empty line above it. */
export function captionAbove(s: string, lines: Line[], i: number): TableCaption | null {
  const t = lineAbove(s, lines, i);
  return t === null ? null : readCaption(t);
}

/** What the caption above a table counts (表5-1 各镇每10万人口中拥有的各类受教育程度人数 → 人), or null. */
export function captionCount(s: string, lines: Line[], i: number): string | null {
  const t = withoutReadings(lineAbove(s, lines, i) ?? "");
  return t && t.length <= 40 && !/[。;,]/.test(t) ? impliedCountUnit(t) : null;
}

/** A line that only states the unit, perhaps with its English (单位:万元 (10 000 yuan)). */
const UNIT_LINE = new RegExp("^[(（]?" + STATED_UNIT + "(?:\\s*[(（][A-Za-z ]+[)）])?$");

/** The one year a short caption line right above line i names (2021年全县各类教育发展情况), or null. */
export function captionYear(s: string, lines: Line[], i: number): number | null {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const t = s.slice(lines[j].trimStart, lines[j].trimEnd);
    // 单位:万元 between the title and the header, or the title's English line: the Chinese title is the caption
    if (!t || UNIT_LINE.test(t) || !/[\u4e00-\u9fff]/.test(t)) continue;
    const years = t.match(/(19|20)\d\d(?=\s?年)/g);
    return t.length <= 40 && !/[。;,]/.test(t) && years !== null && years.length === 1 && !/(19|20)\d\d\s?[-—–~至到]/.test(t) ? Number(years[0]) : null;
  }
  return null;
}

/** A caption's topic (邵阳市增加公办义务教育学位完成情况统计 → 增加公办义务教育学位数): its place, numbering and 完成情况统计 dropped; null when too short. */
const CAPTION_TAIL = /(?:建设)?(?:完成|进展|落实|推进)?(?:情况)?(?:统计表|统计|一览表|汇总表|明细表|表)$/;
const CAPTION_PLACE = /^[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|州|旗|盟)(?=[\u4e00-\u9fff]{4})/;
export function captionTopic(s: string, lines: Line[], i: number): string | null {
  const t = (lineAbove(s, lines, i) ?? "").replace(/\s+/g, "");
  if (!t || t.length > 40 || /[。;；,，:：|]/.test(t)) return null;
  const name = t.replace(/^附件\d*/, "").replace(CAPTION_PLACE, "").replace(CAPTION_TAIL, "");
  if (name.length < 2 || name === t) return null;
  return MEASURE_END.test(name) ? name : name + "数";
}

/** The fund a caption names before its table word: …试验区奖补资金安排表 → 奖补资金. */
const FUND = /([\u4e00-\u9fff]{0,2}(?:资金|经费|补助|补贴|助学金|奖学金))(?:安排|分配|下达|使用|发放)?(?:情况)?(?:明细|汇总|一览)?表/;
export function captionFund(caption: string): string | null {
  return FUND.exec(caption)?.[1] ?? null;
}

/** A label header with a note in brackets: 指标(在校学生数/万人), 项目（单位：万元）, 指标(%). */
const NOTED_LABEL = /^(.+?)[(（]([^()（）]{1,20})[)）]$/;

/** The measure and unit a label header's note states for every row (指标(在校学生数/万人) → 在校学生数 in 万人), or null. */
export function headerNote(header: string): TableCaption | null {
  const m = NOTED_LABEL.exec(withoutReadings(header).replace(/\s+/g, "")); // 指標(在校學生數(shù)/人): a converter's pinyin is no bracket of the note
  if (!m || !isLabelHeader(m[1])) return null;
  const parts = m[2].replace(/^(?:计量)?单位[:：]/, "").split(/[/／,，、;；]/);
  const unit = parts[parts.length - 1];
  if (!UNIT_CELL.test(unit)) return null;
  const measure = parts.length === 2 && MEASURE_END.test(parts[0]) ? parts[0] : null;
  return { indicator: measure, unit };
}
