/**
 * The computed columns of an indicator row (差距, 进度, 状态, and portable mode's check column)
 * as formula text. Live mode calls the PLAN functions; portable mode spells evaluate() out in
 * native functions over the hidden helper cells. Text only: no Office call.
 */
import { PlanError } from "../errors";
import { DEFAULT_TOLERANCE } from "../evaluate";
import { ADDIN_LABEL, EXPLAINED_LABEL, NO_TARGET_LABEL, STALE_LABEL, STATUS_LABELS } from "../status";
import type { FormulaMode, HelperKey } from "../template/columns";
import { FLOAT_EPS, formulaNumber, formulaString, operand, shortfallFormula } from "./formula-text";

/** The cells one data row's formulas read, as relative A1 addresses. */
export interface RowCells {
  actual: string;
  target: string;
  baseline: string;
  note: string;
  /** Portable mode only: the row's 差距 cell (进度 and 状态 read it) … */
  gap?: string;
  /** … and its helper cells, by key (h_text … h_check). */
  helpers?: Partial<Record<HelperKey, string>>;
}

export interface ComputedFormulas {
  gap: string;
  progress: string;
  status: string;
  /** Portable mode: the hidden check column (h_check). */
  check?: string;
}

type FormulaWriter = (cells: RowCells) => ComputedFormulas;

/** Live mode: the PLAN functions, by their English names. 已说明 replaces 未达标 when 说明 is not blank. */
const liveFormulas: FormulaWriter = ({ actual, target, baseline, note }) => {
  const args = `${actual},${target},${baseline}`;
  const status = `PLAN.TARGET_STATUS(${args})`;
  return {
    gap: `=PLAN.TARGET_GAP(${args})`,
    progress: `=PLAN.TARGET_PROGRESS(${args})`,
    // IF/AND/LEN/TRIM only, no LET: WPS and Excel 2016 must read it too.
    status: `=IF(AND(${status}="${STATUS_LABELS.missed}",LEN(TRIM(${note}))>0),"${EXPLAINED_LABEL}",${status})`,
  };
};

/**
 * 差距, 进度 and 状态 with IF, AND, OR, MAX, ABS, ISNUMBER, LEN and TRIM only (no TRUE/FALSE,
 * no NOT, no LET: Excel 2010, WPS, LibreOffice and HyperFormula all read them), reproducing
 * core evaluate(): the 1e-9 float allowance (also at the tolerance edge), the default
 * tolerance, increase/decrease from 基期值 (relative for % and 倍), `<=` progress as
 * reference/actual. What a formula cannot read (text in 实际值/基期值) shows 需加载项; a
 * 目标 edited since the helpers were written shows 目标已修改，请刷新. Both leave 差距/进度 blank.
 */
