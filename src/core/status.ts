/**
 * The status vocabulary, in one place: what 状态 says, how each status looks (cell rules,
 * the chart, the pane) and how a 状态 cell's text is read back. Evaluate, the formula
 * builders, the chart and the pane all take their words and colours from here.
 */

/** What judging an actual against a target can give. */
export type Status = "met" | "at_risk" | "missed" | "pending" | "not_applicable";

export const STATUS_LABELS: Record<Status, string> = {
  met: "达标",
  at_risk: "接近",
  missed: "未达标",
  pending: "待填报",
  not_applicable: "不适用",
};

/** Label shown by 状态 when a missed row carries an explanation in 说明 (经验校验). */
export const EXPLAINED_LABEL = "已说明";
/** Portable mode: 目标 no longer matches the hidden helper cells (refreshHelpers fixes it). */
export const STALE_LABEL = "目标已修改，请刷新";
/** Portable mode: a value only the add-in can read (text in 实际值 or 基期值, such as 九十五 or 99.2%). */
export const ADDIN_LABEL = "需加载项";
/** Portable mode: a row without a target (a row the user added). */
export const NO_TARGET_LABEL = "无目标";

/** What a highlighting rule shows. */
export type RuleMeaning = "missed" | "at_risk" | "met" | "explained" | "stale";

/** Excel's "good / neutral / bad" cell styles, plus a calm grey for an explained miss and lilac for a stale target. */
export const RULE_COLORS: Record<RuleMeaning, { fill: string; fontColor: string }> = {
  missed: { fill: "#FFC7CE", fontColor: "#9C0006" },
  at_risk: { fill: "#FFEB9C", fontColor: "#9C5700" },
  met: { fill: "#C6EFCE", fontColor: "#006100" },
  explained: { fill: "#E7E6E6", fontColor: "#595959" },
  stale: { fill: "#E4DFEC", fontColor: "#60497A" },
};

/** The status label each rule looks for in the computed 状态 cell. */
export const RULE_LABELS: Record<RuleMeaning, string> = {
  missed: STATUS_LABELS.missed,
  at_risk: STATUS_LABELS.at_risk,
  met: STATUS_LABELS.met,
  explained: EXPLAINED_LABEL,
  stale: STALE_LABEL,
};

/** What a 状态 cell's value says; "other" for errors (#VALUE!), blanks and any other text. */
export type StatusKind = "met" | "atRisk" | "missed" | "explained" | "pending" | "notApplicable" | "other";

const KIND_OF_LABEL: ReadonlyMap<string, StatusKind> = new Map([
  [STATUS_LABELS.met, "met"],
  [STATUS_LABELS.at_risk, "atRisk"],
  [STATUS_LABELS.missed, "missed"],
  [EXPLAINED_LABEL, "explained"],
  [STATUS_LABELS.pending, "pending"],
  [STATUS_LABELS.not_applicable, "notApplicable"],
]);

export function statusKind(v: unknown): StatusKind {
  return (typeof v === "string" && KIND_OF_LABEL.get(v.trim())) || "other";
}

/** The pane's counts and bars: the cell fills of the sheet's own highlighting. */
export const KIND_COLORS = {
  met: RULE_COLORS.met.fill,
  atRisk: RULE_COLORS.at_risk.fill,
  missed: RULE_COLORS.missed.fill,
  pending: RULE_COLORS.explained.fill,
} as const;

/** The attainment chart's series in stack order: the highlighting's hues, a shade stronger for print. */
/** Status counts of one section (领域): what the summary shows and the chart draws, series by series. */
export interface SectionCounts {
  section: string;
  met: number;
  atRisk: number;
  missed: number;
  pending: number;
}

export const CHART_SERIES = [
  { key: "met", header: STATUS_LABELS.met, color: "#63BE7B" },
  { key: "atRisk", header: STATUS_LABELS.at_risk, color: "#FFC000" },
  { key: "missed", header: STATUS_LABELS.missed, color: "#F8696B" },
  { key: "pending", header: STATUS_LABELS.pending, color: "#BFBFBF" },
] as const;
