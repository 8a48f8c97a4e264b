/**
 * From extracted items to the rows the statistician reviews, and from reviewed rows to a
 * template definition. Pure: no React, no Office.
 */
import { PlanError } from "../../core/errors";
import { parseTarget } from "../../core/parse-target";
import type { ExtractedItem } from "../../core/extract";
import { formatShown, type Target } from "../../core/target";
import { baselineValue, pairBaseYears } from "../../core/template/from-figures";
import type { TemplateDefinition, TemplateRowDefinition } from "../../core/template";

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
  /** The base-year figure the document gives for this target (an indicator table's 2020年 cell), as 基期值 takes it; else null. */
  baseline: number | null;
  /** That figure as the document shows it (=85.1%), and its year. */
  baselineShown: string | null;
  baselineYear: number | null;
}

/** The compact target text of a figure: ≥99.2%, ≤0.5%, 280人, 3~5所, +3~5个百分点, 1:15. */
export function figureTargetText(f: ExtractedItem): string {
  return formatShown(f);
}

/**
 * Review rows in document order, one per indicator: a target's base-year figure (the table's
 * 2020年 cell) rides on its row instead of a row of its own. Actual figures that are no
 * target's base (already reached) start unticked.
 */
export function toReviewRows(items: readonly ExtractedItem[]): ReviewRow[] {
  const seen = new Map<string, number>();
  return pairBaseYears(items).map(({ figure: f, baseline: b }) => {
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
      baseline: b ? baselineValue(b) : null,
      baselineShown: b ? formatShown(b) : null,
      baselineYear: b ? b.deadline : null,
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

/** Reads a row's target text as the user typed it; the message is the parser's own (Chinese). */
export function readTargetText(text: string): RowCheck {
  try {
    return { target: parseTarget(text), error: null };
  } catch (e) {
    return { target: null, error: e instanceof PlanError ? e.message : String(e) };
  }
}

const checked = new Map<string, RowCheck>();

/**
 * readTargetText, remembered per text: a grid re-checks every row on each edit, and an unchanged
 * row must get the very same object back so that it does not re-render.
 */
export function readTargetTextCached(text: string): RowCheck {
  let c = checked.get(text);
  if (!c) {
    if (checked.size >= 5000) checked.clear();
    c = readTargetText(text);
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
        ...(r.baseline !== null ? { baseline: r.baseline } : {}),
      }),
    ),
  };
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