const portableFormulas: FormulaWriter = (cells) => {
  const h = cells.helpers ?? {};
  const missing = (["h_text", "h_cmp", "h_low", "h_high", "h_pct", "h_rel", "h_check"] as const).filter((k) => !h[k]);
  if (missing.length > 0 || !cells.gap) {
    throw new PlanError("bad_argument", `便携模式的公式需要辅助列与差距单元格：缺少 ${[...missing, ...(cells.gap ? [] : ["gap"])].join("、")}`);
  }
  const { actual: a, baseline: b, note: n, target: e } = cells;
  const g = cells.gap;
  const [text, cmp, low, high, pct, rel, check] = [h.h_text, h.h_cmp, h.h_low, h.h_high, h.h_pct, h.h_rel, h.h_check] as string[];
  const is = (code: string) => `${cmp}="${code}"`;
  const change = `OR(${is("increase_by")},${is("decrease_by")})`;
  const blank = (x: string) => `LEN(TRIM(${x}))=0`;
  // Level change of increase/decrease: the amount (low), times |基期值| for relative growth.
  const step = `IF(${rel}=1,ABS(${b}),1)*${low}`;
  const reference = `IF(${is("<=")},${high},${low})`; // targetReference
  const tolerance = `IF(${pct}=1,${formulaNumber(DEFAULT_TOLERANCE.percent)},${formulaNumber(DEFAULT_TOLERANCE.shareOfTarget)}*ABS(${reference}))`; // defaultTolerance

  const checkFormula =
    `=IF(${e}<>${text},${formulaString(STALE_LABEL)},` +
    `IF(OR(ISNUMBER(${low}),ISNUMBER(${high})),` +
    `IF(${blank(a)},${formulaString(STATUS_LABELS.pending)},` +
    `IF(AND(ISNUMBER(${a}),OR(ISNUMBER(${b}),${blank(b)})),` +
    `IF(AND(${change},OR(${blank(b)},AND(${rel}=1,${b}=0))),${formulaString(STATUS_LABELS.not_applicable)},""),` +
    `${formulaString(ADDIN_LABEL)})),` +
    // No bounds: a row without a target, or helpers that were never filled.
    `IF(${blank(e)},${formulaString(NO_TARGET_LABEL)},${formulaString(STALE_LABEL)})))`;

  const belowLow =
    `IF(${is("increase_by")},${shortfallFormula(`${b}+${step}`, a)},` +
    `IF(AND(${cmp}<>"decrease_by",ISNUMBER(${low})),${shortfallFormula(low, a)},0))`;
  const aboveHigh =
    `IF(${is("decrease_by")},${shortfallFormula(a, `${b}-${step}`)},` +
    `IF(AND(${cmp}<>"increase_by",ISNUMBER(${high})),${shortfallFormula(a, high)},0))`;
  // Relative growth: the shortfall as a growth rate, in the target's own unit.
  const gap = `=IF(${check}<>"","",MAX(${belowLow},${aboveHigh})/IF(AND(${change},${rel}=1),ABS(${b}),1))`;

  // num/den; den near 0 (evaluate's nearlyEqual(base + den, base)) gives 1 if met, else blank.
  const ratio = (num: string, den: string, base: string | null) => {
    const d = operand(den);
    const size = base === null ? `ABS(${d})` : `ABS(${base}+${d}),ABS(${base})`;
    return `IF(ABS(${d})<=${FLOAT_EPS}*MAX(1,${size}),IF(${g}=0,1,""),${operand(num)}/${d})`;
  };
  // From 基期值 (always for increase/decrease): (actual − base)/(level − base); else actual/reference,
  // or reference/actual for <= (逆指标: progress ≥ 1 still means reached).
  const levelStep = `IF(${change},IF(${is("decrease_by")},-1,1)*${step},${reference}-${b})`;
  const progress =
    `=IF(${check}<>"","",IF(OR(${change},ISNUMBER(${b})),${ratio(`${a}-${b}`, levelStep, b)},` +
    `IF(${is("<=")},${ratio(high, a, null)},${ratio(a, low, null)})))`;

  const status =
    `=IF(${check}<>"",${check},IF(${g}<=0,${formulaString(STATUS_LABELS.met)},` +
    `IF(${g}<=${tolerance}+${FLOAT_EPS}*MAX(1,${tolerance}),${formulaString(STATUS_LABELS.at_risk)},` +
    `IF(LEN(TRIM(${n}))>0,${formulaString(EXPLAINED_LABEL)},${formulaString(STATUS_LABELS.missed)}))))`;
  return { gap, progress, status, check: checkFormula };
};

const FORMULA_WRITERS: Record<FormulaMode, FormulaWriter> = {
  live: liveFormulas,
  portable: portableFormulas,
};

/** The 差距, 进度 and 状态 formulas (and, portable, the check column's) of one row in the given mode. */
export function formulasFor(mode: FormulaMode, cells: RowCells): ComputedFormulas {
  const writer = Object.prototype.hasOwnProperty.call(FORMULA_WRITERS, mode) ? FORMULA_WRITERS[mode] : undefined;
  if (!writer) throw new PlanError("bad_argument", `未知的公式模式“${String(mode)}”`, mode);
  return writer(cells);
}
