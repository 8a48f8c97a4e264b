/**
 * Naming strategies for lists (tried first by prose.ts): 分别达到A、B、C gives one name per listed
 * item in order (or one year per figure: 2018-2020年…分别为…); 均/都/各 give every listed item the
 * same figure. distribute turns a listed subject into the items' names and scopes.
 */
import type { Figure } from "../phrase";
import { lastOneOf } from "../phrase/chars";
import type { Fig } from "./figures";
import { ACTION_VERBS, AREA_SCOPES, GENERIC_VERBS, LEVEL_SCOPES, PLACE_SCOPES, wordAt, wordBefore } from "./lexicon";
import { COUNT_END, isScopeWord, Named, RATE_END, splitList, stripTail, subjectOf, withSuffix } from "./naming";

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
  /** The noun phrase right after the figure (17个托育园 → 托育园). */
  noun: string;
}

/**
 * Names for listed items sharing one figure shape (k of them for 分别, any number ≥ 2 for 均/各):
 * scopes (小学、初中…入学率) or indicators (高血压、糖尿病患者规范管理率, whose short first item
 * borrows the last item's tail). `each`: the figure of each item, when they differ (分别).
 */
export function distribute(subject: string, k: number | null, f: Figure, reach: boolean, each: readonly Figure[] = [], lead: string | null = null): Named[] | null {
  const sub = subjectOf(subject);
  const items = splitList(sub.name);
  const fits = (n: number): boolean => n >= 2 && (k === null || n === k);
  // 生均教学仪器设备值:小学、初中分别达到…: a list of levels alone counts the measure its lead-in names
  if (lead) {
    const levels = sub.name === "" && sub.scope ? splitList(sub.scope) : items;
    if (fits(levels.length) && levels.every(isScopeWord)) return levels.map((lv) => ({ indicator: withSuffix(lead, f, reach), scope: lv }));
  }
  if (items.length === 1 && sub.scope) {
    // 全区小学、初中适龄儿童少年入学率: the levels were taken off as one scope list
    const area = wordAt(sub.scope, 0, AREA_SCOPES) || wordAt(sub.scope, 0, PLACE_SCOPES);
    const levels = splitList(sub.scope.slice(area.length));
    if (fits(levels.length) && levels.every(isScopeWord)) {
      const name = withSuffix(sub.name, f, reach);
      return levels.map((lv) => ({ indicator: name, scope: lv }));
    }
  }
  if (!fits(items.length)) return null;
  const last = items[items.length - 1];
  const lastLevel = wordAt(last, 0, LEVEL_SCOPES) || wordAt(last, 0, AREA_SCOPES) || wordAt(last, 0, PLACE_SCOPES);
  const scopes = lastLevel && items.slice(0, -1).every((it) => isScopeWord(it) || PLACE_SCOPES.set.has(it));
  if (scopes) {
    const shared = withSuffix(last.slice(lastLevel.length), f, reach);
    return items.map((it, i) => ({ indicator: shared, scope: i === items.length - 1 ? lastLevel : it }));
  }
  const first = items[0];
  const firstVerb = wordBefore(first, first.length, ACTION_VERBS);
  if (firstVerb && firstVerb.length < first.length && items.slice(1).every((it) => wordAt(it, 0, ACTION_VERBS) === it)) {
    // 旅游厕所新建、改建各20座: verbs sharing the object before them
    const object = first.slice(0, first.length - firstVerb.length);
    return items.map((it, i) => ({ indicator: withSuffix((i === 0 ? firstVerb : it) + object, f, reach), scope: sub.scope }));
  }
  return items.map((it, i) => {
    let name = stripTail(it);
    if (i > 0 && name.length <= 3 && first.length > name.length + 1 && (RATE_END.test(name) || COUNT_END.test(name))) {
      // 学业水平考试优秀率、合格率: a short later item takes the first item's head
      name = first.slice(0, first.length - name.length) + name;
    } else if (it !== last && !RATE_END.test(name) && !COUNT_END.test(name)) {
      // 高血压、糖尿病患者规范管理率: a short item takes the tail after the last item's parallel head
      const t = parallelTail(name, last);
      if (t) name += t;
      else if (name.length < last.length - 1) name += last.slice(name.length);
    }
    // 分别达到90%…和13.5年: each listed indicator takes the suffix of its own figure
    return { indicator: withSuffix(name, each[i] ?? f, reach), scope: sub.scope };
  });
}

const PARALLEL_TAIL = /^[\u4e00-\u9fff“][^()（）]*$/;

/**
 * 义务教育段、高中段入学率, 小学生、初中生、高中生的近视率: the measure after the last item's head
 * that ends as this item ends (…段, …生), or "". (高中(毛)入学(园)率 splits no head off at 学.)
 */
function parallelTail(item: string, last: string): string {
  // the head's last two characters where they recur (公办幼儿园、普惠性幼儿园在园幼儿占比), else its last one
  for (const n of [2, 1]) {
    if (item.length < n) continue;
    const j = last.lastIndexOf(item.slice(-n), last.length - 2 - n);
    const tail = j > 0 ? last.slice(j + n) : "";
    if (PARALLEL_TAIL.test(tail) && (RATE_END.test(tail) || COUNT_END.test(tail))) return tail;
  }
  return "";
}

