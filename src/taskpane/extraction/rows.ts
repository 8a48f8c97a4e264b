/**
 * From extracted items to the rows the statistician reviews, and from reviewed rows to a
 * template definition. Pure: no React, no Office.
 */
import { PlanError } from "../../core/errors";
import { parseTarget } from "../../core/parse-target";
import type { ExtractedItem } from "../../core/extract";
import { formatShown, type Target } from "../../core/target";
import type { TemplateDefinition, TemplateRowDefinition } from "../../core/template";

/**
 * One figure found in a plan, as src/core/extract reports it: numbers as the plan shows them
 * (99.2 for 99.2%), comparator "none" for a figure stated without a comparator word.
 */
export type ExtractedFigure = ExtractedItem;

export interface ReviewRow {
  /** Stable across re-extraction of an edited text: quote, original indicator and occurrence. */
  id: string;
  include: boolean;
  section: string | null;
  indicator: string;
  scope: string | null;
  /** Target as the statistician types it (≥99.2%, 3~5所); parseTarget reads it back. */
  targetText: string;
  deadline: number | null;
  kind: "target" | "actual";
  quote: string;
  start: number;
  end: number;
}

/** The compact target text of a figure: ≥99.2%, ≤0.5%, 280人, 3~5所, +3~5个百分点, 1:15. */
export function figureTargetText(f: ExtractedFigure): string {
  return formatShown(f);
}

/** Review rows in document order; actual figures (already reached) start unticked. */
export function toReviewRows(items: readonly ExtractedFigure[]): ReviewRow[] {
  const seen = new Map<string, number>();
  return items.map((f) => {
    const base = `${f.quote}|${f.indicator}|${f.scope ?? ""}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      id: `${base}|${n}`,
      include: f.kind === "target",
      section: f.section,
      indicator: f.indicator,
      scope: f.scope,
      targetText: figureTargetText(f),
      deadline: f.deadline,
      kind: f.kind,
      quote: f.quote,
      start: f.start,
      end: f.end,
    };
  });
}

export type RowEdit = Partial<Pick<ReviewRow, "include" | "indicator" | "targetText">>;

/** The statistician's edits over freshly extracted rows; edits are keyed by row id, so they survive re-extraction. */
export function applyEdits(rows: readonly ReviewRow[], edits: ReadonlyMap<string, RowEdit>): ReviewRow[] {
  if (edits.size === 0) return rows as ReviewRow[];
  return rows.map((r) => {
    const e = edits.get(r.id);
    return e ? { ...r, ...e } : r;
  });
}

export interface RowCheck {
  target: Target | null;
  error: string | null;
}

/** Whether a row's target text can be read; the message is the parser's own (Chinese). */
export function checkTarget(text: string): RowCheck {
  try {
    return { target: parseTarget(text), error: null };
  } catch (e) {
    return { target: null, error: e instanceof PlanError ? e.message : String(e) };
  }
}

const checked = new Map<string, RowCheck>();

/**
 * checkTarget, remembered per text: a grid re-checks every row on each edit, and an unchanged
 * row must get the very same object back so that it does not re-render.
 */
export function checkTargetCached(text: string): RowCheck {
  let c = checked.get(text);
  if (!c) {
    if (checked.size >= 5000) checked.clear();
    c = checkTarget(text);
    checked.set(text, c);
  }
  return c;
}

/**
 * The included rows as a built-in-style template; rows must have readable targets and names.
 * `pageOf` gives a quote's PDF page (from its offset), which 来源 then names.
 */
export function rowsToDefinition(rows: readonly ReviewRow[], title: string, source: string, pageOf?: (start: number) => number | null): TemplateDefinition {
  const chosen = rows.filter((r) => r.include);
  const name = title.trim() || source;
  return {
    id: "extracted",
    title: name,
    kind: "targets",
    sheetName: name,
    source,
    rows: chosen.map(
      (r, i): TemplateRowDefinition => ({
        key: `行${i + 1}`,
        section: r.section,
        indicator: r.indicator.trim(),
        scope: r.scope,
        target: r.targetText.trim(),
        deadline: r.deadline,
        kind: "target",
        quote: r.quote,
        ...(pageOf && pageOf(r.start) !== null ? { page: pageOf(r.start) as number } : {}),
      }),
    ),
  };
}

/** A summary's reported figures as an "actuals" definition, for fillActualsFromSummary. */
export function figuresToActuals(items: readonly ExtractedFigure[], source: string): TemplateDefinition {
  const rows = items
    // A change (比上年增长…) is no level to fill in; an unreadable figure would stop the whole match.
    .filter((f) => f.kind === "actual" && f.comparator !== "increase_by" && f.comparator !== "decrease_by")
    .filter((f) => checkTarget(figureTargetText(f)).target !== null)
    .map(
      (f, i): TemplateRowDefinition => ({
        key: `实${i + 1}`,
        section: f.section,
        indicator: f.indicator,
        scope: f.scope,
        target: null,
        reported: figureTargetText(f),
        deadline: f.deadline,
        kind: "actual",
        quote: f.quote,
      }),
    );
  return { id: "pasted-summary", title: source, kind: "actuals", sheetName: source, source, rows };
}

/**
 * The plan's title for the template name: among its first lines, a short one that names a
 * kind of document (…工作计划, …规划, …要点), skipping pasted web furniture (breadcrumbs with
 * > or a colon, dates); else the first short line.
 */
export function guessTitle(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .slice(0, 15)
    .filter((l) => l.length <= 30 && !/[>:：|]|https?|位置|时间|来源|投稿/.test(l));
  return lines.find((l) => /(计划|规划|要点|方案|总结|安排|意见|目标)$/.test(l)) ?? lines[0] ?? "";
}
