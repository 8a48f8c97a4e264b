/**
 * Whether a paragraph is about education at all. A county's 统计公报 gives
 * schools one chapter beside farms, clinics and pensions; a statistician filling an education
 * template labels only that chapter. Words as data, in the lexicon.
 */
import { EDUCATION_WORDS, NOT_SCHOOLING, OTHER_FIELD_HEADING } from "./lexicon";

/** The paragraph (its spans of the text) names schooling somewhere. */
export function speaksOfEducation(s: string, spans: ReadonlyArray<readonly [number, number]>): boolean {
  return spans.some(([a, b]) => EDUCATION_WORDS.test(s.slice(a, b).replace(NOT_SCHOOLING, "")));
}

/** A report on every field of a place (a chapter headed 九、文化体育、卫生 or 【邮电情况】), not on its schools alone. */
export function coversOtherFields(s: string): boolean {
  return OTHER_FIELD_HEADING.test(s);
}

/**
 * The lines of a general report's prose that are about schooling: a section's prose runs on
 * across its lines, so each line that starts a sentence starts a paragraph of its own, judged
 * alone (九、教育和科学技术 holds the schools' paragraph, then the labs').
 */
export function schoolingSpans(s: string, spans: ReadonlyArray<readonly [number, number]>): Array<readonly [number, number]> {
  const kept: Array<readonly [number, number]> = [];
  let group: Array<readonly [number, number]> = [];
  const close = (): void => {
    if (group.length && speaksOfEducation(s, group)) kept.push(...group);
    group = [];
  };
  for (const span of spans) {
    group.push(span);
    if (/[。！？!?]\s*$/.test(s.slice(Math.max(span[0], span[1] - 2), span[1]))) close();
  }
  close();
  return kept;
}
