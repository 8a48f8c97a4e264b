/**
 * A template as data: the JSON shape of src/templates/*.json and of a template extracted from
 * a plan. One row per indicator, with its target text and the source's own words.
 */
import { PlanError } from "../errors";
import { parseTarget } from "../parse-target";
import type { Target } from "../target";

/** One indicator of a built-in template, in the plan's own numbers (99.2 for 99.2%). */
export interface TemplateRowDefinition {
  /** Stable key, for overrides and for the workbook's memory: "000-05", "小学1". */
  key: string;
  /** The heading the figure sits under, verbatim; null when none. */
  section: string | null;
  indicator: string;
  /** Population, level or area (全市, 小学); null when not stated. */
  scope: string | null;
  /** Target text that parseTarget reads (≥99.2%, 3~5所, 280人); null for a reported figure. */
  target: string | null;
  /** kind "actual": the reported figure as text parseTarget reads (=61.2%, ≥60万元 for 60余万元). */
  reported?: string;
  /** Year the target is due (or the reference year of an actual); null when the text gives none. */
  deadline: number | null;
  kind: "target" | "actual";
  /** The exact words of the source that state the figure. */
  quote: string;
  /** The page of the quote, when the plan was read from a PDF. */
  page?: number;
  /** Baseline (基期值) and actual (实际值), in Excel's numbers (0.992 for 99.2%); filled by fillActualsFromSummary. */
  baseline?: number | null;
  actual?: number | null;
  /** Number format of 基期值/实际值 when the target's own digits mislead (差异系数 ≤0.50 → "0.00"). */
  format?: string;
  /** Inclusion is debatable (gold set's borderline). */
  borderline?: boolean;
  note?: string;
}

/** A built-in template: a plan's targets (kind "targets") or a summary's reported figures ("actuals"). */
export interface TemplateDefinition {
  /** Typeable id: seed-000, youzhi-junheng-2017. */
  id: string;
  title: string;
  kind: "targets" | "actuals";
  /** Suggested sheet and table name, e.g. 2008教育目标; made legal and unique on insertion. */
  sheetName: string;
  /** The document cited, e.g. 《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）. */
  source: string;
  sourceUrl?: string;
  /** The seed document in tests/fixtures, for templates generated from the gold set. */
  sourceFile?: string;
  /** How the figures were checked, what could not be verified, how rules were expressed. */
  note?: string;
  rows: TemplateRowDefinition[];
}

export function describeRow(row: TemplateRowDefinition): string {
  return `${row.key}（${row.scope ? row.scope + "·" : ""}${row.indicator}）`;
}

/** A row's target (or reported) text, parsed; PlanError naming the row when it cannot be read. */
export function parseRowTarget(text: string, row: TemplateRowDefinition, what: string): Target {
  try {
    return parseTarget(text);
  } catch (e) {
    const why = e instanceof PlanError ? e.message : String(e);
    throw new PlanError("not_a_target", `${what}“${text}”无法读取（${describeRow(row)}）：${why}`, text);
  }
}

