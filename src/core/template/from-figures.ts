/**
 * From the figures found in a document to a template: one row per indicator. An indicator
 * table's base-year cell (2020年: 85.1%) becomes that row's 基期值 beside its target (2025年:
 * ≥90%), not a row of its own; a bulletin's level figures become an actuals definition for
 * filling 实际值. The pane and the command line both build templates here.
 */
import { isRelativeChange } from "../evaluate";
import type { ExtractedItem } from "../extract";
import { indicatorKey, scopeKey } from "../indicator-name";
import { tryParseTarget } from "../parse-target";
import { formatShown, targetReference, type Target } from "../target";
import type { TemplateDefinition, TemplateRowDefinition } from "./definition";

/** A target figure with the base-year figure stated for it, when the document gives one. */
export interface PlannedFigure {
  figure: ExtractedItem;
  baseline: ExtractedItem | null;
}

/** The figure as a parsed target or reported value; null when the target reader cannot take it. */
export function figureTarget(f: ExtractedItem): Target | null {
  return tryParseTarget(formatShown(f));
}

/** A base value and a target that measure the same thing: 85.1% before ≥90%, 11.4年 before 12.3年. */
function sameMeasure(base: Target, target: Target): boolean {
  if (target.comparator === "increase_by" || target.comparator === "decrease_by") {
    // 提高5个百分点 needs a rate; 增长10% (relative growth) fits any level.
    return isRelativeChange(target) || base.percent === target.percent;
  }
  if (base.percent !== target.percent) return false;
  return base.percent || base.unit === target.unit || base.unit === null || target.unit === null;
}

/**
 * True when `base` is the earlier value of the indicator that `target` commits to: an actual
 * level of the same indicator and scope, with a stated year before the target's.
 */
function isBaseOf(base: ExtractedItem, target: ExtractedItem): boolean {
  if (base.kind !== "actual" || target.kind !== "target") return false;
  if (base.comparator !== "=" || base.deadline === null) return false;
  if (target.deadline !== null && base.deadline >= target.deadline) return false;
  if (indicatorKey(base.indicator) !== indicatorKey(target.indicator) || scopeKey(base.scope) !== scopeKey(target.scope)) return false;
  const b = figureTarget(base);
  const t = figureTarget(target);
  return b !== null && t !== null && sameMeasure(b, t);
}

/**
 * The document's figures in order, each target paired with the base-year actual next to it
 * (the cell before or after it in a table row, or the same sentence's 2020年为…). A paired
 * actual is not listed again; every other figure stays, actuals included.
 */
export function pairBaseYears(items: readonly ExtractedItem[]): PlannedFigure[] {
  const used = new Set<number>();
  const baseOf = new Map<number, number>();
  items.forEach((f, i) => {
    if (f.kind !== "target") return;
    for (const j of [i - 1, i + 1]) {
      if (j < 0 || j >= items.length || used.has(j)) continue;
      if (isBaseOf(items[j], f)) {
        used.add(j);
        baseOf.set(i, j);
        return;
      }
    }
  });
  const out: PlannedFigure[] = [];
  items.forEach((f, i) => {
    if (used.has(i)) return;
    const j = baseOf.get(i);
    out.push({ figure: f, baseline: j === undefined ? null : items[j] });
  });
  return out;
}

/** A base-year figure as Excel stores it in 基期值 (0.851 for 85.1%); null when unreadable. */
export function baselineValue(base: ExtractedItem): number | null {
  const t = figureTarget(base);
  return t === null ? null : targetReference(t);
}

export interface FigureDefinition {
  definition: TemplateDefinition;
  /** Target figures the target reader could not take, left out. */
  unreadable: ExtractedItem[];
}

/**
 * The targets of a document as a template: one row per target, its base-year figure in 基期值
 * when the document states one. `pageOf` gives a quote's PDF page (from its offset).
 */
export function definitionFromFigures(
  items: readonly ExtractedItem[],
  meta: { id: string; title: string; source: string; pageOf?: (start: number) => number | null },
): FigureDefinition {
  const unreadable: ExtractedItem[] = [];
  const rows: TemplateRowDefinition[] = [];
  for (const { figure: f, baseline } of pairBaseYears(items)) {
    if (f.kind !== "target") continue;
    if (figureTarget(f) === null) {
      unreadable.push(f);
      continue;
    }
    const page = meta.pageOf ? meta.pageOf(f.start) : null;
    const base = baseline ? baselineValue(baseline) : null;
    rows.push({
      key: `行${rows.length + 1}`,
      section: f.section,
      indicator: f.indicator,
      scope: f.scope,
      target: formatShown(f),
      deadline: f.deadline,
      kind: "target",
      quote: f.quote,
      ...(page !== null ? { page } : {}),
      ...(base !== null ? { baseline: base } : {}),
    });
  }
  return { definition: { id: meta.id, title: meta.title, kind: "targets", sheetName: meta.title, source: meta.source, rows }, unreadable };
}

/**
 * A summary's or bulletin's reported levels as an actuals definition, for fillActualsFromSummary.
 * Changes (比上年增长…) are no level to fill in, and an unreadable figure would stop the match.
 */
export function actualsFromFigures(items: readonly ExtractedItem[], source: string): TemplateDefinition {
  const rows = items
    .filter((f) => f.kind === "actual" && f.comparator !== "increase_by" && f.comparator !== "decrease_by")
    .filter((f) => figureTarget(f) !== null)
    .map(
      (f, i): TemplateRowDefinition => ({
        key: `实${i + 1}`,
        section: f.section,
        indicator: f.indicator,
        scope: f.scope,
        target: null,
        reported: formatShown(f),
        deadline: f.deadline,
        kind: "actual",
        quote: f.quote,
      }),
    );
  return { id: "pasted-summary", title: source, kind: "actuals", sheetName: source, source, rows };
}
