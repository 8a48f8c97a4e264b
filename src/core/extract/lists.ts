/**
 * Naming strategies for lists (tried first by prose.ts): 分别达到A、B、C gives one name per listed
 * item in order; 均/都/各 give every listed item the same figure.
 */
import type { Fig } from "./figures";
import { ACTION_VERBS, GENERIC_VERBS, wordAt } from "./lexicon";
import { distribute, Named, splitList, subjectOf, withSuffix } from "./naming";

/** A figure with what the naming strategies look at. */
export interface FigureAt {
  fig: Fig;
  /** Index in its clause, and the clause's figures. */
  idx: number;
  inClause: Fig[];
  /** Text before the figure, back to the previous figure or list mark. */
  left: string;
  cmpWord: { at: number; w: string } | null;
  /** A report's count that reached N (达到了180个): named as a total. */
  reach: boolean;
  /** The measure a lead-in heading names (1.生均教学仪器设备值:), for a list of levels with no name of its own. */
  lead: string | null;
}

/**
 * 分别达到A、B、C: the list of figures after 分别 and one name per listed item, in order; a
 * closing 以上 or an opening change word (分别增长…) binds every figure of the list.
 */
export function namedByFenbie(s: string, v: FigureAt, lastList: Named[] | null): { run: Fig[]; named: Named[] } | null {
  const at = v.left.indexOf("分别");
  if (at < 0 || v.idx !== 0) return null;
  const f = v.fig.f;
  const run = [v.fig];
  for (let j = v.idx + 1; j < v.inClause.length; j++) {
    const between = s.slice(run[run.length - 1].f.tail, v.inClause[j].f.start);
    if (!/^([、,和及与]|以及)?$/.test(between)) break;
    run.push(v.inClause[j]);
  }
  const subject = v.left.slice(0, at);
  // 分别比上年提高…, 2020年分别达到…: no subject of its own, the same items as the list before
  const bare = subject.replace(/^[,、;]/, "").replace(/^(到|至|在|于)?((19|20)\d\d|二[零〇][零〇一二三四五六七八九]{2})年(底|末)?[,]?/, "");
  const again = lastList && lastList.length === run.length && /^(比上年|较上年|比去年|同比|与上年相比)?$/.test(bare) ? lastList : null;
  const named = again ?? distribute(subject, run.length, f, v.reach, run.map((x) => x.f), v.lead);
  if (!named) return null;
  const lastFig = run[run.length - 1].f;
  for (const x of run) {
    if (lastFig.source === "suffix" && x.f.source !== "suffix" && x.f.source !== "change") {
      // 分别保持在99.8%、99.5%以上
      x.f.cmp = lastFig.cmp;
      x.f.stated = true;
      x.f.source = "suffix";
    } else if (f.source === "change" && x.f.source !== "change" && x.f.unit === f.unit) {
      // 分别增长4.60%以及6.14%
      x.f.cmp = f.cmp;
      x.f.stated = true;
      x.f.source = "change";
    }
  }
  return { run, named };
}

/**
 * 均/都 before the comparator (小学、初中入学率均达到100%) or 各 before the figure or its verb
 * (城区、农村学校各建设标准化考点10个): every listed item gets the figure.
 */
export function namedBySharedList(v: FigureAt, headVerb: string | null): Named[] | null {
  const { left, cmpWord, reach } = v;
  const f = v.fig.f;
  const head = cmpWord ? left.slice(0, cmpWord.at).replace(/(比上年|较上年|比去年|同比)$/, "") : left;
  // 入学率、稳固率均为99.94%: the comparator word may carry the 均 itself
  const jun = /(均|都|全部)$/.exec(head) ?? (cmpWord && /^(均|都)/.test(cmpWord.w) ? /$/.exec(head) : null);
  const geAt = left.lastIndexOf("各");
  const geRest = geAt >= 0 ? left.slice(geAt + 1) : "";
  const ge = geAt >= 0 && (geRest === "" || wordAt(geRest, 0, ACTION_VERBS) !== "");
  if (!jun && !ge) return null;
  let subject = jun ? head.slice(0, head.length - jun[0].length) : left.slice(0, geAt);
  if (ge && geRest) {
    // the verb phrase after 各 is the indicator, the list the scopes
    const what = subjectOf(geRest);
    const thing = what.verb && GENERIC_VERBS.has(what.verb) ? what.name.slice(what.verb.length) : what.name;
    const scopes = splitList(subjectOf(subject).name || subject).map((x) => subjectOf(x).name || x);
    // one owner (为每个乡镇卫生院各配备救护车1辆) names the count rather than scoping a list
    return scopes.length === 1 ? [{ indicator: withSuffix(scopes[0] + thing, f, reach), scope: scopes[0] }] : scopes.map((sc) => ({ indicator: withSuffix(thing, f, reach), scope: sc }));
  }
  const sub = subjectOf(subject);
  const verb = !sub.verb && headVerb && !GENERIC_VERBS.has(headVerb) ? headVerb : null;
  if (verb) subject = verb + sub.name;
  const named = distribute(subject, null, f, reach, [], v.lead);
  if (named && verb) for (const n of named) if (!n.indicator.startsWith(verb)) n.indicator = verb + n.indicator;
  return named;
}
