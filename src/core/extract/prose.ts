/**
 * Figures in running text: every (indicator, figure) pair of a paragraph, named the way a
 * statistician labels a row. The figure itself is read by src/core/phrase/ (as parseTarget
 * reads a cell); this module decides which figures are commitments or reported results, what
 * each is called, for whom (scope), by when (deadline), and how lists distribute (lists.ts:
 * 分别达到A、B、C, 均比上年提高…, 各35套), parts in parentheses (173所(81所民办), naming.ts),
 * and elliptical clauses that carry the indicator, verb,
 * scope and comparator of the clause before them (力争新培养…五人,市级教学名师一零人).
 *
 * Every look-around is bounded (WINDOW), so a paragraph costs time linear in its length.
 */
import { scanNumbers } from "../number";
import { figureTarget } from "../parse-target";
import { asReported, growthOf } from "./reported";
import { showTarget, ShownTarget } from "../target";
import { clauseYear, isBenchmark, isSymbolBound, isTaskFigure } from "./benchmark";
import { bareFromLeft, colonLabel, levelColonLabel, measureBefore, countsNounAfter, ownedCount, dumpName, examplesStart, headingClause, subjectBefore, leadMeasure, rankOfPrevious, otherSchools, sameUnitFamily, partNamed, stageName, stageOf, topicOf, unitAgrees, verbGroupBefore, wholeOfPart } from "./clause-names";
import { Carried, completedBy, deadlineAt, namedYearOf, nextYearOf, yearMarks } from "./deadline";
import { Clause, clausesOf, Fig, figuresOf, has, openParenBefore, rightEnd, WINDOW } from "./figures";
import { nameBaselines } from "./from-to";
import type { DocInfo } from "./doc-info";
import { isDoneAfter, kindAt, kindMarks } from "./genre";
import type { Context, Kind } from "./layout";
import { ACTION_VERBS, AREA_SCOPES, CHANGE_AFTER, COUNT_UNITS, EXAM_COUNTS, GENERIC_VERBS, LEVEL_SCOPES, PAID_AMOUNT, PHOTO_CAPTION, PLACE_ALONE, RESULT_VERBS, STRIVE_WORDS, TOPIC_MEASURES, VALUE_ROLES, VERBS_KEPT_IN_NAMES, wordAt, wordBefore } from "./lexicon";
import { FigureAt, namedByFenbie, namedBySharedList } from "./lists";
import { countsSchools, LIST_MARKER, lastComparatorWord, Named, namedByParenthesis, nameFromDe, namesKind, nounAfter, RATE_END, reorderTraining, subjectOf, withoutVerbs, withSuffix } from "./naming";
import { hasNumeral, isQuoteStart, normalizeText, spanOf, View } from "./text";
import { breakAfter, breakUpTo } from "./paragraph-breaks";
import { COMPARED } from "./body-genre";
import { LevelMark, levelBefore, levelMarks, withTopicLevel } from "./topic-level";

