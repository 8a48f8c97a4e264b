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
import { isIdeograph } from "../phrase/chars";
import { PlanError } from "../errors";
import type { ShownTarget } from "../target";
import { fallbackYear } from "./deadline";
import { coversOtherFields, schoolingSpans } from "./education-topic";
import { docInfo, kindMarks } from "./genre";
import { tellsMore } from "./body-genre";
import { layout, markerAt } from "./layout";
import { leadMeasure } from "./clause-names";
import { tidyName } from "./name-tidy";
import { proseItems, RawItem } from "./prose";
import { tableItems } from "./table";
import { canonicalUnit } from "./table-units";
import { hasNumeral, makeView, normalizeText, traditionalOf } from "./text";

import type { Kind } from "./layout";
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

export interface ExtractOptions {
  /** The genre the caller knows: in text pasted to fill 实际值 (a report), a figure with no plan word of its own is an actual. */
  genre?: Kind;
}

export function extractTargets(text: string, options: ExtractOptions = {}): ExtractedItem[] {
  if (typeof text !== "string") throw new PlanError("bad_argument", `要提取的应为文本，而不是“${String(text)}”`, text);
  const norm = normalizeText(text);
  const shape = layout(norm, text);
  const doc = docInfo(norm, shape.headings, shape.parts, options.genre ?? null);
  const general = coversOtherFields(norm);
  const raw: RawItem[] = [];
  // the kind a list's lead (五年来,…) or its last item said: the bullets after it that say none keep it
  let listKind: Kind | null = null;
  let listOpen = false; // the last paragraph led a list (具体情况如下:) or was one of its numbered items
  let listLead: string | null = null; // the measure a list's lead names (…生均公共财政预算教育事业费支出情况是:)
  for (const block of shape.blocks) {
    if (block.type === "prose") {
      const [a0, b0] = block.spans[0];
      const item: boolean = block.bullet || (listOpen && markerAt(norm, a0, b0) !== null);
      // a paragraph without a numeral has no figure and no year to carry: skip building its view
      // 新增农产品销售额5亿元 in a county's report on every field: another field's figure
      const spans = general ? schoolingSpans(norm, block.spans) : block.spans;
      const numeral = spans.some(([a, b]) => hasNumeral(norm, a, b));
      const leads = endsWithColon(norm, block.spans[block.spans.length - 1][1]);
      // 以下为近年来…高考成绩的简要概述: a lead without figures still says which kind its list is
      // a paragraph of an undecided page that tells more than it promises reports
      const told = doc.undecided && numeral && tellsMore(norm.slice(a0, block.spans[block.spans.length - 1][1]), 1) ? { ...doc, genre: "actual" as const } : doc;
      const said: Kind | null = numeral ? proseItems(makeView(norm, spans, block.phrases), block.ctx, told, raw, item ? listKind : null, item ? listLead : null) : leads ? leadKind(norm.slice(a0, block.spans[block.spans.length - 1][1])) : null;
      listKind = said ?? (item ? listKind : null);
      listLead = leads ? leadMeasure(norm.slice(a0, block.spans[block.spans.length - 1][1]).replace(/[:：]\s*$/, "")) : item ? listLead : null;
      listOpen = item || leads;
      continue;
    }
    listKind = null;
    listOpen = false;
    listLead = null;
    if (block.type === "stats") {
      const deadline = block.year ?? fallbackYear("actual", block.ctx, doc);
      for (const t of block.items) {
        const shown = { comparator: "=" as const, value: t.value, unit: t.unit };
        raw.push({ indicator: t.indicator, scope: t.scope, section: block.ctx.section, shown, kind: "actual", deadline, start: t.start, end: t.end });
      }
      continue;
    }
    if (block.type === "matrix") {
      // cells under no target column are measurements, unless a plan heading says otherwise
      const tableKind: Kind = block.ctx.headingKind ?? "actual";
      for (const t of block.items) {
        // a column of planned or of done figures (计划任务数 | 累计完成数) says its own kind
        const kind = t.kind ?? tableKind;
        const deadline = t.year ?? block.year ?? fallbackYear(kind, block.ctx, doc);
        // 单位:万元 above the table: the unit of every cell that states none
        const unitShown = t.shown.unit === null && block.caption ? { ...t.shown, unit: block.caption.unit } : t.shown;
        const shown = kind === "target" && unitShown.comparator === "=" ? { ...unitShown, comparator: "none" as const } : unitShown;
        raw.push({ indicator: t.indicator, scope: t.scope, section: block.ctx.section, shown, kind, deadline, start: t.start, end: t.end });
      }
      continue;
    }
    for (const t of tableItems(block.header, block.cells, block.caption)) {
      // a report's run of years (2016年 | … | 2020年) states what each year was; a plan's are its steps
      const reported = t.series === true && t.kind === "target" && doc.genre === "actual";
      const kind: Kind = reported ? "actual" : t.kind;
      const shown = reported && t.shown.comparator === "none" ? { ...t.shown, comparator: "=" as const } : t.shown;
      const deadline = t.year ?? fallbackYear(kind, block.ctx, doc);
      raw.push({ indicator: t.indicator, scope: t.scope, section: block.ctx.section, shown, kind, deadline, start: t.start, end: t.end });
    }
  }
  const script = originalScript(text, norm);
  const items: ExtractedItem[] = [];
  const byStart = new Map<number, RawItem[]>();
  for (const r of raw) {
    r.indicator = tidyName(r.indicator);
    if (!r.indicator.trim()) continue; // a figure nobody can name is no row of a template
    // the same figure named the same way twice (a list read two ways) is one item
    const same = byStart.get(r.start);
    if (same && same.some((x) => sameItem(x, r))) continue;
    if (same) same.push(r);
    else byStart.set(r.start, [r]);
    const item: ExtractedItem = {
      indicator: script(r.indicator, r.start, r.end),
      scope: r.scope === null ? null : script(r.scope, r.start, r.end),
      section: r.section,
      comparator: r.shown.comparator,
      value: r.shown.value,
      unit: r.shown.unit === null ? null : canonicalUnit(r.shown.unit), // a table's (㎡) is 平方米, as prose's is
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

/** The kind the last report or plan word of a figure-less lead says (近年来 → actual, 力争 → target), or null. */
function leadKind(t: string): Kind | null {
  const marks = kindMarks(t, []);
  return marks.length ? marks[marks.length - 1].kind : null;
}

function sameItem(x: RawItem, y: RawItem): boolean {
  const a = x.shown;
  const b = y.shown;
  return (
    x.end === y.end && x.indicator === y.indicator && x.scope === y.scope && a.comparator === b.comparator && a.value === b.value &&
    a.min === b.min && a.max === b.max && a.unit === b.unit && String(a.ratio) === String(b.ratio)
  );
}

/**
 * Names are built from the normalized text (Simplified); a name quoted from Traditional text
 * gets its own characters back: each character the normalization changed inside the item's
 * quote maps back to the one the document wrote (學 for 学). A document written throughout in
 * Traditional, or a quote written in Traditional, also lends its other characters (數 for the 数
 * of a “…数” suffix); a Simplified quote in a page that only mixes in a Traditional line does not.
 */
function originalScript(text: string, norm: string): (t: string, start: number, end: number) => string {
  if (text === norm) return (t) => t;
  const whole = new Map<number, number>();
  let ideographs = 0;
  let changed = 0;
  // changedBefore[k]: ideographs the normalization changed before k, so a quote's own script costs one subtraction
  const changedBefore = new Uint32Array(text.length + 1);
  for (let k = 0; k < text.length; k++) {
    changedBefore[k] = changed;
    const c = text.charCodeAt(k);
    if (!isIdeograph(c)) continue;
    ideographs++;
    const n = norm.charCodeAt(k);
    if (c === n) continue;
    changed++;
    if (!whole.has(n)) whole.set(n, c);
  }
  changedBefore[text.length] = changed;
  if (!changed) return (t) => t;
  const traditional = changed >= 0.05 * ideographs;
  return (t, start, end) => {
    // a quote in the normalized script of a mostly Simplified text lends nothing
    if (!traditional && changedBefore[end] === changedBefore[start]) return t;
    const local = new Map<number, number>();
    const kept = new Set<number>(); // written so in the quote (占 beside 學): never lent another form
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      const n = norm.charCodeAt(k);
      if (c !== n && isIdeograph(c)) local.set(n, c);
      else kept.add(c);
    }
    // a quote written in Traditional lends the document's characters to what the name adds (數 of …數)
    const own = local.size > 0;
    let out = "";
    for (let k = 0; k < t.length; k++) {
      const c = t.charCodeAt(k);
      const lent = kept.has(c) ? undefined : own ? (whole.get(c) ?? traditionalOf(c)) : traditional ? whole.get(c) : undefined;
      out += String.fromCharCode(local.get(c) ?? lent ?? c);
    }
    return out;
  };
}

/** A paragraph that ends on a colon (具体情况如下:) leads the numbered items after it. */
function endsWithColon(s: string, end: number): boolean {
  let k = end - 1;
  while (k > 0 && (s.charCodeAt(k) === 32 || s.charCodeAt(k) === 10)) k--;
  return s.charCodeAt(k) === 58 || s.charCodeAt(k) === 0xff1a;
}
