/**
 * The phrase family 由A上升到B / 从2013年的A降低到2023年的B: two figures of one indicator, the
 * earlier one a reported baseline. The README labels A on the indicator marked `(基期)`, an
 * actual of its own year, and B on the indicator itself. So does 比上年A增加B: A is last year's value.
 */
import type { ShownTarget } from "../target";
import type { Fig } from "./figures";
import type { Kind } from "./layout";
import { CHANGE_BETWEEN, LEVEL_SCOPES, wordBefore } from "./lexicon";
import { withSuffix } from "./naming";

/** What this stage renames of an item the sentence reader emitted (prose.ts RawItem). */
interface Emitted {
  indicator: string;
  scope: string | null;
  shown: ShownTarget;
  kind: Kind;
  deadline: number | null;
}

/** A figure as the sentence reader holds it: where it starts and where its reading ends. */
export interface Span {
  start: number;
  tail: number;
}

// …and an approximate A (从2014年的近100所): the approximation is A's own
// …and a baseline of last year (由去年的10所): a year before the figure it changes to
const BEFORE_A = /[由从自](?:((?:19|20)\d\d年(?:\d{1,2}月)?(?:底|末)?)|目前|当前|现在|(去年|上年|上一年|前年))?的?(近|约|将近|不足|逾)?$/;

/** The year the sentence compares with before 由 (与2010年第六次全国人口普查相比, 与2015年比, 较2015年): A's year. */
const COMPARED_YEAR = /(?:[与同和跟]\s*((?:19|20)\d\d)\s*年[^。;；!?！？\n]{0,24}?相?比|(?:较|相比|对比)\s*((?:19|20)\d\d)\s*年)[^。;；!?！？\n]{0,40}$/;
function comparedYear(s: string, at: number): number | null {
  const m = COMPARED_YEAR.exec(s.slice(Math.max(0, at - 80), at));
  return m ? Number(m[1] ?? m[2]) : null;
}

export interface FromTo {
  /** Index of A and of B among the figures. */
  from: number;
  to: number;
  /** Year stated before A (2013年的), or null. */
  fromYear: number | null;
  /** A is stated as approximate (从…的近100所, 由约4万人): its comparator is its own. */
  approx?: boolean;
  /** Years A lies before B's year (由去年的: 1, 由前年的: 2), when A names no year of its own. */
  yearsBack?: number;
  /** 将由A…到B: B is still to come. */
  planned?: boolean;
}

/** The 由A…到B pairs among the figures of sentence s, in order. */
export function fromToPairs(s: string, figs: readonly Span[]): FromTo[] {
  const out: FromTo[] = [];
  for (let i = 0; i + 1 < figs.length; i++) {
    const a = figs[i];
    const b = figs[i + 1];
    const lead = s.slice(Math.max(0, a.start - 12), a.start);
    const before = BEFORE_A.exec(lead);
    if (!before) continue;
    const between = s.slice(a.tail, b.start);
    if (between.length > 16 || !CHANGE_BETWEEN.test(between) || !/到|至|为/.test(between)) continue;
    const back = before[2] === undefined ? 0 : before[2] === "前年" ? 2 : 1;
    // 将由A增加到B: a change still to come, B its target
    const planned = lead.charAt(before.index - 1) === "将";
    out.push({ from: i, to: i + 1, fromYear: before[1] ? Number(before[1].slice(0, 4)) : comparedYear(s, a.start - (lead.length - before.index)), approx: before[3] !== undefined, yearsBack: back, planned });
    i++;
  }
  return out;
}

/** Figures of one list: i, then each next one after a 、 or 和, up to n of them. */
function listFrom(s: string, figs: readonly Span[], i: number): number {
  let k = i;
  while (k + 1 < figs.length && /^(、|和|及|与)$/.test(s.slice(figs[k].tail, figs[k + 1].start))) k++;
  return k - i + 1;
}

/**
 * 大班额、超大班额比例由2013年的26.13%、12.42%分别下降到2018年底的13.01%、1.99%: a list of
 * baselines, then as many values, in the order of the names.
 */
export function fromToLists(s: string, figs: readonly Span[]): Array<FromTo & { n: number }> {
  const out: Array<FromTo & { n: number }> = [];
  for (let i = 0; i + 3 < figs.length; i++) {
    const before = BEFORE_A.exec(s.slice(Math.max(0, figs[i].start - 10), figs[i].start));
    if (!before) continue;
    const n = listFrom(s, figs, i);
    if (n < 2 || i + 2 * n > figs.length) continue;
    const between = s.slice(figs[i + n - 1].tail, figs[i + n].start);
    if (between.length > 16 || !CHANGE_BETWEEN.test(between) || !/到|至|为/.test(between) || listFrom(s, figs, i + n) < n) continue;
    out.push({ from: i, to: i + n, n, fromYear: before[1] ? Number(before[1].slice(0, 4)) : null });
    i += 2 * n - 1;
  }
  return out;
}

/** 大班额、超大班额比例 → 大班额比例, 超大班额比例: n names sharing the measure the last one ends on, or null. */
function splitNames(name: string, n: number): string[] | null {
  const parts = name.split("、");
  if (parts.length !== n) return null;
  const measure = /(比例|比重|占比|率|人数|数)$/.exec(parts[n - 1]);
  return parts.map((p) => (measure && !/(比例|比重|占比|率|数)$/.test(p) ? p + measure[1] : p));
}

/** A reported baseline of the indicator: actual, exact (a ratio keeps its own form), at its year. */
function markBaseline(a: Emitted, indicator: string, year: number | null, mark = "(基期)"): void {
  a.indicator = indicator + mark;
  if (a.shown.comparator !== "ratio") a.shown = { ...a.shown, comparator: "=" };
  a.kind = "actual";
  a.deadline = year;
}

