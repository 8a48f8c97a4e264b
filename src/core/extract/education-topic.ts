/**
 * Whether a paragraph is about education at all. A county's 统计公报 gives
 * schools one chapter beside farms, clinics and pensions; a statistician filling an education
 * template labels only that chapter. Words as data, in the lexicon.
 */
import { withoutReadings } from "./text";
import { EDUCATION_WORDS, GENERAL_BULLETIN, NOT_SCHOOLING, OTHER_FIELD_HEADING, OTHER_FIELD_WORDS } from "./lexicon";

/** The paragraph (its spans of the text) names schooling somewhere. */
export function speaksOfEducation(s: string, spans: ReadonlyArray<readonly [number, number]>): boolean {
  return spans.some(([a, b]) => EDUCATION_WORDS.test(s.slice(a, b).replace(NOT_SCHOOLING, "")));
}

/** A report on every field of a place (a chapter headed 九、文化体育、卫生 or 【邮电情况】, or a title 平谷区2011年国民经济和社会发展统计公报), not on its schools alone. */
export function coversOtherFields(s: string): boolean {
  if (OTHER_FIELD_HEADING.test(s) || GENERAL_BULLETIN.test(topLines(s))) return true;
  if (!PINYIN_READING.test(s)) return false;
  const plain = withoutReadings(s); // 九、教育和科学(xué)技术(shù): a heading read without its pinyin
  return OTHER_FIELD_HEADING.test(plain) || GENERAL_BULLETIN.test(topLines(plain));
}

/** A pinyin gloss with its tone mark (xué): the only pages worth reading a second time without them. */
const PINYIN_READING = /\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

/** The page's first three lines that say something (its title among them), past a scraper's source line. */
function topLines(s: string): string {
  const lines: string[] = [];
  for (const line of s.slice(0, 600).split("\n")) {
    if (lines.length === 3) break;
    if (line.trim() && !/^\s*source\s*:/i.test(line)) lines.push(line);
  }
  return lines.join("\n");
}

/**
 * The prose of a general report that is about schooling, judged sentence by sentence: a section's
 * prose runs on across its lines, and a bulletin may run its fields together in one line
 * (教育:全区共有小学50所…。 科学技术:全年专利申请数186件…). A sentence with a school word is
 * schooling's, one with another field's word (专利, 卫生, 图书馆) is not, and one with neither
 * (其中中级职称及以上人员6034人) belongs where the sentence before it did.
 */
export function schoolingSpans(s: string, spans: ReadonlyArray<readonly [number, number]>): Array<readonly [number, number]> {
  const kept: Array<[number, number]> = [];
  let group: Array<readonly [number, number]> = [];
  let schooling = false;
  const keep = (a: number, b: number): void => {
    const last = kept[kept.length - 1];
    if (last && last[1] === a) last[1] = b; // the rest of the same line: one span, so no new line starts
    else kept.push([a, b]);
  };
  const close = (): void => {
    if (!group.length) return;
    if (speaksOfEducation(s, group)) schooling = true;
    else if (group.some(([a, b]) => OTHER_FIELD_WORDS.test(s.slice(a, b)))) schooling = false;
    if (schooling) for (const [a, b] of group) keep(a, b);
    group = [];
  };
  for (const [a, b] of spans) {
    let from = a;
    for (let k = a; k < b; k++) {
      if (!isSentenceEnd(s.charCodeAt(k))) continue;
      group.push([from, k + 1]);
      close();
      from = k + 1;
    }
    if (from < b) group.push([from, b]);
  }
  close();
  return kept;
}

/** 。！？!? by code, so a page's every character costs no string. */
function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 33 || c === 63;
}
