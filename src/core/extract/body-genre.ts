/**
 * A page's genre read from its body, when no title or headline names it: year-on-year changes
 * and what was achieved mark a report; 将, 力争, 到2025年 and bounds (以上, 不低于) a plan; a page
 * of many figures that commits to few of them, or news whose figures are all told, reports.
 */
import { ACHIEVED, FUNDS_SOUGHT, NOT_AFTER_ACTUAL_MARK, PLAN_CUE } from "./lexicon";
import type { Kind } from "./layout";
import { COUNTED_FIGURE } from "./page-year";

/** Year-on-year comparisons (比上年增加, 较2013年提高, 较五年前增长35%, 占比提升了22个百分点): what a report states of every figure. */
const CHANGE_CUE = /(?:比|较|同比)(?:上年|去年|上一年|(?:19|20)\d\d年|[一二三四五六七八九十\d]{1,2}年前)?(?:同期)?(?:增加|减少|增长|下降|提高|降低|提升|上升)(?:了)?[0-9]/g;
/** A sentence comparing with an earlier year (比2005年增加1.4万所): one that reports, whatever year it names. */
export const COMPARED = new RegExp(CHANGE_CUE.source);
/** What was achieved (取得长足发展, 提前完成) and 由A增加到B: the other cues of a report. */
const ACHIEVED_CUE = new RegExp(ACHIEVED.source, "g");
/** A body of commitments (将, 计划, 力争) at least half as many as its figures, and no report cue. */
export function commitsOnly(s: string): boolean {
  const commitments = count(s, PLAN_CUE) + count(s, WILL);
  return commitments >= 3 && 2 * commitments >= count(s, COUNTED_FIGURE) && count(s, CHANGE_CUE) + count(s, ACHIEVED_CUE) === 0;
}
const WILL = /将/g;

/** 要 as a commitment (要新建, 要确保), not in a word (重要, 主要, 纲要, 需要, 要素, 要求). */
const MUST = "(?<![重主纲摘概需])要(?![素闻点求])";
/** A commitment in any form (将, 拟, 任务, 规划), a bound (以上, 不低于), an indicator's force (约束性) or a project's approval or card (立项, 建设规模, 估算总投资, 建设内容, 建设期): what a plan says of its figures. */
// 计划 and 规划 not as a quoted programme's name (“非示即特”计划, “十四五”规划), a bound not as a qualifier (600分以上人数, 20万以上的县),
// 争取 not as funds obtained (累计争取各类专项资金), 目标 not as the target a share was met of (占目标任务的100%)
const COMMITMENT = new RegExp("力争|确保|争取(?!" + FUNDS_SOUGHT.source.slice(1) + ")|到(?:19|20)\\d\\d年|(?<![”\"’])计划|(?<!占|完成)目标(?!任务的)|预计|将|拟|力求|努力|" + MUST + "|(?<![”\"’])规划|方案|(?<!完成|既定)任务|打算|(?:以上|以内|以下(?!简称))(?![的人学])|不低于|不少于|不超过|控制在|约束性|预期性|同意立项|予以立项|立项建设|建设规模|估算总?投资|建设内容|建设期", "g");
/** A page of many figures: more than a short list of tasks (six: pages come as openings of 600-800 characters; measured over every gold page, 8 → 6 loses none). */
const MANY_FIGURES = 6;
/** A plan commits at least one figure in five; a page of figures that commits fewer states them. */
const FIGURES_PER_COMMITMENT = 5;

/**
 * Genre of an untitled document from its body: a report when its report cues outnumber its
 * commitments, or when it states many figures (全市普通高中13所,在校生21 493人) and commits to few of them.
 */
export function bodyGenre(s: string, dated: boolean): Kind | null {
  if (studyAbstract(s)) return "actual";
  const report = count(s, CHANGE_CUE) + count(s, ACHIEVED_CUE);
  if (report >= 3 && report > count(s, PLAN_CUE)) return "actual";
  const figures = count(s, COUNTED_FIGURE);
  if (figures >= MANY_FIGURES && count(s, COMMITMENT) * FIGURES_PER_COMMITMENT <= figures) return "actual";
  // no clear cue either way: what is told as done against what is promised
  const done = count(s, DONE_CUE);
  if (done >= 3 && done > 2 * count(s, PROMISE_CUE)) return "actual";
  // 记者近日获悉,…: news that promises nothing (no 将, 计划, 力争) and issues no rule (印发…办法, 规定) tells what is
  if (NEWS_CUE.test(s) && !RULE_ISSUED.test(s) && count(s, PROMISE_CUE) === 0 && !speaksOfPlanning(s)) return "actual";
  // …and so does any dated page that commits to nothing (no 将, 目标, 以上, 到2025年), names nothing ahead (年内, 今年, 实事) and issues no rule
  // (lines copied out of a plan, undated, still plan: 入学率达到100%)
  if (dated && !RULE_ISSUED.test(s) && !AHEAD.test(s) && count(s, COMMITMENT) === 0 && !speaksOfPlanning(s)) return "actual";
  // …and news whose figures are all told as done, whatever it promises elsewhere (评价结果将作为考核依据)
  if (NEWS_CUE.test(s) && !RULE_ISSUED.test(s) && !AHEAD.test(s) && !speaksOfPlanning(s) && figuresTold(s)) return "actual";
  return null;
}