/** A title given to the people or bodies just counted (…等15名同志“教书育人楷模”称号), its quotes and 称号 after them. */
const AWARD_TITLE = /^(?:同志|人|名|位|个|家|所)?(?:为)?[“"「]([^”"」]{2,16})[”"」](?:荣誉)?(?:称号|荣誉称号)/;

/** More figures than this in one sentence is not prose (the seeds have at most 8). */
const DENSE = 64;

export interface RawItem {
  indicator: string;
  scope: string | null;
  section: string | null;
  shown: ShownTarget;
  kind: Kind;
  deadline: number | null;
  start: number;
  end: number;
}

const SENTENCE_ENDS = "。!?;";

// ---- sentences -----------------------------------------------------------------------------

interface SentenceState {
  headVerb: string | null;
  strive: boolean;
  prevName: string | null;
  prevNames: string[];
  scope: string | null;
  /** The names of the last 分别 list, for a second list of the same items (分别比上年提高0.5、0.3个百分点). */
  lastList: Named[] | null;
  /** The count a 其中 breaks down (专任教师81025人,其中普通高校7759人): the whole of the parts after it. */
  whole: string | null;
}

/** How far into a paragraph a report or plan word still opens it (2021年以来, 近五年来, 截至目前). */
const OPENING_MARK = 8;

/** The level of schooling a bare stock at p counts: the nearest named before it in the paragraph, else its heading's. */
function topicLevel(paragraph: Paragraph, text: string, ctx: Context, p: number): string | null {
  if (paragraph.levels === null) {
    const heading = ctx.section === null ? [] : levelMarks(normalizeText(ctx.section));
    paragraph.levels = { marks: levelMarks(text), heading: heading.length ? heading[0].level : null };
  }
  return levelBefore(paragraph.levels.marks, p) ?? paragraph.levels.heading;
}

/** The items of a paragraph; returns the kind its last report or plan word said (五年来 → actual), or null. */
export function proseItems(view: View, ctx: Context, doc: DocInfo, out: RawItem[], listKind: Kind | null = null, listLead: string | null = null): Kind | null {
  const text = view.text;
  let carriedYear: Carried | null = null;
  const paragraph: Paragraph = {
    lastName: null, names: [], lastList: null, levels: null, listKind, said: null,
    lead: listLead ?? (ctx.section === null ? null : leadMeasure(ctx.section)),
  };
  let a = 0;
  let depth = 0;
  let line = 0;
  let carriedLeads = true; // the carried year came from a sentence that opened its line
  for (let k = 0; k <= text.length; k++) {
    const c = k < text.length ? text.charCodeAt(k) : 0;
    if (c === 40) depth++;
    else if (c === 41 && depth > 0) depth--;
    if (k < text.length && !has(SENTENCE_ENDS, c)) continue;
    // (其中:城市20.1:1;县镇19.5:1): a ; inside a parenthesis ends no sentence; a 。 always does
    if (k < text.length && depth > 0 && c !== 0x3002) continue;
    depth = 0;
    // a line starts a paragraph: a year opened inside an earlier line (…农村。2013年,这两项…) stays there; a line's or a deadline's (明确到2027年,) leads on
    while (line < view.lineStarts.length && view.lineStarts[line] < a) line++;
    const startsLine = line < view.lineStarts.length && view.lineStarts[line] === a;
    if (a > 0 && startsLine && !carriedLeads && carriedYear !== null && carriedYear.dates !== "target") carriedYear = null;
    if (k > a) {
      const before: Carried | null = carriedYear;
      carriedYear = sentenceItems(view, a, k, ctx, doc, carriedYear, out, paragraph);
      if (carriedYear !== before) carriedLeads = startsLine || a === 0;
    }
    a = k + 1;
  }
  return paragraph.said;
}

/** What a paragraph's sentences hand on: the last name (for a subjectless sentence) and the last 分别 list (2015年…分别达到…;2020年分别达到…). */
interface Paragraph {
  lastName: string | null;
  /** Names of the paragraph's earlier sentences, the last few. */
  names: string[];
  lastList: Named[] | null;
  /** Levels of schooling named in the paragraph, and the one its heading names (topic-level.ts). */
  /** The levels the paragraph names, and the one its heading names: read when a bare stock (招生数) needs one. */
  levels: { marks: LevelMark[]; heading: string | null } | null;
  /** The kind the list this paragraph is an item of was given (by its lead or an earlier item). */
  listKind: Kind | null;
  /** The kind of the last report or plan word of the paragraph so far. */
  said: Kind | null;
  /** The measure its heading names when the heading is a lead-in (1.每百名学生拥有骨干教师数:). */
  lead: string | null;
}

/** What may stand between a label's colon and its figure: an approximation or a bound (总投资:约3.5亿元, 投入:超30万元). */
const LABEL_QUALIFIER = /^\s*(?:约为?|大约|近|逾|超过?|共计?|合计|总计)\s*$/;

/** Items of the sentence [a, b) of the view; returns the year it carries to the next sentences. */
function sentenceItems(view: View, a: number, b: number, ctx: Context, doc: DocInfo, carriedIn: Carried | null, out: RawItem[], paragraph: Paragraph): Carried | null {
  const s = view.text.slice(a, b);
  if (!hasNumeral(s) || (s.indexOf("图") >= 0 && PHOTO_CAPTION.test(s))) return carriedIn;
  const toks = scanNumbers(s);
  const marks = yearMarks(s, toks, doc.published ?? (doc.genre === "target" ? doc.planYear : null), doc.taiwanese, nextYearOf(doc));
  const opening = marks.find((m) => m.opens);
  const carried: Carried | null = opening ? { year: opening.year, dates: opening.dates, period: opening.period } : carriedIn;
  // the sentence's own opening year frames the figures after it; those before keep the paragraph's
  // …2022年,…。今年我市将新增…: 今年 names its own year, so the paragraph's year no longer carries
  const own = s.search(/今年|本年度|明年/);
  const carriedAt = (p: number): Carried | null => (opening && opening.at < p ? carried : own >= 0 && own < p ? null : carriedIn);
  const clauses = clausesOf(s);
  const figs = figuresOf(s, clauses, toks);
  const kinds = kindMarks(s, marks);
  const compared = COMPARED.test(s);
  // 2021年以来,… / 近年来,… opening the paragraph: its first sentence looks back, however long it runs;
  // a later sentence without a word of its own keeps the last one the paragraph said (过去一年,…。第一,…提高到87.5%)
  const looks = paragraph.listKind ?? (a === 0 && kinds.length && kinds[0].at <= OPENING_MARK ? kinds[0].kind : (paragraph.said === "actual" ? "actual" : null));
  if (kinds.length) paragraph.said = kinds[kinds.length - 1].kind;
  if (!figs.length) return carried;

  const state: SentenceState = { headVerb: null, strive: false, prevName: null, prevNames: [], scope: null, lastList: paragraph.lastList, whole: null };
  const byClause: Fig[][] = clauses.map(() => []);
  const indexInClause: number[] = figs.map((x) => byClause[x.clause].push(x) - 1);
  const topic = topicOf(s, clauses, figs);
  const done = new Set<Fig>();
  const emitted = new Map<Fig, RawItem>();

  const emit = (fig: Fig, named: Named, from0: number, to: number, forcedStrive: boolean): void => {
    if (!/\p{L}/u.test(named.indicator)) return; // a figure nobody named (or named by digits alone) is no item
    let from = from0;
    const f = fig.f;
    let shown = showTarget(figureTarget(f));
    if (forcedStrive && shown.comparator === "none") shown = { ...shown, comparator: ">=" };
    const benchmark = isBenchmark(s, clauses[fig.clause].start, f);
    const said = benchmark || isTaskFigure(s, f) || isSymbolBound(s, f) ? "target" : isDoneAfter(s, f.tail) ? "actual" : kindAt(kinds, f.start, ctx, doc, marks, carriedAt(f.start), looks, compared);
    // 全市高考报名人数16821人, 设考场515个: an exam's own counts are facts of the exam, unless the sentence plans them
    const kind = said === "target" && !benchmark && EXAM_COUNTS.test(named.indicator) && !kinds.some((m) => m.kind === "target" && m.at < f.start) ? "actual" : said;
    if (kind === "actual") shown = asReported(shown, f, s);
    // a benchmark keeps only a year its own clause states (纲要提出的2020年达到70%的目标)
    const due = kind === "target" && !marks.some((m) => m.at < f.start) ? completedBy(s, f.tail) : null; // 新建学校1所,预计2024年建成使用
    const deadline = named.year ?? due ?? (benchmark ? clauseYear(marks, clauses[fig.clause].start, f.start) : namedYearOf(deadlineAt(marks, f.start, carriedAt(f.start), kind, ctx, doc), kind, shown.comparator, doc));
    while (from < f.start && !isQuoteStart(s.charCodeAt(from))) from++; // no leading marks or emoji in a quote
    const [start, end] = spanOf(view, a + from, a + to);
    const area = named.scope === null || AREA_SCOPES.set.has(named.scope);
    const indicator = withTopicLevel(rankOfPrevious(named.indicator.replace(/\s+/g, ""), f, state.prevName), () => (area ? topicLevel(paragraph, view.text, ctx, a + f.start) : null));
    if (!indicator) return;
    const growth = kind === "actual" ? growthOf(indicator, shown, state.prevName) : null;
    const item: RawItem = { indicator: growth?.indicator ?? indicator, scope: named.scope, section: ctx.section, shown: growth?.shown ?? shown, kind, deadline, start, end };
    out.push(item);
    emitted.set(fig, item);
  };

  if (figs.length > DENSE) {
    // Hundreds of figures in one sentence are a dump (a table run together, or noise): name each by the words just before it, so the cost per figure stays small.
    for (let fi = 0; fi < figs.length; fi++) {
      const [from, name] = dumpName(s, clauses, figs, fi);
      emit(figs[fi], { indicator: name, scope: null }, from, figs[fi].f.tail, false);
    }
    return carried;
  }

  for (let fi = 0; fi < figs.length; fi++) {
    const fig = figs[fi];
    if (done.has(fig)) continue;
    const f = fig.f;
    const clause = clauses[fig.clause];
    const inClause = byClause[fig.clause];
    const idx = indexInClause[fi];
    const leftFrom = Math.max(leftStart(s, clause, inClause, idx), breakUpTo(view.breaks, a + f.start) - a);
    let left = s.slice(Math.max(leftFrom, f.start - WINDOW), f.start);
    left = bareFromLeft(s, clauses, fig.clause, fig.clause > 0 && byClause[fig.clause - 1].length === 0, left) ?? left;
    if (idx > 0 && /^的(?:比例|比重|占比)/.test(left)) left = s.slice(Math.max(leftStart(s, clause, inClause, idx - 1), f.start - WINDOW), inClause[idx - 1].f.start) + left; // 占…支出187755.21亿元的比例为14.75%: past the base's own figure
    // 新建改扩建城东实验小学、锁簧第二幼儿园等7所: the named examples are no part of the count's name
    const rightTo = Math.min(rightEnd(s, clause, inClause, idx), breakAfter(view.breaks, a + f.tail) - a);
    const right = s.slice(f.tail, Math.max(f.tail, Math.min(rightTo, f.tail + WINDOW)));
    const after = nounAfter(right);
    const examples = f.unit !== null && COUNT_UNITS.has(f.unit) ? examplesStart(left, after.np !== "") : -1;
    if (examples >= 0) left = left.slice(0, examples);
    // 其中 or a parenthesis opens a breakdown of the count just named
    if (/^[\s,，;；:：]*其中|^\s*[(（]/.test(left) || /其中[,，:：]\s*$/.test(s.slice(Math.max(0, leftFrom - 4), leftFrom))) state.whole = state.prevName ?? paragraph.lastName;
    const cmpWord = lastComparatorWord(left, left.length);
    // 使微机室达到了180个: in a report, a count that reached N is the total
    const reach = cmpWord !== null && cmpWord.gov === ">=" && /^(达到|达|增加到|增至|增加至|提高到|达到了)$/.test(cmpWord.w) && kindAt(kinds, f.start, ctx, doc, marks, carriedAt(f.start), looks) === "actual";

    const v: FigureAt = { fig, idx, inClause, left, cmpWord, reach, lead: paragraph.lead, noun: after.np };
    // the naming strategies, in order: a 分别 list, a 均/各 list, then one figure with one name
    const fenbie = namedByFenbie(s, v, state.lastList);
    if (fenbie) {
      state.lastList = paragraph.lastList = fenbie.named;
      fenbie.run.forEach((x, i) => {
        emit(x, fenbie.named[i], leftFrom, x.f.tail, false);
        done.add(x);
      });
      state.prevName = fenbie.named[fenbie.named.length - 1].indicator;
      state.scope = state.scope ?? fenbie.named[0].scope;
      continue;
    }
    const listed = namedBySharedList(v, state.headVerb);
    if (listed) {
      for (const n of listed) emit(fig, n, leftFrom, f.tail, false);
      if (listed.length) state.prevName = listed[listed.length - 1].indicator;
      continue;
    }
    const part = namedByParenthesis(left, right, state.prevName);
    if (part) {
      // the part does not replace the indicator the next figures continue
      emit(fig, part, leftFrom, Math.max(f.tail, Math.min(rightTo, f.tail + right.indexOf(")") + 1)), false);
      continue;
    }

    // One figure, one name.
    let subjectText = cmpWord ? left.slice(0, cmpWord.at) : left;
    let between = cmpWord ? left.slice(cmpWord.at + cmpWord.w.length) : "";
    const striving = cmpWord !== null && STRIVE_WORDS.has(cmpWord.w);
    if (striving && cmpWord) {
      // 力争撤并10所: 力争 governs the verb; 争取专项资金695万元: 争取 is the verb
      const keep = cmpWord.w !== "力争" && between !== "" && !wordAt(between, 0, ACTION_VERBS) && !/^(到|在|于|今年|年内)/.test(between);
      subjectText = subjectText + (keep ? cmpWord.w : "") + between;
      between = "";
    }
    let scopeOf: string | null = null;
    if (cmpWord && !striving && wordAt(between, 0, ACTION_VERBS) && after.np) {
      // 每所乡村学校至少建成1个功能室: the subject is the scope, the verb and noun name the count
      const owner = subjectOf(subjectText);
      scopeOf = owner.name || owner.scope;
      subjectText = between;
      between = "";
    }
    const owned = cmpWord ? null : ownedCount(subjectText, after.np, right, f);
    if (owned) [scopeOf, subjectText] = [owned.scope, ""];
    if (/^[\s,，、]*(大约|约|近|逾|共计|合计|总计)$/.test(subjectText)) subjectText = ""; // 357703人次约6414万元: an approximation word alone names nothing
    const sub = subjectBefore(subjectText, right, f);
    let scope = scopeOf ?? sub.scope;
    const role = VALUE_ROLES.has(sub.name) ? sub.name : ""; // 项目完成及时率,年初目标值100%,实际完成值100%: the value's role, not its measure
    let name = role ? measureBefore(s, clauses[fig.clause - 1], byClause[fig.clause - 1]) : sub.name;
    let verb = sub.verb;
    // 新建改扩建…7所城乡学校: a subject of verbs only names the count with the noun after
    if (name && after.np && verb !== name && verbGroupBefore(name) === name) verb = name;
    const tailVerb = verb ? "" : wordBefore(name, name.length, ACTION_VERBS);
    if (tailVerb && GENERIC_VERBS.has(tailVerb) && name.length > tailVerb.length && after.np) {
      // 每个乡镇都建有1所公办中心幼儿园: an owner, a provision verb, and the noun after names the count
      const owner = name.slice(0, name.length - tailVerb.length).replace(/(都|均|各|也)$/, "");
      if (owner) scope = scope && owner.startsWith(scope) ? owner : (scope ?? owner);
      name = "";
    } else if (tailVerb && after.np && f.unit !== null && COUNT_UNITS.has(f.unit)) {
      // 每年将新建、改扩建2000所公办幼儿园: the verbs and the noun after name the count; what
      // comes before the verbs (提出每年将, 官渡区大力) is no part of it
      const group = verbGroupBefore(name);
      if (group.length < name.length) {
        name = group;
        verb = group;
      }
    } else if (name && verb !== name && (OBJECT_ONLY.test(name) ? after.np !== "" && f.unit !== null && COUNT_UNITS.has(f.unit) : countsNounAfter(name, after.np, right, f))) {
      // 建好8个省级示范性职教集团, 计划投用的38所公办幼儿园: what comes before the count, then the counted noun
      // 对40所学校进行改扩建, 对全市681个小规模学校进行优化整合: the count is the object of what follows
      const object = OBJECT_ONLY.exec(name);
      if (object && object[1]) scope = scope ?? object[1];
      const act = name.endsWith("对") || object ? /^(?:进行|开展|实施)了?([“"]?[\u4e00-\u9fff]{2,6}[”"]?)/.exec(after.predicate) : null;
      name = act ? act[1] + after.np : object ? after.np : name.replace(/(了|到|起|的|对)$/, "") + after.np;
    }
    // 授予王磊等15名同志“教书育人楷模”称号: the title given names the people counted
    const title = f.unit !== null && COUNT_UNITS.has(f.unit) ? AWARD_TITLE.exec(right) : null;
    if (title) name = title[1];
    const whole = wholeOfPart(name, scope, verb, f, state.whole, paragraph.names.concat(state.prevNames));
    // 湖南省18个县均达到…: a place alone before a count with its own noun is the scope, the noun names it
    const placeOnly = whole === null && name !== "" && !verb && PLACE_ALONE.test(name) && after.np !== "" && f.unit !== null && COUNT_UNITS.has(f.unit);
    if (whole !== null || placeOnly) {
      const part = partNamed(name); // 在小学就读 → 小学
      scope = scope && part.startsWith(scope) ? part : (scope ?? "") + part;
      name = "";
    }
    const ownComparator = (cmpWord !== null && !striving) || f.source === "suffix" || f.source === "change" || f.source === "near";
    // 实现旅游总收入65亿元 has its own verb (stripped as an opener): not an elliptical item
    const ownVerb = /^(实现|完成|达成|建成|推动|促进|保证)/.test(subjectText.replace(LIST_MARKER, ""));
    const elliptical = !verb && !ownComparator && !striving && !ownVerb;
    // 力争达到40万人,其中,普高21万人,…: the parts of a total striven for are its breakdown, striving for nothing of their own
    if (fi > 0 && s.slice(figs[fi - 1].f.tail, f.start).indexOf("其中") >= 0) state.strive = false;
    const forcedStrive = elliptical && state.strive;
    let to = f.tail;

    // 其中景中本科上线人数1415人: after 其中, a known indicator names the figure, the rest is the scope
    if (/^其中/.test(left.trim()) && name) {
      for (const prevName of state.prevNames.slice(-8)) {
        const core = prevName.replace(/(数|人数)$/, "");
        const at = name.lastIndexOf(core);
        if (at > 0 && at <= 6) {
          scope = name.slice(0, at);
          name = name.slice(at);
          break;
        }
      }
    }

    let indicator: string;
    let sharedCache: string | null = null;
    const shared = (): string => (sharedCache ??= sharedNoun(s, clause, inClause, idx));
    if (right.startsWith("的") && f.kind !== "ratio") {
      indicator = nameFromDe(right, f);
      to = Math.max(to, rightTo);
    } else if (fig.tok === null && (right || f.unit === "人")) {
      // 无一位学生因贫困而辍学 → 因贫困而辍学学生数; 无辍学学生 names itself → 辍学学生数
      const m = /^(学生|教师|儿童|幼儿|人员|职工|干部)(.+)$/.exec(right);
      indicator = withSuffix(m ? m[2] + m[1] : right || s.slice(f.start + 1, f.end), f, false);
      to = Math.max(to, rightTo);
    } else if (f.unit === "次" && right.length > 1 && !/^[(（]/.test(right) && !/[万萬亿億]/.test(fig.tok?.text ?? "")) {
      // 先后3次对我县进行突击检查, 对业务校长进行了两次培训: the event follows the count (浏览量1.70亿次(占比…) counts visits)
      const object = /对([^,]{1,10}?)(进行|开展|组织)了?$/.exec(left);
      const ev = right.replace(/^.*?(进行|开展|组织)了?/, "").replace(/^对[^,]{1,8}?(进行|开展)了?/, "");
      indicator = withSuffix((object ? object[1] : "") + (nounAfter(ev).np || ev), f, false);
      to = Math.max(to, rightTo);
    } else if ((!name || (verb !== null && name === verb)) && (after.np || after.predicate || (unitAgrees(shared() + "数", f) && shared()))) {
      // 建成1所标准化特殊教育学校, 2位教师获全国三等奖: the counted noun follows the figure
      let np = after.np;
      const predicate = after.predicate;
      const head = shared();
      if (!np && !predicate) np = head;
      else if (np && head && np !== head) {
        // 1个市级名校长、3个县级名校长工作室: the last item's head noun is everyone's
        const tail = np.slice(-2);
        const at = head.indexOf(tail);
        if (tail.length === 2 && at >= 0 && at + 2 < head.length) np += head.slice(at + 2);
      }
      const useVerb = verb ?? (elliptical ? state.headVerb : null);
      const v = useVerb && !GENERIC_VERBS.has(useVerb) ? useVerb : "";
      const result = wordAt(predicate, 0, RESULT_VERBS);
      const stage = np && f.unit !== null && COUNT_UNITS.has(f.unit) ? stageOf(predicate) : null;
      if (result && np.length <= 6) indicator = withSuffix(result + predicate.slice(result.length).replace(/^了/, "") + np, f, false);
      else if (stage !== null) indicator = stage + np + "数"; // 11个项目已完工, 2个项目正在招标
      else if (np) indicator = withSuffix(v + np, f, false);
      else if (CHANGE_AFTER.test(predicate) && (state.prevName ?? paragraph.lastName)) indicator = (state.prevName ?? paragraph.lastName) as string; // 比上年的10682.82元增长4.18%
      else indicator = withSuffix(v + predicate, f, false);
      to = Math.max(to, f.tail + (np && right.indexOf(np) >= 0 ? right.indexOf(np) + np.length : right.length));
      if (stage !== null) to = Math.max(to, f.tail + right.indexOf(np) + np.length + (/^[^,，。;；、)）]*/.exec(predicate)?.[0].length ?? 0));
    } else if (!name) {
      // 小学2所, 其中小学力争无流生: an elliptical clause keeps the indicator before it
      // 2024年,力争达到95%: a subjectless sentence continues the indicator of the sentence before
      const prev = whole ?? state.prevName ?? paragraph.lastName;
      const level = scope && f.unit === "所" ? wordBefore(scope, scope.length, LEVEL_SCOPES) : "";
      // 宿舍的人均使用面积需达标,小学不低于3.0平方米: the sentence's own figure-less clause before beats an earlier sentence's name
      const ownHead = fig.clause > 0 && (state.prevName === null || s.charCodeAt(clauses[fig.clause - 1].end) === 58) && !state.headVerb && byClause[fig.clause - 1].length === 0 ? headingClause(s, clauses[fig.clause - 1]) : "";
      // 【各级教育生均一般公共预算教育经费增长情况】1.全省幼儿园为7977.88元: the heading's measure, of the level
      const levelOnly = paragraph.lead && scope && f.unit !== null && !COUNT_UNITS.has(f.unit) ? wordBefore(scope, scope.length, LEVEL_SCOPES) : "";
      const labelled = fig.clause > 0 && byClause[fig.clause - 1].length === 0;
      // 1.每百名学生拥有高于规定学历教师数 / • 小学:≥4.2人: the heading's measure, for the level the line is labelled with
      const levelLabel = paragraph.lead && labelled && !scope && !subjectText.trim() ? levelColonLabel(s, clauses[fig.clause - 1]) : "";
      // …and 总投资:约3.5亿元, 投入:超30万元: a comparator or an approximation alone after the colon names nothing
      const label = labelled && (!left.trim() || LABEL_QUALIFIER.test(left)) ? colonLabel(s, clauses[fig.clause - 1]) : "";
      if (levelOnly || levelLabel) [indicator, scope] = [withSuffix(paragraph.lead as string, f, false), levelLabel || scope];
      else if (label) indicator = withSuffix(label, f, false);
      else if (ownHead) indicator = withSuffix(ownHead, f, false);
      else if (prev && scope !== null && level && (countsSchools(prev) || !sameUnitFamily(prev, f) || !unitAgrees(prev, f))) {
        // 各级各类学校541所。其中,幼儿园173所,小学322所: each kind of school counts itself, and
        // so does 小学3989所 after a rate (…完成率99.14%。小学3989所)
        indicator = withSuffix(level, f, false);
        scope = scope.slice(0, scope.length - level.length) || null;
      } else if (prev && scope !== null && level && otherSchools(prev, level)) {
        // 新建初级中学1所、小学3所: the verb counts each kind of school in turn
        indicator = otherSchools(prev, level) as string;
        scope = scope.slice(0, scope.length - level.length) || null;
      }
      // 比上年增加1234人, 增长5.2%: a change in a report is of the indicator just named (README)
      else if (prev && (sameUnitFamily(prev, f) || f.source === "change")) indicator = prev;
      else if (prev) indicator = withSuffix(prev.replace(/(人次|人数|数|比例|占比)$/, ""), f, false);
      else if (!state.headVerb && scope && f.unit !== null && COUNT_UNITS.has(f.unit) && wordBefore(scope, scope.length, LEVEL_SCOPES)) {
        // 全省共有幼儿园6973所: with no indicator before it, the level itself is what is counted
        const level = wordBefore(scope, scope.length, LEVEL_SCOPES);
        indicator = withSuffix(level, f, false);
        scope = scope.slice(0, scope.length - level.length) || null;
      } else if (!state.headVerb && fig.clause > 0 && byClause[fig.clause - 1].length === 0 && headingClause(s, clauses[fig.clause - 1])) {
        // 综合差异系数,小学0.335,初中0.328: a figure-less clause before names the figures after it
        indicator = withSuffix(headingClause(s, clauses[fig.clause - 1]), f, false);
      } else indicator = withSuffix(state.headVerb ?? "", f, false);
    } else if (paragraph.lead && f.unit !== null && !COUNT_UNITS.has(f.unit) && namesKind(name)) {
      // 3.全省普通初中为14972.07元 under the heading of a measure: the measure, of that kind of school
      scope = (scope ?? "") + name;
      indicator = withSuffix(paragraph.lead, f, false);
    } else {
      if (elliptical && state.headVerb && !GENERIC_VERBS.has(state.headVerb) && !name.startsWith(state.headVerb)) name = state.headVerb + name;
      if (verb && GENERIC_VERBS.has(verb) && !VERBS_KEPT_IN_NAMES.has(verb) && name.length > verb.length + 1) name = name.slice(verb.length);
      // X达到Y的N%: a share of Y; 年均 between the verb and the figure qualifies the name
      const base = /^(.{1,20})的$/.exec(between);
      if (base && (f.unit === "%" || f.unit === "‰") && !RATE_END.test(name)) name = name + "占" + base[1];
      else if (name.endsWith("占") && (f.unit === "%" || f.unit === "‰")) name += "比"; // 音体美教师占五分之一
      else if (/^(年均|人均|平均|每年|生均|校均|班均)$/.test(between)) name = between + name;
      if (f.unit === "年" && right && !/^内/.test(right) && after.np) name = name.replace(/从.{1,12}到.{1,12}$/, "") + after.np;
      const prevObject = state.prevName ? withoutVerbs(state.prevName.replace(/(总数|人数|数)$/, "")) : "";
      if (/的$/.test(subjectText) && verb && (f.unit === "%" || f.unit === "‰") && prevObject) {
        // 完成固定资产投资7.2亿元，完成全年任务的58%: a share of the item before it
        name = prevObject + sub.name;
      }
      const paid = PAID_AMOUNT.exec(name);
      if (paid && state.prevName && /(人次|人数)$/.test(state.prevName) && (f.unit === "万元" || f.unit === "元" || f.unit === "亿元")) {
        // 学前教育政府资助5875人次,发放资金235万元: the money of the aid just counted
        name = state.prevName.replace(/(人次|人数)$/, "") + "资金";
      } else if (TOPIC_MEASURES.has(name)) {
        // 梁集中学教学楼工程已经启动,总投资达110万元; 开工建设重点文旅项目8个，完成投资15亿元
        if (topic) name = topic + name;
        else if (prevObject && prevObject !== state.prevName) name = prevObject + name;
      }
      // 全省有普惠性幼儿园4747所…,占总数的68.08%: a share of the count just named
      const share = (f.unit === "%" || f.unit === "‰") && state.prevName ? state.prevName.replace(/(人数|数量|总数|数)$/, "") : "";
      if (share && /^占(比|总数|全部|总量|全[省市县区国])?$/.test(name)) name = share + "占比";
      else if (share && /^占(.{2,}(比例|比重)|[^占的]{2,12})$/.test(name)) name = share + name; // …4218.20万人,占全国在园幼儿的比例87.78%; 645人,占考生数的14.04%
      const trained = reorderTraining(name, f);
      indicator = trained !== name ? trained : withSuffix(name, f, reach);
    }

    // 其中35所已经完工, 在建5所: a count at a stage of work names what it counts (其余2所在建: the rest names none of its own)
    const stage = stageName(name === "" || (verb !== null && name === verb) || /^(其余|其他|另外|剩余)$/.test(name) ? right : "", indicator, paragraph.names.concat(state.prevNames));
    if (stage !== null && f.unit !== null && COUNT_UNITS.has(f.unit)) indicator = stage;
    if (role && !/\S/.test(indicator)) indicator = withSuffix(role, f, false); // no measure found before it: the role names it still
    emit(fig, { indicator, scope: scope ?? state.scope }, leftFrom, to, forcedStrive);

    if (verb) state.headVerb = verb;
    else if (ownComparator) state.headVerb = null;
    if (striving || /力争|争创/.test(subjectText)) state.strive = true;
    else if (verb) state.strive = false; // 争创…20所,创立…6所、…8所: a verb of its own ends the striving's reach
    state.prevName = indicator;
    state.prevNames.push(indicator);
    if (state.prevNames.length > 16) state.prevNames.shift();
    if (scope && openParenBefore(s, f.start) < 0) state.scope = scope; // a breakdown's scope (其中:农村…) stays inside it
  }
  if (state.prevName) paragraph.lastName = state.prevName;
  paragraph.names = paragraph.names.concat(state.prevNames).slice(-8);
  nameBaselines(s, figs, emitted);
  return carried;
}

/** 对全市, 向 before a count (向3680名中职学生发放生活补贴): the object or recipient marker and a scope, which name nothing counted. */
const OBJECT_ONLY = /^(?:对|對|向|给|給)(.{0,5})$|(?:对|對)()$/; // 对40所学校, 基金会决定对130名新生

/** The noun after the last figure of a 、 list: 县二所以上、区三所以上直属公办园 → 直属公办园. */
function sharedNoun(s: string, clause: Clause, inClause: Fig[], idx: number): string {
  const last = Math.min(inClause.length - 1, idx + 8);
  if (idx >= last) return "";
  for (let j = idx; j < last; j++) {
    const between = s.slice(inClause[j].f.tail, inClause[j + 1].f.start);
    if (between.length > 12 || /[()（）]/.test(between)) return ""; // 173所(81所民办): a part, not a list
  }
  const lastFig = inClause[last].f;
  return nounAfter(s.slice(lastFig.tail, Math.min(rightEnd(s, clause, inClause, last), lastFig.tail + WINDOW))).np;
}

/** Where the left context of the idx-th figure of a clause starts: after the figure or list mark before it. */
function leftStart(s: string, clause: Clause, inClause: Fig[], idx: number): number {
  if (idx === 0) {
    // a masked or earlier list item (挂图XX多张、学校预防传染病手册3000多册) ends at its 、
    const a = Math.max(clause.start, inClause[0].f.start - WINDOW);
    const t = s.slice(a, inClause[0].f.start);
    const dun = t.lastIndexOf("、");
    if (dun > 0 && /[0-9Xx*][多余]?[\u4e00-\u9fff]?$/.test(t.slice(0, dun))) return a + dun + 1;
    return clause.start;
  }
  const prevEnd = inClause[idx - 1].f.tail;
  const between = s.slice(prevEnd, inClause[idx].f.start);
  const dun = between.lastIndexOf("、");
  if (dun >= 0) return prevEnd + dun + 1;
  const conj = /(和|及|与|以及|并)$/.exec(between);
  if (conj) return inClause[idx].f.start;
  return prevEnd;
}