/**
 * 分别达到A、B、C: the list of figures after 分别 and one name per listed item, in order; a
 * closing 以上 or an opening change word (分别增长…) binds every figure of the list.
 */
export function namedByFenbie(s: string, v: FigureAt, lastList: Named[] | null): { run: Fig[]; named: Named[] } | null {
  // 依次为 lists as 分别 does (升学比例依次为25.41%、25.43%、31.42%)
  const fenbie = v.left.indexOf("分别");
  const at = fenbie >= 0 ? fenbie : v.left.indexOf("依次");
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
  const before = s.slice(0, v.fig.f.start - v.left.length + at);
  const own = (bare.trim() === "" ? clauseBefore(before) : null) ?? subject;
  const named = again ?? distribute(own, run.length, f, v.reach, run.map((x) => x.f), v.lead) ?? namedByYears(before, subject, run, v.reach);
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

/** 我省男生和女生低体重率有明显改善,分别降低了…: a figure-less clause before names the list (up to its measure). */
const MEASURE_HEAD = /^[^,，;；:：。0-9]*(?:率|比例|占比|比重|人数|数量|数)(?=[^,，;；:：。0-9]*[,，]\s*$)/;
function clauseBefore(before: string): string | null {
  const end = before.replace(/[,，]\s*$/, "").length;
  const from = lastOneOf(before, ",，;；", end) + 1;
  return MEASURE_HEAD.exec(before.slice(from))?.[0] ?? null;
}

/** 2018-2020年, 从2017年—2019年, 2018年、2019年、2020年: a run of years, the last in the text before 分别. */
const YEAR_RUN = /((?:19|20)\d\d)\s*年?\s*[-—–~至到]\s*((?:19|20)\d\d)\s*年?|(?:(?:19|20)\d\d\s*年?\s*[、和及与]\s*)+(?:19|20)\d\d\s*年?/g;
const YEAR = /(?:19|20)\d\d/g;

/**
 * 2018-2020年全县入学率分别为98%、99%、100%: as many years before 分别 as figures, and one
 * subject, not a list: the subject names every figure, each of its own year.
 */
function namedByYears(before: string, subject: string, run: Fig[], reach: boolean): Named[] | null {
  let last: RegExpExecArray | null = null;
  for (const m of before.matchAll(YEAR_RUN)) last = m;
  if (!last) return null;
  const years = last[1] ? range(Number(last[1]), Number(last[2])) : Array.from(last[0].matchAll(YEAR), (y) => Number(y[0]));
  if (years.length !== run.length || years.some((y, i) => i > 0 && y <= years[i - 1])) return null;
  const sub = subjectOf(subject.replace(last[0], "").replace(/^[从自]|近[一二三两四五六七八九十\d]{1,2}年(?:来|间|中)?的?|[(（]\s*[)）]/g, ""));
  if (!sub.name) return null;
  return run.map((x, i) => ({ indicator: withSuffix(sub.name, x.f, reach), scope: sub.scope, year: years[i] }));
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let y = a; y <= b && out.length <= 12; y++) out.push(y);
  return out;
}

/**
 * 入学率、巩固率和毕业率在85%以上, 小学、初中入学率达99%: a list of rates, or of levels before one
 * rate, shares its percent as 均 would say; a list of kinds before a count (新建、改扩建幼儿园76所) does not.
 */
function listsRates(head: string, f: Figure): boolean {
  if (f.unit !== "%" && f.unit !== "‰" && f.unit !== "个百分点") return false;
  const rates = (t: string): boolean => {
    const parts = splitList(t.replace(/(?:在|为|达|达到|保持在|稳定在)$/, ""));
    return parts.length >= 2 && RATE_END.test(parts[parts.length - 1]) && parts.slice(0, -1).every((p) => RATE_END.test(p) || wordAt(p, 0, LEVEL_SCOPES) === p);
  };
  return rates(head) || rates(subjectOf(head).name);
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
  // 各建成不少于17个托育园: the comparator after 各 is no part of the verb phrase
  const geRest = geAt >= 0 ? left.slice(geAt + 1, cmpWord && cmpWord.at > geAt ? cmpWord.at : left.length) : "";
  const ge = geAt >= 0 && (geRest === "" || wordAt(geRest, 0, ACTION_VERBS) !== "");
  if (!jun && !ge && !listsRates(head, f)) return null;
  let subject = jun ? head.slice(0, head.length - jun[0].length) : ge ? left.slice(0, geAt) : head;
  if (ge && geRest) {
    // the verb phrase after 各 is the indicator, the list the scopes
    const what = subjectOf(geRest);
    const object = what.verb && GENERIC_VERBS.has(what.verb) ? what.name.slice(what.verb.length) : what.name;
    // 各建成不少于17个托育园: a verb alone before the figure names the count with the noun after it
    const thing = object || (what.verb && v.noun ? what.verb + v.noun : "");
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
