/**
 * The 校际差异系数 the official way (balance.md §1): X̄ = ΣR/ΣP (×100 for 每百名 indicators),
 * S = sqrt(Σ (P_i/P)(R_i/P_i·k − X̄)²), CV = S/X̄. Enrolment-weighted, population form, full
 * precision: nothing is rounded before a comparison.
 */
import { PlanError } from "../errors";

export interface Coefficient {
  cv: number;
  /** X̄ = ΣR/ΣP (×100 for 每百名): the county value from totals. */
  mean: number;
  sd: number;
  n: number;
  /** Each school's part of S² (its weighted squared deviation ÷ S²), in input order: who pulls the CV up. */
  shares: number[];
}

/**
 * `resources[i]` and `students[i]` belong to school `names[i]` (for messages). A blank or
 * non-positive enrolment, a resource that is not a number, or X̄ = 0 is a PlanError that names
 * the school (or the indicator).
 */
export function coefficientOfVariation(
  resources: readonly number[],
  students: readonly number[],
  per100 = false,
  names: readonly string[] = [],
  what = "该指标",
): Coefficient {
  if (resources.length !== students.length) {
    throw new PlanError("bad_argument", `资源数（${resources.length} 个）与在校生数（${students.length} 个）个数不同`);
  }
  if (resources.length === 0) throw new PlanError("bad_argument", `${what}没有学校数据，无法计算差异系数`);
  const name = (i: number) => names[i] ?? `第 ${i + 1} 所学校`;
  const k = per100 ? 100 : 1;
  let R = 0;
  let P = 0;
  for (let i = 0; i < resources.length; i++) {
    const p = students[i];
    const r = resources[i];
    if (!(typeof p === "number" && p > 0 && p < Infinity)) throw new PlanError("bad_argument", `${name(i)}：在校生数为空或不大于0，无法计算${what}`, p);
    if (!(typeof r === "number" && r - r === 0)) throw new PlanError("not_a_number", `${name(i)}：${what}的资源数不是数字`, r);
    R += r;
    P += p;
  }
  const mean = (R / P) * k;
  if (mean === 0) throw new PlanError("bad_argument", `${what}的全县平均值为0（各校资源数都为0），差异系数无意义`);
  const weighted = resources.map((r, i) => (students[i] / P) * ((r / students[i]) * k - mean) ** 2);
  const variance = weighted.reduce((t, w) => t + w, 0);
  const sd = Math.sqrt(variance);
  return { cv: sd / mean, mean, sd, n: resources.length, shares: weighted.map((w) => (variance > 0 ? w / variance : 0)) };
}