/**
 * A page no other cue decides that tells more than it promises: its report cues (已, 共有, 年来, 目前,
 * 比上年增加; three at least) outnumber its commitments, and it names no time ahead (今年, 年内). Weak
 * evidence: it says the kind, not the year.
 */
export function tellsMore(s: string, least = 3): boolean {
  const told = count(s, DONE_CUE) + count(s, SO_FAR) + count(s, CHANGE_CUE) + count(s, ACHIEVED_CUE) - count(s, BASIS);
  // (…今年要完成80所: a page that names a time ahead may plan without a commitment's word)
  return told >= least && told > count(s, COMMITMENT) && !AHEAD.test(s);
}

/** A section mark of a study's abstract (目的 了解…。 方法 采用…。 结果 2010—2020年…). */
const ABSTRACT_PART = /(?:^|[\s。.】\]])(目的|方法|结果|結果)(?:[\s:：】\]]|$)/gm;
const ABSTRACT_REACH = 4000;
/**
 * A journal abstract (目的, then 方法, then 结果): what a study found is measured, whatever its aim
 * says it serves (为…提供依据) or whichever programme (营养改善计划) it studied.
 */
export function studyAbstract(s: string): boolean {
  const head = s.length > ABSTRACT_REACH ? s.slice(0, ABSTRACT_REACH) : s;
  let stage = 0;
  ABSTRACT_PART.lastIndex = 0;
  for (let m = ABSTRACT_PART.exec(head); m && stage < 3; m = ABSTRACT_PART.exec(head)) {
    const part = m[1] === "目的" ? 1 : m[1] === "方法" ? 2 : 3;
    if (part === stage + 1) stage = part;
  }
  return stage === 3;
}

/** A sentence's figure set for a year or a project rather than told: 2027年达到93%, 建成后可提供学位360个, 提升到每生750元 (not 由A提升到B). */
const FIGURE_SET = /(?:19|20)\d\d年[^,，。;；]{0,6}?达到|可提供|可容纳|建成后|提(?:升|高)到/;

/** Every sentence (or part of a headline set apart by spaces) with a counted figure commits to nothing, and at least two of them exist. */
function figuresTold(s: string): boolean {
  let told = 0;
  for (const sentence of s.split(/[。！？!?\n；;]|[ \t\u3000]+/)) {
    COUNTED_FIGURE.lastIndex = 0;
    if (!COUNTED_FIGURE.test(sentence)) continue;
    COMMITMENT.lastIndex = 0;
    if (COMMITMENT.test(sentence) || (FIGURE_SET.test(sentence) && !sentence.includes("由"))) return false;
    told++;
  }
  return told >= 2;
}

/** Words of a time still ahead (三年内, 今年, 明年) or of a year's list of deeds (为民办实事): a page of them may plan without a commitment's word. */
const AHEAD = /年内|今年|明年|实事/;
export function namesTimeAhead(s: string): boolean {
  return AHEAD.test(s);
}
/** A news story's words (本报讯, 记者…获悉, 据了解, 日前): told by a reporter, not set by a plan's author. */
const NEWS_CUE = /本报讯|记者|据了解|获悉|日前|近日|据介绍|据统计|数据显示/;
/** News that speaks of a 规划 (规划用地面积, 规划班级规模为45班), not of a title (“十四五”规划纲要, 《…规划(2021—2025年)》): a plan's figures, told by a reporter. */
const PLANNING = /规划(?!纲要|》|[(（](?:19|20)\d\d)/g;
function speaksOfPlanning(s: string): boolean {
  PLANNING.lastIndex = 0;
  for (let m = PLANNING.exec(s); m; m = PLANNING.exec(s)) if (!"”\"’".includes(s.charAt(m.index - 1))) return true; // the quote before is checked by hand: a lookbehind is tried at every position
  return false;
}
/** News of a rule issued (印发了《办法》, 出台意见, 印发《关于推进…的实施意见》, 规定每生…): it states standards. */
const RULE_ISSUED = /(?:印发|出台|发布|制定)[^,，。;；]{0,12}(?:《[^《》\n]{0,40}?)?(?:办法|意见|通知|规定|标准|方案|细则)|规定/;
/** Told as done: 已建成, 新建了3所 (了 after a verb, before what was done; 岁了。 and 方便了, end a sentence), 共有, 累计, 截至. */
const DONE_CUE = /已(?:经)?[\u4e00-\u9fff]|[\u4e00-\u9fff]了(?![。，,！!？?；;：:”"…\n])|共有|累计|截至|截止|(?:基本|全面|顺利|圆满)(?:完成|结束)|自(?:19|20)\d\d年(?:起|以来)/g;
/** The time a report looks back over or stands at (五年来, 目前, 现有, 全年, 去年). */
const SO_FAR = /年来|以来|目前|现有|共有|去年/g;
/** 在现有基础上, 已有水平: the basis a plan builds on, no report (lexicon's NOT_AFTER_ACTUAL_MARK after 现有 or 已有). */
const BASIS = new RegExp("[现已]有(?=" + NOT_AFTER_ACTUAL_MARK.source.slice(1) + ")", "g");
/** Promised: the plan cues, and 将, 拟, 要. */
const PROMISE_CUE = new RegExp(PLAN_CUE.source + "|将|拟|" + MUST, "g");

function count(s: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}
