/** Counting a template's statuses by section (领域), and the misses to point at. Pure. */
import { statusKind, type SectionCounts } from "../../core/status";
import type { SheetRow, TemplateDefinition, TemplateRowDefinition } from "../../core/template";
import { parseTarget } from "../../core/parse-target";

export interface SectionSummary extends SectionCounts {
  /** Misses with an explanation (已说明), included in `missed`. */
  explained: number;
  total: number;
}

export interface TemplateSummary {
  sections: SectionSummary[];
  total: SectionSummary;
  /** Missed rows (explained ones too: an explanation does not hide a miss), in sheet order. */
  misses: SheetRow[];
  /** Rows whose 状态 is no result: #NAME? without the add-in, 需加载项, 目标已修改，请刷新 … */
  unrecognised: SheetRow[];
}

function empty(section: string): SectionSummary {
  return { section, met: 0, atRisk: 0, missed: 0, pending: 0, explained: 0, total: 0 };
}

function count(into: SectionSummary, status: unknown): void {
  into.total++;
  const kind = statusKind(status);
  if (kind === "met" || kind === "atRisk" || kind === "missed" || kind === "pending") into[kind]++;
  else if (kind === "explained") {
    into.missed++;
    into.explained++;
  } else if (status === "" || status === null || status === undefined) into.pending++; // a 状态 cell not computed yet
}

export function isMiss(status: unknown): boolean {
  const kind = statusKind(status);
  return kind === "missed" || kind === "explained";
}

/** Sections in order of first appearance; rows without a section are grouped under `noSection`. */
export function summarizeBySection(rows: readonly SheetRow[], noSection: string): TemplateSummary {
  const bySection = new Map<string, SectionSummary>();
  const total = empty("");
  for (const r of rows) {
    const name = r.section && r.section.trim() ? r.section.trim() : noSection;
    let s = bySection.get(name);
    if (!s) bySection.set(name, (s = empty(name)));
    count(s, r.status);
    count(total, r.status);
  }
  const unrecognised = rows.filter((r) => statusKind(r.status) === "other" && !(r.status === "" || r.status === null || r.status === undefined));
  return { sections: [...bySection.values()], total, misses: rows.filter((r) => isMiss(r.status)), unrecognised };
}

/** The sheet's rows as a target template (rows whose target reads), keyed by data row, for fillActualsFromSummary. */
export function definitionFromSheet(rows: readonly SheetRow[], title: string): TemplateDefinition {
  const usable = rows.filter((r) => {
    try {
      parseTarget(r.target);
      return r.indicator.trim() !== "";
    } catch {
      return false;
    }
  });
  return {
    id: "workbook",
    title,
    kind: "targets",
    sheetName: title,
    source: title,
    rows: usable.map(
      (r): TemplateRowDefinition => ({
        key: String(r.row),
        section: r.section,
        indicator: r.indicator,
        scope: r.scope,
        target: r.target,
        deadline: null,
        kind: "target",
        quote: r.indicator,
        // A figure already in 实际值 is kept: the matcher skips rows that have one.
        actual: typeof r.actual === "number" ? r.actual : null,
      }),
    ),
  };
}

/** An actual as the sheet shows it: percent targets' fractions as percents (0.992 → 99.2%). */
export function showActual(actual: unknown, target: string): string {
  if (typeof actual !== "number") return actual === null || actual === undefined ? "" : String(actual);
  if (/%|百分点/.test(target)) return `${Number((actual * 100).toPrecision(10))}%`;
  return String(Number(actual.toPrecision(12)));
}