/** The indicator named before 由/从, without it or an adverb before it: 毛入园率从2013年 → 毛入园率, 辍学学生人数已经由 → 辍学学生人数. */
export function beforeFrom(name: string): string {
  const m = /^(.+?)(?:已经|已|均|都|也|将|分别|逐步|逐年)?[由从自](?:(?:19|20)\d\d年)?/.exec(name);
  return m ? m[1] : name;
}

/** 比上年18.39亿元增加2.88亿元: a figure right after 比上年 (较2019年的, 比去年同期) with a change after it is last year's value. */
const COMPARED_WITH = /(?:比|较|与)(?:上年|去年|上一年|((?:19|20)\d\d)年(?:底|末)?)(?:同期)?的?$/;
const CHANGE_AFTER = /^(?:相比)?(?:还|又|仍)?(?:增加|减少|增长|下降|提高|降低|上升|减|增|多出|高出|少|多)/;

export interface Baseline {
  /** Index of the baseline figure and of the change after it. */
  base: number;
  change: number;
  /** Year named (较2019年的), or null for 上年/去年. */
  year: number | null;
}

/** The 比上年A增加B baselines among the figures of sentence s. */
export function baselines(s: string, figs: readonly Span[]): Baseline[] {
  const out: Baseline[] = [];
  for (let i = 0; i + 1 < figs.length; i++) {
    const m = COMPARED_WITH.exec(s.slice(Math.max(0, figs[i].start - 10), figs[i].start));
    if (!m || !CHANGE_AFTER.test(s.slice(figs[i].tail, figs[i + 1].start))) continue;
    out.push({ base: i, change: i + 1, year: m[1] ? Number(m[1]) : null });
  }
  return out;
}

/**
 * 由A上升到B: B keeps the indicator, A is its baseline (…(基期)), a reported figure of its own year.
 * 全县…总收入21.27亿元,比上年18.39亿元增加2.88亿元: last year's value is the baseline of the level before it.
 */
export function nameBaselines(s: string, figs: readonly Fig[], emitted: Map<Fig, Emitted>): void {
  for (const pair of baselines(s, figs.map((x) => x.f))) {
    const level = pair.base > 0 ? emitted.get(figs[pair.base - 1]) : undefined;
    const a = emitted.get(figs[pair.base]);
    const b = emitted.get(figs[pair.change]);
    if (!level || !a || !b || /\((?:基期|上年)\)$/.test(level.indicator)) continue;
    // the changes after it (增加2.88亿元,增长15.66%) took the name the baseline had: they are the level's
    const taken = a.indicator;
    for (let k = pair.change; k < figs.length && emitted.get(figs[k])?.indicator === taken; k++) (emitted.get(figs[k]) as Emitted).indicator = level.indicator;
    b.indicator = level.indicator;
    // 比上年18.39亿元: last year's value, as a statistician heads its column (上年); 较2019年的: the base year's
    markBaseline(a, level.indicator, pair.year ?? (level.deadline !== null ? level.deadline - 1 : null), pair.year === null ? "(上年)" : "(基期)");
  }
  for (const list of fromToLists(s, figs.map((x) => x.f))) {
    const first = emitted.get(figs[list.from]);
    // …大班额、超大班额比例连续5年下降,由2013年的…: the list of names may stand in a clause before
    const said = (): RegExpExecArray | null => /([\u4e00-\u9fff]{1,12}(?:、[\u4e00-\u9fff]{1,12})+?(?:比例|比重|率|数))[^。;]*$/.exec(s.slice(0, figs[list.from].f.start));
    const names = (first ? splitNames(beforeFrom(first.indicator), list.n) : null) ?? splitNames(said()?.[1] ?? "", list.n);
    if (!names) continue;
    for (let k = 0; k < list.n; k++) {
      const a = emitted.get(figs[list.from + k]);
      const b = emitted.get(figs[list.to + k]);
      if (!a || !b) continue;
      b.indicator = names[k];
      markBaseline(a, names[k], list.fromYear);
    }
  }
  for (const pair of fromToPairs(s, figs.map((x) => x.f))) {
    const a = emitted.get(figs[pair.from]);
    const b = emitted.get(figs[pair.to]);
    if (!a || !b) continue;
    const f = figs[pair.to].f;
    // 全市幼儿园由2013年的150所增加到…: nothing before 由 but the scope, whose level is what is counted
    const level = /^[由从自]/.test(a.indicator) && a.scope !== null ? wordBefore(a.scope, a.scope.length, LEVEL_SCOPES) : "";
    if (level && a.scope !== null) a.scope = b.scope = a.scope.slice(0, a.scope.length - level.length) || null;
    const name = level || beforeFrom(a.indicator);
    const indicator = name === a.indicator ? b.indicator : withSuffix(name, f, false);
    b.indicator = indicator;
    a.indicator = indicator + "(基期)";
    if (a.shown.comparator !== "ratio" && !pair.approx && (a.kind !== "actual" || a.shown.comparator === "none")) a.shown = { ...a.shown, comparator: "=" };
    a.kind = "actual";
    a.deadline = pair.fromYear ?? (pair.yearsBack && b.deadline !== null ? b.deadline - pair.yearsBack : null);
    // 将由10所增加到20所: the end is what the change is to reach, a bound in the change's direction
    // (the word before B says which: 增加到 is a lower bound, 减少到 an upper one)
    if (pair.planned && b.kind === "actual" && b.shown.comparator === "=") {
      const gov = figs[pair.to].gov;
      b.kind = "target";
      if (gov === ">=" || gov === "<=") b.shown = { ...b.shown, comparator: gov };
    }
  }
}
