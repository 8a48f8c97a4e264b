/**
 * Whether a paragraph is about education at all. A county's 统计公报 gives
 * schools one chapter beside farms, clinics and pensions; a statistician filling an education
 * template labels only that chapter. Words as data, in the lexicon.
 */
import { EDUCATION_WORDS, OTHER_FIELD_HEADING } from "./lexicon";

/** The paragraph (its spans of the text) names schooling somewhere. */
export function speaksOfEducation(s: string, spans: ReadonlyArray<readonly [number, number]>): boolean {
  return spans.some(([a, b]) => EDUCATION_WORDS.test(s.slice(a, b)));
}

/** A report on every field of a place (a chapter headed 九、文化体育、卫生 or 【邮电情况】), not on its schools alone. */
export function coversOtherFields(s: string): boolean {
  return OTHER_FIELD_HEADING.test(s);
}
