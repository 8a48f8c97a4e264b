/**
 * The typed target: what a plan phrase such as “达到99.2%以上” or “比上年提高3-5个百分点” means.
 *
 * Numbers follow Excel's convention: a percent is stored as a fraction (99.2% → 0.992) and a
 * percentage-point change as a fraction too (3个百分点 → 0.03), so targets compare directly
 * with what a statistician types into a percent-formatted cell.
 */
export type Comparator = ">=" | "<=" | "=" | "range" | "increase_by" | "decrease_by" | "ratio";

export const COMPARATORS: readonly Comparator[] = [">=", "<=", "=", "range", "increase_by", "decrease_by", "ratio"];

export interface Target {
  comparator: Comparator;
  /** >=, <=, =, and increase_by/decrease_by with a single change; null otherwise. */
  value: number | null;
  /** range, and increase_by/decrease_by with a range (3-5个百分点); null otherwise. */
  min: number | null;
  max: number | null;
  /** ratio a:b, e.g. [1, 15]; null otherwise. */
  ratio: [number, number] | null;
  /** The text's own unit: %, 个百分点, 人, 所, 万元, 名 …; null for ratios and bare numbers. */
  unit: string | null;
  /** True when values are fractions of 100 (%, 个百分点, ‰, 三分之二). */
  percent: boolean;
  /** False when the phrase had no comparator word (a bare “100%” or “280人”); evaluated as >=. */
  stated: boolean;
}

/** The value a target asks the actual to reach; progress is measured towards it. */
export function targetReference(t: Target): number {
  switch (t.comparator) {
    case "range":
      return t.min as number;
    case "ratio":
      return (t.ratio as [number, number])[0] / (t.ratio as [number, number])[1];
    case "increase_by":
    case "decrease_by":
      return t.value !== null ? t.value : (t.min as number);
    default:
      return t.value as number;
  }
}

/**
 * Lower and upper bound of an acceptable actual (or, for increase_by/decrease_by, of the
 * required change). null = unbounded. Used by TARGET_PARSE and by portable helper columns.
 */
export function targetBounds(t: Target): { low: number | null; high: number | null } {
  switch (t.comparator) {
    case ">=":
      return { low: t.value, high: null };
    case "<=":
      return { low: null, high: t.value };
    case "=":
      return { low: t.value, high: t.value };
    case "range":
      return { low: t.min, high: t.max };
    case "ratio": {
      const r = targetReference(t);
      return { low: r, high: r };
    }
    case "increase_by":
    case "decrease_by":
      return t.value !== null ? { low: t.value, high: null } : { low: t.min, high: t.max };
  }
}

/** A target in the plan's own numbers, as the gold set and the CLI print it: 99.2 for 99.2%. */
export interface ShownTarget {
  /** "none" when the phrase stated no comparator word (a bare plan quantity). */
  comparator: Comparator | "none";
  value: number | null;
  min?: number;
  max?: number;
  ratio?: [number, number];
  unit: string | null;
}

/** How many of the shown unit make 1: 100 for % and 个百分点, 1000 for ‰, 10000 for ‱. */
function shownScale(unit: string | null): number {
  return unit === "‰" ? 1000 : unit === "‱" ? 10000 : 100;
}

/** Back from Excel's fractions to the number a plan shows; repeating fractions (三分之二) round to 2 decimals. */
export function shownNumber(x: number, percent: boolean, unit: string | null = "%"): number {
  if (!percent) return x;
  const scaled = Number((x * shownScale(unit)).toPrecision(12));
  const decimals = (String(scaled).split(".")[1] || "").length;
  return decimals > 6 ? Math.round(scaled * 100) / 100 : scaled;
}

export function showTarget(t: Target): ShownTarget {
  const p = t.percent;
  const shown: ShownTarget = {
    comparator: t.stated ? t.comparator : "none",
    value: t.value === null ? null : shownNumber(t.value, p, t.unit),
    unit: t.unit,
  };
  if (t.min !== null && t.max !== null) {
    shown.min = shownNumber(t.min, p, t.unit);
    shown.max = shownNumber(t.max, p, t.unit);
  }
  if (t.ratio) shown.ratio = [t.ratio[0], t.ratio[1]];
  return shown;
}

const SYMBOL: Record<ShownTarget["comparator"], string> = {
  ">=": "≥",
  "<=": "≤",
  "=": "=",
  range: "",
  increase_by: "+",
  decrease_by: "-",
  ratio: "",
  none: "",
};

/**
 * The compact text a statistician types, from a target in the plan's own numbers (an extracted
 * figure, a gold item): ≥99.2%, 280人, 3~5所, +3~5个百分点, 1:15. parseTarget reads it back.
 */
export function formatShown(s: ShownTarget): string {
  if (s.comparator === "ratio" && s.ratio) return `${s.ratio[0]}:${s.ratio[1]}`;
  const amount = s.min !== undefined && s.max !== undefined ? `${s.min}~${s.max}` : s.value === null ? "" : String(s.value);
  return `${SYMBOL[s.comparator]}${amount}${s.unit ?? ""}`;
}

/** The compact text of a parsed target; a bare number (≥ unstated) stays bare. */
export function formatTarget(t: Target): string {
  const s = showTarget(t);
  return formatShown({ ...s, comparator: t.stated || t.comparator !== ">=" ? t.comparator : "none" });
}

/** A plain number in a target cell means “reach at least this”. */
export function numericTarget(n: number): Target {
  return { comparator: ">=", value: n, min: null, max: null, ratio: null, unit: null, percent: false, stated: false };
}
