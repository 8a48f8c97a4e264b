/**
 * Portable vs live vs core evaluate(), in HyperFormula, for every target type: the same
 * definition is built in both modes, the same inputs are typed, and every row's 差距, 进度
 * and 状态 are compared. The plans sit at C4 so that the formulas' addresses are exercised.
 */
import { EmptyValue } from "hyperformula";
import type { CellValue as HfValue, SimpleCellAddress } from "hyperformula";
import { STATUS_LABELS } from "../../src/core/evaluate";
import { ADDIN_LABEL } from "../../src/core/status";
import { buildTemplatePlan, type TemplatePlan } from "../../src/core/template";
import { casesFor, close, definitionOf, describeCase, expectedPortable, TYPE_TARGETS, type Case } from "./cases";
import { grid, HyperFormula, typed } from "../setup/hyperformula-plan";

const ANCHOR = { row: 3, col: 2 };

function load(hf: HyperFormula, plan: TemplatePlan, cases: readonly Case[]) {
  const sheet = hf.getSheetId(hf.addSheet(plan.metadata.mode)) as number;
  hf.setCellContents({ sheet, row: ANCHOR.row, col: ANCHOR.col }, grid(plan));
  const col = (key: string) => ANCHOR.col + plan.columns.findIndex((c) => c.key === key);
  const at = (i: number, key: string): SimpleCellAddress => ({ sheet, row: ANCHOR.row + 1 + i, col: col(key) });
  hf.setCellContents(at(0, "actual"), cases.map((c) => [typed(c.actual)]));
  hf.setCellContents(at(0, "baseline"), cases.map((c) => [typed(c.baseline)]));
  hf.setCellContents(at(0, "note"), cases.map((c) => [typed(c.note)]));
  return (i: number, key: string): HfValue => hf.getCellValue(at(i, key));
}

const blank = (v: HfValue) => v === "" || v === null || (v as unknown) === EmptyValue;
const isError = (v: HfValue) => typeof v === "object" && v !== null && "type" in (v as object);

describe.each(Object.entries(TYPE_TARGETS))("target type %s", (type, texts) => {
  const cases = texts.flatMap(casesFor);
  const def = definitionOf(cases);
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", maxRows: 2000, maxColumns: 60 });
  const portable = load(hf, buildTemplatePlan(def, { mode: "portable", anchor: ANCHOR }), cases);
  const live = load(hf, buildTemplatePlan(def, { mode: "live", anchor: ANCHOR }), cases);
  afterAll(() => hf.destroy());

  test("portable 差距, 进度 and 状态 equal core evaluate() on every row", () => {
    const wrong: string[] = [];
    cases.forEach((c, i) => {
      const want = expectedPortable(c);
      const got = { status: portable(i, "status"), gap: portable(i, "gap"), progress: portable(i, "progress") };
      const ok =
        got.status === want.status &&
        (want.gap === null ? blank(got.gap) : close(got.gap, want.gap)) &&
        (want.progress === null ? blank(got.progress) : close(got.progress, want.progress));
      if (!ok) wrong.push(`${describeCase(c)}：应为 ${JSON.stringify(want)}，得到 ${JSON.stringify(got)}`);
    });
    expect(wrong).toEqual([]);
    expect(cases.length).toBeGreaterThan(10);
  });

  test("portable equals live wherever live judges; live's errors are 不适用 or 需加载项 in portable", () => {
    const wrong: string[] = [];
    cases.forEach((c, i) => {
      const p = { status: portable(i, "status"), gap: portable(i, "gap"), progress: portable(i, "progress") };
      const l = { status: live(i, "status"), gap: live(i, "gap"), progress: live(i, "progress") };
      let ok: boolean;
      if (p.status === ADDIN_LABEL) ok = true; // live reads text (九十五) or errors; portable cannot read text
      else if (isError(l.status)) ok = p.status === STATUS_LABELS.not_applicable; // live: #N/A without 基期值
      else {
        ok =
          p.status === l.status &&
          (blank(l.gap) ? blank(p.gap) : close(p.gap, l.gap as number)) &&
          (blank(l.progress) || isError(l.progress) ? blank(p.progress) : close(p.progress, l.progress as number));
      }
      if (!ok) wrong.push(`${describeCase(c)}：便携 ${JSON.stringify(p)}，实时 ${JSON.stringify(l)}`);
    });
    expect(wrong).toEqual([]);
  });

  test(`every status a ${type} target can take is exercised`, () => {
    const seen = new Set(cases.map((c) => expectedPortable(c).status));
    for (const s of [STATUS_LABELS.met, STATUS_LABELS.at_risk, STATUS_LABELS.missed, STATUS_LABELS.pending, "已说明", ADDIN_LABEL]) {
      expect(seen).toContain(s);
    }
    if (type === "increase_by" || type === "decrease_by") expect(seen).toContain(STATUS_LABELS.not_applicable);
  });
});

test("the tolerance edge: 98.2% against ≥99.2% is 接近 in portable mode, as in core", () => {
  const cases: Case[] = [{ target: "≥99.2%", actual: 0.982, baseline: null, note: null }];
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  const value = load(hf, buildTemplatePlan(definitionOf(cases), { mode: "portable", anchor: ANCHOR }), cases);
  expect(value(0, "status")).toBe("接近");
  expect(value(0, "gap")).toBeCloseTo(0.01, 12);
  hf.destroy();
});
