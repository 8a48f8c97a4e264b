/**
 * Shared by the portable-mode tests: one target text per target type, the inputs a
 * statistician types for each (met, missed, at risk, the tolerance edge, blank, text, a
 * missing or zero 基期值, an explained miss), and the expected 差距/进度/状态 from core
 * evaluate() — the oracle; the portable formulas are what is under test.
 */
import { evaluate, STATUS_LABELS } from "../../src/core/evaluate";
import { defaultTolerance } from "../../src/core/evaluate";
import { parseTarget } from "../../src/core/parse-target";
import { targetReference, type Comparator, type Target } from "../../src/core/target";
import { ADDIN_LABEL, EXPLAINED_LABEL } from "../../src/core/status";
import type { TemplateDefinition } from "../../src/core/template";

/** Target texts by type; increase/decrease in absolute (个百分点, 人) and relative (%, 倍) units. */
export const TYPE_TARGETS: Record<Comparator, string[]> = {
  ">=": ["≥99.2%", "280人", "≥2000元"],
  "<=": ["≤0.5%", "≤30人"],
  "=": ["=0%", "=3所"],
  range: ["3~5所", "90%~95%"],
  increase_by: ["+3~5个百分点", "+10%", "+1倍"],
  decrease_by: ["-2个百分点", "-5%", "-10人"],
  ratio: ["1:15"],
};

export type Input = number | string | null;

export interface Case {
  target: string;
  actual: Input;
  baseline: Input;
  note: string | null;
}

const round = (x: number) => Number(x.toPrecision(12));

/** The level a change target asks for from `b` (test-side arithmetic, not the code under test). */
function level(t: Target, b: number): number {
  const change = t.value ?? (t.min as number);
  const relative = t.unit === "%" || t.unit === "倍";
  const step = relative ? Math.abs(b) * change : change;
  return t.comparator === "increase_by" ? b + step : b - step;
}

/** Inputs around the target: on it, inside and beyond the at-risk band, exactly at its edge, far off. */
export function casesFor(text: string): Case[] {
  const t = parseTarget(text);
  const tol = defaultTolerance(t);
  const out: Case[] = [];
  const add = (actual: Input, baseline: Input = null, note: string | null = null) => out.push({ target: text, actual, baseline, note });
  if (t.comparator === "increase_by" || t.comparator === "decrease_by") {
    for (const b of [0.58, 120, -40]) {
      const need = level(t, b);
      // In the target's unit: for relative growth the tolerance is a growth rate, times |b| in level.
      const band = t.unit === "%" || t.unit === "倍" ? tol * Math.abs(b) : tol;
      const worse = t.comparator === "increase_by" ? -1 : 1;
      add(need, b);
      add(need - worse * 0.5 * band, b); // beyond the required change: met
      add(need + worse * 0.5 * band, b); // at risk
      add(need + worse * band, b); // the tolerance edge
      add(need + worse * band * 1.0001, b); // just beyond it
      add(need + worse * 3 * band, b); // missed
      add(need + worse * 3 * band, b, "因撤并学校，已报局务会"); // explained
      add(b, b); // no change at all
    }
    add(0.6, null); // no 基期值: not applicable
    add(0.6, 0); // relative growth from 0 is undefined; absolute is fine
    add(0.6, "五十八"); // text 基期值
    add(null, 0.58);
    return out;
  }
  const r = targetReference(t);
  const low = t.comparator === "<=" ? null : t.comparator === "range" ? (t.min as number) : r;
  const high = t.comparator === ">=" ? null : t.comparator === "range" ? (t.max as number) : r;
  for (const v of [low, high]) {
    if (v === null) continue;
    const dir = v === low ? -1 : 1; // the side that misses
    add(v);
    add(v + dir * 0.5 * tol);
    add(v + dir * tol); // the tolerance edge: 98.2% against ≥99.2% is 接近
    add(v + dir * (tol + 1e-6));
    add(v + dir * 3 * tol);
    add(v + dir * 3 * tol, null, "受停课影响");
    add(v - dir * 1e-12); // float noise on the right side
    add(v + dir * 1e-12); // float noise on the wrong side: still met
    add(v + dir * 3 * tol, round(v * 0.8)); // with a 基期值: progress from it
    add(v, v); // 基期值 equal to the reference: progress 1 when met
  }
  add(0);
  add(-1);
  add(null);
  add("  ");
  add(null, null, "说明但未填");
  add("九十五"); // text the add-in reads; a native formula cannot
  add("待核实");
  add(round(r), "abc");
  return out;
}

export function definitionOf(cases: readonly Case[], id = "portable-test"): TemplateDefinition {
  return {
    id,
    title: "便携测试",
    kind: "targets",
    sheetName: "便携测试",
    source: "《测试》",
    rows: cases.map((c, i) => ({
      key: `r${i + 1}`,
      section: null,
      indicator: `指标${i + 1}`,
      scope: null,
      target: c.target,
      deadline: null,
      kind: "target",
      quote: c.target,
    })),
  };
}

export interface Expected {
  status: string;
  /** null when the cell shows blank. */
  gap: number | null;
  progress: number | null;
}

const isBlankInput = (x: Input) => x === null || (typeof x === "string" && x.trim() === "");

/**
 * What a portable row shows: evaluate()'s judgement, 已说明 for an explained miss, blank
 * 差距/进度 where evaluate has none; text in 实际值 or 基期值 shows 需加载项 (a native formula
 * cannot read 九十五 or 58%), after 待填报 for a blank 实际值 as in live mode.
 */
export function expectedPortable(c: Case): Expected {
  if (isBlankInput(c.actual)) return { status: STATUS_LABELS.pending, gap: null, progress: null };
  if (typeof c.actual === "string" || (typeof c.baseline === "string" && !isBlankInput(c.baseline))) {
    return { status: ADDIN_LABEL, gap: null, progress: null };
  }
  const e = evaluate(c.actual, parseTarget(c.target), { baseline: c.baseline });
  const explained = e.status === "missed" && c.note !== null && c.note.trim() !== "";
  return { status: explained ? EXPLAINED_LABEL : STATUS_LABELS[e.status], gap: e.gap, progress: e.progress };
}

/** Equal within float noise (engines round the last bits differently). */
export function close(a: unknown, b: number): boolean {
  return typeof a === "number" && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

/** Readable failures: which input, what was expected, what the engine showed. */
export function describeCase(c: Case): string {
  return `目标 ${c.target}，实际值 ${JSON.stringify(c.actual)}，基期值 ${JSON.stringify(c.baseline)}，说明 ${JSON.stringify(c.note)}`;
}
