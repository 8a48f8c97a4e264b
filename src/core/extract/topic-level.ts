/**
 * The level of schooling a bulletin's paragraph is talking about: 全国共有义务教育阶段学校
 * 21.26万所,招生3507.89万人 counts 义务教育阶段 enrolment; 幼儿园教职工491.57万人,专任教师
 * 276.31万人 counts 幼儿园 teachers. A bare stock of people (招生, 在校生, 专任教师 …) takes
 * the nearest level named before it in its paragraph, else the one its heading names.
 */
import { TOPIC_LEVELS, wordAt } from "./lexicon";
import { marksBefore } from "./marks";

export interface LevelMark {
  at: number;
  level: string;
}

/** Stocks and flows of people that mean nothing without their level (在园幼儿 names its own). */
const BARE_STOCKS = /^(招生|在校生|毕业生|专任教师|教职工|在校学生)(人)?数$/;

/** Every level named in the text, in order (one forward pass). */
export function levelMarks(text: string): LevelMark[] {
  const out: LevelMark[] = [];
  for (let k = 0; k < text.length; k++) {
    const w = wordAt(text, k, TOPIC_LEVELS);
    if (!w) continue;
    out.push({ at: k, level: w });
    k += w.length - 1;
  }
  return out;
}

/** The level named last before p, or null. */
export function levelBefore(marks: readonly LevelMark[], p: number): string | null {
  const n = marksBefore(marks, p);
  return n > 0 ? marks[n - 1].level : null;
}

/** 招生数 → 义务教育阶段招生数 when the topic names a level; any other name as it is (the level is looked up only then). */
export function withTopicLevel(name: string, level: () => string | null): string {
  if (!BARE_STOCKS.test(name)) return name;
  const l = level();
  return l ? l + name : name;
}
