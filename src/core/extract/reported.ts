/**
 * How a report's figure reads: what it measured, exactly, unless its words say otherwise (多, 余,
 * 近, 以上, 超过, 至少, a change, 约/左右). A plan's bare figure states no comparator instead.
 */
import { type Figure, STATED_BOUND_WORDS, STRICT_BOUND_WORDS } from "../phrase";
import type { ShownTarget } from "../target";

/** 约 as "about", not the 约 of 节约, 制约, 履约, 特约. */
const ABOUT = "(?<![制节预签公条契缔违履特])(?:大约|约)";
/** 约有0至6岁残疾儿童168万, 约达到1.5亿人, 大约是2.21亿平方米: 约 a few words back, in the figure's clause (not 约束; not an exact figure in brackets after it, 约四分之一(24.60%)). */
const ABOUT_BEFORE = new RegExp(ABOUT + "(?![束定请谈见])[^,，。;；:：\\d约(（]{0,10}$");

/** A strict bound word, then figures joined by 、 or 和 up to this one (分别超过93.0%和85.0%). */
const BOUND_LIST_BEFORE = new RegExp("(?:" + STRICT_BOUND_WORDS.filter((w) => w.length > 1).join("|") + ")(?:\\s*\\d+(?:\\.\\d+)?\\s*(?:%|‰|个百分点|[\\u4e00-\\u9fff]{1,3})?\\s*[、和及与]\\s*)+$");

/** …and a list of shares 约 opens (全国约16%的小学、46%的初中、77%的高中): each is about so much (not 约15万只口罩、350支体温枪, things of their own). */
const ABOUT_LIST_BEFORE = new RegExp(ABOUT + "(?:\\s*\\d+(?:\\.\\d+)?\\s*(?:%|‰)[\\u4e00-\\u9fff]{0,6}\\s*[、和及与]\\s*)+$");

/** A reported figure is a measurement: exact unless the text says 多/余/近/以上 or it is a change. */
export function asReported(shown: ShownTarget, f: Figure, s: string): ShownTarget {
  // 总数超过350万人, 突破1300万人, 逾6000人次: a bound even in a report (README: 超过/高于 keep >=)
  const lead = s.slice(Math.max(0, f.start - 3), f.start).replace(/了$/, "");
  if (f.source === "word" && STRICT_BOUND_WORDS.some((w) => lead.endsWith(w))) return shown;
  // 分别超过93.0%和85.0%: each figure of a list after the bound word is bounded by it
  if (BOUND_LIST_BEFORE.test(s.slice(Math.max(0, f.start - 40), f.start))) return shown;
  // 至少配备1名, 不低于总学校数60%: a stated bound a few words back governs the figure
  const back = s.slice(Math.max(0, f.start - 8), f.start);
  // (由2016年初的不足14%: a year before the bound word is no figure between it and its own)
  if (f.source === "word" && STATED_BOUND_WORDS.some((w) => back.indexOf(w) >= 0 && !/[0-9]/.test(back.slice(back.lastIndexOf(w) + w.length)))) return shown;
  // 由60万降至两千余人: 余 says more than, whatever the verb said
  if (f.approx && f.source === "word" && f.kind === "single") return { ...shown, comparator: ">=" };
  if (f.approx || f.source === "approx" || f.source === "suffix" || f.source === "near" || f.source === "change" || f.kind !== "single") return shown;
  // 约12.6万人次, 800名左右, A等约占5%: an approximation states no comparator, even in a report
  if (/(约|大约|约为|大概)(占|有|合|计)?$/.test(s.slice(Math.max(0, f.start - 3), f.start)) || ABOUT_BEFORE.test(s.slice(Math.max(0, f.start - 14), f.start)) || ABOUT_LIST_BEFORE.test(s.slice(Math.max(0, f.start - 40), f.start)) || /^(左右|上下)/.test(s.slice(f.end, f.end + 2))) return { ...shown, comparator: "none" };
  return { ...shown, comparator: "=" };
}

/** A rate of growth a report states (生均经费增幅为14.88%, 增长率达8%): the change itself, on what grew. */
const GROWTH_WORDS = "(增幅|增长率|增速|增长幅度|降幅|减幅|下降幅度)";
const GROWTH_NAME = new RegExp("^(.{2,}?)" + GROWTH_WORDS + "$");
/** The previous name and a bare growth word after it. */
const BARE_GROWTH = new RegExp("^(.{2,})" + GROWTH_WORDS + "$");

/** The change a reported growth rate states, named by what changed, or null when the name is no rate of growth. */
export function growthOf(indicator: string, shown: ShownTarget, previous: string | null = null): { indicator: string; shown: ShownTarget } | null {
  // 月收入为6000元,增幅为94%: a bare 增幅 is the growth of what the sentence just measured
  const m = GROWTH_NAME.exec(indicator) ?? (previous !== null && !GROWTH_NAME.test(previous) ? BARE_GROWTH.exec(previous + indicator) : null);
  if (!m || shown.unit !== "%" || shown.comparator !== "=") return null;
  const fall = m[2].startsWith("降") || m[2].startsWith("减") || m[2].startsWith("下降");
  return { indicator: m[1], shown: { ...shown, comparator: fall ? "decrease_by" : "increase_by" } };
}
