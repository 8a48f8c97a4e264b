/**
 * A generated plan in a real formula engine. The PLAN functions are registered as a
 * HyperFormula plugin that calls the real src/functions wrappers; the plan (header, values,
 * formulas) is written in one call, actuals are typed, and the computed 差距/状态 and the
 * conditional-format rules are read back. HyperFormula is GPL-v3 licensed: tests only.
 */
import type { SimpleCellAddress } from "hyperformula";
import { buildTemplatePlan } from "../../src/core/template";
import { getTemplate } from "../../src/templates";
import { grid, HyperFormula } from "../setup/hyperformula-plan";

// The plan sits at C4, away from A1, so that the formulas' addresses are exercised too.
const ANCHOR = { row: 3, col: 2 };

describe("seed-000 in HyperFormula", () => {
  const plan = buildTemplatePlan(getTemplate("seed-000")!, { anchor: ANCHOR });
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", maxRows: 1000, maxColumns: 60 });
  const sheet = hf.getSheetId(hf.addSheet("plan")) as number;
  const n = plan.values.length;
  const col = (header: string) => ANCHOR.col + plan.columns.findIndex((c) => c.header === header);
  const rowOf = (indicator: string, scope?: string) =>
    plan.values.findIndex((v) => v[plan.columns.findIndex((c) => c.header === "指标")] === indicator && (scope === undefined || v[3] === scope));
  const at = (i: number, header: string): SimpleCellAddress => ({ sheet, row: ANCHOR.row + 1 + i, col: col(header) });
  const value = (i: number, header: string) => hf.getCellValue(at(i, header));

  // Row → [actual, baseline, note]; the rest stay blank (待填报).
  const rows = {
    met: rowOf("17周岁初中教育完成率"), // ≥99.2%
    missed: rowOf("三类残童入学率"), // ≥96.4%
    atRisk: rowOf("体育达标率"), // ≥95.6%, 1 point of tolerance
    pending: rowOf("法定年龄学生流生率", "全市"), // ≤0.5%
    explained: rowOf("初中毕(结)业考合格率"), // ≥84%, missed with a note
    zero: rowOf("法定年龄学生流生率", "小学"), // =0%: a target text starting with =
    increase: rowOf("普通高校本科上线率"), // +3~5个百分点
    noBaseline: rowOf("重点线上线率"), // +3~5个百分点 without 基期值
    count: rowOf("中小学校长培训人数"), // 280人, stated without a comparator
  };
  const typed: Record<number, [number | null, number | null, string | null]> = {
    [rows.met]: [0.995, null, null],
    [rows.missed]: [0.9, null, null],
    [rows.atRisk]: [0.95, null, null],
    [rows.explained]: [0.8, null, "受停课影响，已报局务会"],
    [rows.zero]: [0, null, null],
    [rows.increase]: [0.612, 0.58, null],
    [rows.noBaseline]: [0.3, null, null],
    [rows.count]: [250, null, null],
  };

  beforeAll(() => {
    hf.setCellContents({ sheet, row: ANCHOR.row, col: ANCHOR.col }, grid(plan));
    // Typing the actuals, baselines and notes: one column range each.
    const column = (k: 0 | 1 | 2) => Array.from({ length: n }, (_, i) => [typed[i] ? typed[i][k] : null]);
    hf.setCellContents(at(0, "实际值"), column(0));
    hf.setCellContents(at(0, "基期值"), column(1));
    hf.setCellContents(at(0, "说明"), column(2));
  });

  afterAll(() => hf.destroy());

  test("every indicator row was found", () => {
    for (const i of Object.values(rows)) expect(i).toBeGreaterThanOrEqual(0);
  });

  test("met: gap 0, 达标", () => {
    expect(value(rows.met, "差距")).toBe(0);
    expect(value(rows.met, "状态")).toBe("达标");
  });

  test("missed: gap 96.4% − 90% = 6.4 points, 未达标", () => {
    expect(value(rows.missed, "差距")).toBeCloseTo(0.064, 12);
    expect(value(rows.missed, "状态")).toBe("未达标");
  });

  test("at risk: 0.6 points short, within 1 point, 接近", () => {
    expect(value(rows.atRisk, "差距")).toBeCloseTo(0.006, 12);
    expect(value(rows.atRisk, "状态")).toBe("接近");
  });

  test("pending: blank actual, blank gap, 待填报", () => {
    expect(value(rows.pending, "差距")).toBe("");
    expect(value(rows.pending, "状态")).toBe("待填报");
  });

  test("explained: still 4 points short, but 状态 shows 已说明", () => {
    expect(value(rows.explained, "差距")).toBeCloseTo(0.04, 12);
    expect(value(rows.explained, "状态")).toBe("已说明");
  });

  test("the =0% target stays text and is judged", () => {
    expect(value(rows.zero, "目标")).toBe("=0%");
    expect(value(rows.zero, "状态")).toBe("达标");
  });

  test("an increase of 3~5 points from 58%: 61.2% is met", () => {
    expect(value(rows.increase, "差距")).toBe(0);
    expect(value(rows.increase, "状态")).toBe("达标");
    expect(value(rows.increase, "进度")).toBeCloseTo((0.612 - 0.58) / 0.03, 9);
  });

  test("an increase without 基期值 is #N/A", () => {
    const status = value(rows.noBaseline, "状态");
    expect(status).toMatchObject({ type: "NA" });
  });

  test("280人 read as at least 280: 250 is 30 short, progress 250/280", () => {
    expect(value(rows.count, "差距")).toBe(30);
    expect(value(rows.count, "状态")).toBe("未达标");
    expect(value(rows.count, "进度")).toBeCloseTo(250 / 280, 9);
  });

  test("the conditional-format rules fire once per judged row, none for pending or errors", () => {
    // Each rule's formula goes to a scratch column on the first data row and is filled down,
    // as Excel applies a relative rule down its range.
    const scratch = ANCHOR.col + plan.columns.length + 1;
    hf.setCellContents({ sheet, row: ANCHOR.row + 1, col: scratch }, [plan.rules.map((r) => r.formula)]);
    hf.copy({ start: { sheet, row: ANCHOR.row + 1, col: scratch }, end: { sheet, row: ANCHOR.row + 1, col: scratch + plan.rules.length - 1 } });
    for (let i = 1; i < n; i++) hf.paste({ sheet, row: ANCHOR.row + 1 + i, col: scratch });
    const fired = (i: number) => plan.rules.filter((_, k) => hf.getCellValue({ sheet, row: ANCHOR.row + 1 + i, col: scratch + k }) === true).map((r) => r.meaning);
    expect(fired(rows.met)).toEqual(["met"]);
    expect(fired(rows.missed)).toEqual(["missed"]);
    expect(fired(rows.atRisk)).toEqual(["at_risk"]);
    expect(fired(rows.explained)).toEqual(["explained"]);
    expect(fired(rows.pending)).toEqual([]);
    expect(fired(rows.noBaseline)).toEqual([]);
    expect(fired(rows.count)).toEqual(["missed"]);
    // Every blank row is pending and uncoloured.
    const blank = plan.values.map((_, i) => i).filter((i) => !typed[i]);
    for (const i of blank) {
      expect(value(i, "状态")).toBe("待填报");
      expect(fired(i)).toEqual([]);
    }
  });
});

describe("a national standard with a province's override", () => {
  test("河南 90%: 88% misses the province's target although it meets the national 85%", () => {
    const def = getTemplate("xueqian-puhui-2020")!;
    const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", maxRows: 100, maxColumns: 30 });
    const sheet = hf.getSheetId(hf.addSheet("s")) as number;
    for (const [overrides, expected] of [
      [undefined, "达标"],
      [{ 学前三年毛入园率: "≥90%" }, "未达标"],
    ] as const) {
      const plan = buildTemplatePlan(def, { overrides: overrides as Record<string, string> | undefined });
      hf.setCellContents({ sheet, row: 0, col: 0 }, grid(plan));
      hf.setCellContents({ sheet, row: 1, col: 8 }, [[0.88]]);
      expect(hf.getCellValue({ sheet, row: 1, col: 11 })).toBe(expected);
    }
    hf.destroy();
  });
});
