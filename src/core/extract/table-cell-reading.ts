/** What one cell of an indicator table states: a figure in the row's unit, a growth, or nothing (—, 无). */
import { parseTarget } from "../parse-target";
import { showTarget, type ShownTarget } from "../target";

export const EMPTY_VALUE = /^[—–\-－/／…\s]+$|^(无|暂无|空|\/)$/;

/** A figure with the unit its cell writes, whatever the unit (>6亿吨, 5.5万元/人, 120万, ≥12%): for rows with no header to name units. */
export const WRITTEN_FIGURE = /^(?:约|≥|≤|>|<|＞|＜)?\s*\d+(?:\.\d+)?\s*(?:%|‰|[\u4e00-\u9fff]{1,4}(?:\/[\u4e00-\u9fff]{1,2})?)?\s*(?:以上|以下|以内|左右)?$/;

/** 年均增长(%), 年均增速, 年均增长率（%）: how the row's indicator grows a year over the table's span. */
export const GROWTH_HEADER = /^年均(?:增长|增速|增幅)率?(?:[(（]([^()（）]{1,4})[)）])?$/;

/** The shown target of a cell in a column of the given kind, with the row's unit applied. */
export function readCell(text: string, unit: string | null, kind: "target" | "actual"): ShownTarget | null {
  const t = text.replace(/^[[〔【(]\s*|\s*[\]〕】)]$/g, "").trim();
  if (t === "" || EMPTY_VALUE.test(t)) return null;
  let shown: ShownTarget;
  try {
    shown = showTarget(parseTarget(t));
  } catch {
    return null;
  }
  if (shown.comparator === "ratio") return shown;
  let u = shown.unit ?? unit;
  let scale = 1;
  if (u !== null && u.startsWith("万") && !u.startsWith("万元")) {
    // 在校生(万人) 12.5 → 125000 人, as the gold set expands 万 for counts
    u = u.slice(1);
    scale = 10000;
  }
  const scaled = (x: number | null | undefined): number | null => (x === null || x === undefined ? null : Number((x * scale).toPrecision(12)));
  const out: ShownTarget = { comparator: shown.comparator, value: scaled(shown.value), unit: u };
  if (shown.min !== undefined && shown.max !== undefined) {
    out.min = scaled(shown.min) as number;
    out.max = scaled(shown.max) as number;
  }
  // A reported figure is exact unless its cell says otherwise; a bare target cell states no comparator.
  if (kind === "actual" && out.comparator === "none") out.comparator = "=";
  return out;
}

/** A growth column's figure (6.87, -2.1): a rise or a fall by it, in the column's unit, whatever the row's. */
export function growthCell(text: string, unit: string): ShownTarget | null {
  const shown = readCell(text, unit, "target");
  if (!shown || shown.value === null || shown.comparator !== "none" || shown.unit !== unit) return shown;
  return { comparator: shown.value < 0 ? "decrease_by" : "increase_by", value: Math.abs(shown.value), unit };
}

/** A rate or share states its figures in % when its row says no unit. */
export function shareUnit(name: string): string | null {
  return /率$|比例$|占比$|比重$/.test(name) ? "%" : null;
}
