/**
 * extractTargets: every quantitative target and reported figure of a pasted plan, work
 * summary or indicator table, one item per (indicator, figure), in the conventions of the
 * gold set (tests/fixtures/extraction/README.md): numbers as the plan shows them (99.2 for
 * 99.2%), the text's own units, comparator "none" when the text states none, and UTF-16
 * offsets into the text exactly as given.
 *
 * Pure and synchronous: it runs in the task pane as well as the command line. Linear in the
 * length of the text; it throws only PlanError, and only for input that is not a string.
 */
import { PlanError } from "../errors";
import { tryParseNumber } from "../number";
import type { ShownTarget } from "../target";
import { fiveYearPlanEnd, Kind, layout } from "./layout";
import { DocInfo, hasNumeral, proseItems, RawItem } from "./prose";
import { tableItems } from "./table";
import { makeView, normalizeText } from "./text";

export type { Kind } from "./layout";

/** The figure as shown (99.2 for 99.2%, the text's own unit such as 个百分点 or 万元), and where it stands. */
export interface ExtractedItem extends ShownTarget {
  /** The row label a statistician would write: 适龄儿童少年入学率, 新增公办幼儿园数. */
  indicator: string;
  /** Population or area (全市, 小学), or null. */
  scope: string | null;
  /** Nearest heading above the figure, or null. */
  section: string | null;
  /** Year stated or implied, or null. */
  deadline: number | null;
  kind: Kind;
  /** text.slice(start, end). */
  quote: string;
  start: number;
  end: number;
}

export function extractTargets(text: string): ExtractedItem[] {
  if (typeof text !== "string") throw new PlanError("bad_argument", `要提取的应为文本，而不是“${String(text)}”`, text);
  const norm = normalizeText(text);
  const shape = layout(norm, text);
  const doc = docInfo(norm, shape.headings, shape.parts);
  const raw: RawItem[] = [];
  for (const block of shape.blocks) {
    if (block.type === "prose") {
      // a paragraph without a numeral has no figure and no year to carry: skip building its view
      if (block.spans.some(([a, b]) => hasNumeral(norm, a, b))) proseItems(makeView(norm, block.spans), block.ctx, doc, raw);
      continue;
    }
    for (const t of tableItems(block.header, block.cells)) {
      const deadline = t.year ?? (t.kind === "target" ? block.ctx.headingYear ?? doc.planYear ?? doc.partYears[block.ctx.part] ?? null : null);
      raw.push({ indicator: t.indicator, scope: t.scope, section: block.ctx.section, shown: t.shown, kind: t.kind, deadline, start: t.start, end: t.end });
    }
  }
  const items: ExtractedItem[] = [];
  const byStart = new Map<number, RawItem[]>();
  for (const r of raw) {
    // the same figure named the same way twice (a list read two ways) is one item
    const same = byStart.get(r.start);
    if (same && same.some((x) => sameItem(x, r))) continue;
    if (same) same.push(r);
    else byStart.set(r.start, [r]);
    const item: ExtractedItem = {
      indicator: r.indicator,
      scope: r.scope,
      section: r.section,
      comparator: r.shown.comparator,
      value: r.shown.value,
      unit: r.shown.unit,
      deadline: r.deadline,
      kind: r.kind,
      quote: text.slice(r.start, r.end),
      start: r.start,
      end: r.end,
    };
    if (r.shown.min !== undefined && r.shown.max !== undefined) {
      item.min = r.shown.min;
      item.max = r.shown.max;
    }
    if (r.shown.ratio) item.ratio = [r.shown.ratio[0], r.shown.ratio[1]];
    items.push(item);
  }
  return items;
}

function sameItem(x: RawItem, y: RawItem): boolean {
  const a = x.shown;
  const b = y.shown;
  return (
    x.end === y.end && x.indicator === y.indicator && x.scope === y.scope && a.comparator === b.comparator && a.value === b.value &&
    a.min === b.min && a.max === b.max && a.unit === b.unit && String(a.ratio) === String(b.ratio)
  );
}

// ---- document-level cues -------------------------------------------------------------------

const YEAR = "((?:19|20)\\d\\d|[零〇一二][零〇一二三四五六七八九]{3})";
const PLAN_TITLE = new RegExp(YEAR + "年(?:度)?[^。,;:]{0,12}?(?:工作)?(?:计划|要点|安排|打算|规划|方案|工作目标)");
const REPORT_TITLE = new RegExp(YEAR + "年(?:度)?[^。,;:]{0,12}?(?:工作)?(?:总结|回顾|述职|工作报告)");
const REPORT_WORDS = /总结|述职|工作报告|完成情况|工作回顾/;
/** 三年行动计划（2023—2025年）: a plan for a period ends in its last year. */
const PLAN_PERIOD = new RegExp("(?:19|20)\\d\\d\\s*[-—–~至到]\\s*" + YEAR + "年?");
const PLAN_WORDS = /计划|要点|规划|方案|安排/;

function yearOf(m: RegExpExecArray | null): number | null {
  if (!m) return null;
  const n = tryParseNumber(m[1]);
  return n && Number.isInteger(n.value) ? n.value : null;
}

/** Anniversaries and similar dated events: weaker evidence of the year a plan was written for. */
const DATED_EVENTS: Array<[RegExp, number]> = [
  [/(?:新中国成立|建国|中华人民共和国成立)([0-9零〇一二三四五六七八九十]{1,4})周年/g, 1949],
  [/(?:建党|中国共产党成立)([0-9零〇一二三四五六七八九十百]{1,4})周年/g, 1921],
  [/改革开放([0-9零〇一二三四五六七八九十]{1,4})周年/g, 1978],
  [/第([0-9零〇一二三四五六七八九十]{1,4})个教师节/g, 1984],
];

/** One year all weak cues of a part agree on (and no named plan period contradicts), or null. */
function partYear(s: string, a: number, b: number): number | null {
  const t = s.slice(a, b);
  const points = new Set<number>();
  for (const [re, base] of DATED_EVENTS) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const n = tryParseNumber(m[1]);
      if (n && Number.isInteger(n.value)) points.add(base + n.value);
    }
  }
  if (points.size !== 1) return null;
  const year = [...points][0];
  const plans = /十[一二三四五]五/g;
  for (let m = plans.exec(t); m; m = plans.exec(t)) {
    const end = fiveYearPlanEnd(m[0], 0, 3) as number;
    if (year < end - 5 || year > end + 1) return null; // 十二五 beside the 23rd Teachers' Day (2007): conflicting
  }
  return year;
}

function docInfo(s: string, headings: Array<{ text: string; style: string }>, parts: Array<[number, number]>): DocInfo {
  let planYear: number | null = null;
  let reportYear: number | null = null;
  let genre: Kind | null = null;
  for (const h of headings) {
    if (planYear === null) planYear = yearOf(PLAN_TITLE.exec(h.text));
    if (planYear === null && h.style === "" && PLAN_WORDS.test(h.text)) planYear = yearOf(PLAN_PERIOD.exec(h.text)) ?? fiveYearPlanEnd(h.text, 0, h.text.length);
    if (reportYear === null) reportYear = yearOf(REPORT_TITLE.exec(h.text));
    // A title names the genre: a report (总结) unless it is also a plan (知识总结 … 工作计划)
    if (genre === null && h.style === "" && (REPORT_WORDS.test(h.text) || PLAN_WORDS.test(h.text))) genre = PLAN_WORDS.test(h.text) ? "target" : "actual";
  }
  return {
    planYear,
    reportYear,
    genre: genre ?? "target",
    partYears: parts.map(([a, b]) => partYear(s, a, b)),
  };
}
