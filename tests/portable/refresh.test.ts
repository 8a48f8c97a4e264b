/**
 * Edited targets in a portable workbook: the check column flags a 目标 whose hidden helper
 * cells no longer describe it, and refreshHelpers tells the add-in what to write. Checked as
 * data and in HyperFormula (type a new target → 目标已修改，请刷新; write the refresh → judged
 * against the new target, as core evaluate() judges it).
 */
import type { SimpleCellAddress } from "hyperformula";
import { evaluate, STATUS_LABELS } from "../../src/core/evaluate";
import { parseTarget } from "../../src/core/parse-target";
import { buildTemplatePlan, HELPER_VALUE_KEYS, portableColumnIndexes, refreshHelpers, type TemplatePlan } from "../../src/core/template";
import { NO_TARGET_LABEL, STALE_LABEL } from "../../src/core/status";
import { getTemplate } from "../../src/templates";
import { grid, HyperFormula, typed } from "../setup/hyperformula-plan";

const col = (plan: TemplatePlan, key: string) => plan.columns.findIndex((c) => c.key === key);
const targetsOf = (plan: TemplatePlan) => plan.values.map((v) => v[col(plan, "target")]);
const helpersOf = (plan: TemplatePlan) => plan.values.map((v) => HELPER_VALUE_KEYS.map((k) => v[col(plan, k)]));

describe("refreshHelpers as data", () => {
  const plan = buildTemplatePlan(getTemplate("seed-000")!, { mode: "portable" });

  test("a fresh plan needs no refresh", () => {
    expect(refreshHelpers(targetsOf(plan), helpersOf(plan))).toEqual([]);
  });

  test("an edited target gets the helpers of its new text, written out here by hand", () => {
    const targets = targetsOf(plan);
    targets[0] = "3~5所";
    targets[1] = "-10%";
    expect(refreshHelpers(targets, helpersOf(plan))).toEqual([
      { row: 0, values: ["3~5所", "range", 3, 5, 0, 0], target: parseTarget("3~5所"), targetText: null, error: null },
      { row: 1, values: ["-10%", "decrease_by", 0.1, null, 1, 1], target: parseTarget("-10%"), targetText: null, error: null },
    ]);
  });

  test("a number typed into 目标 is read as at least that number, and written back as text", () => {
    const targets = targetsOf(plan);
    targets[2] = 0.95;
    const [r] = refreshHelpers(targets, helpersOf(plan));
    expect(r).toMatchObject({ row: 2, values: ["0.95", ">=", 0.95, null, 0, 0], targetText: "0.95", error: null });
  });

  test("a cleared target clears the helpers (the row then shows 无目标)", () => {
    const targets = targetsOf(plan);
    targets[3] = null;
    targets[4] = "  ";
    expect(refreshHelpers(targets, helpersOf(plan))).toEqual([
      { row: 3, values: [null, null, null, null, null, null], target: null, targetText: null, error: null },
      { row: 4, values: ["  ", null, null, null, null, null], target: null, targetText: null, error: null },
    ]);
  });

  test("an unreadable target is reported with the parser's message; nothing is written", () => {
    const targets = targetsOf(plan);
    targets[5] = "办好人民满意的教育";
    const [r] = refreshHelpers(targets, helpersOf(plan));
    expect(r.row).toBe(5);
    expect(r.values).toBeNull();
    expect(r.error).toMatch(/办好人民满意的教育/);
  });

  test("damaged helpers are found; 15-digit numbers from another engine are not damage", () => {
    const helpers = helpersOf(plan);
    helpers[6][2] = 0.5; // low bound overwritten
    const ratio = buildTemplatePlan({ ...getTemplate("seed-000")!, rows: [{ ...getTemplate("seed-000")!.rows[0], target: "1:15" }] }, { mode: "portable" });
    const ratioHelpers = helpersOf(ratio);
    ratioHelpers[0][2] = Number((1 / 15).toPrecision(15));
    expect(refreshHelpers(targetsOf(plan), helpers).map((r) => r.row)).toEqual([6]);
    expect(refreshHelpers(targetsOf(ratio), ratioHelpers)).toEqual([]);
  });

  test("a table is recognised by its header texts, with or without the add-in's memory", () => {
    const headers = plan.columns.map((c) => c.header);
    const found = portableColumnIndexes(headers)!;
    expect(found.target).toBe(4);
    expect(found.h_text).toBe(14);
    expect(found.h_check).toBe(20);
    expect(portableColumnIndexes(headers.slice(0, 14))).toBeNull();
  });
});

describe("in HyperFormula: edit, see it flagged, refresh, judged again", () => {
  const plan = buildTemplatePlan(getTemplate("seed-000")!, { mode: "portable" });
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", maxRows: 200, maxColumns: 40 });
  const sheet = hf.getSheetId(hf.addSheet("s")) as number;
  hf.setCellContents({ sheet, row: 0, col: 0 }, grid(plan));
  const at = (i: number, key: string): SimpleCellAddress => ({ sheet, row: 1 + i, col: col(plan, key) });
  const get = (i: number, key: string) => hf.getCellValue(at(i, key));
  const n = plan.values.length;
  const read = (key: string) => Array.from({ length: n }, (_, i) => get(i, key));
  const readHelpers = () => Array.from({ length: n }, (_, i) => HELPER_VALUE_KEYS.map((k) => get(i, k)));
  /** What the add-in does with a refresh: write the helper row (and 目标 as text when it held a number). */
  const apply = () => {
    for (const r of refreshHelpers(read("target"), readHelpers())) {
      if (!r.values) continue;
      hf.setCellContents(at(r.row, "h_text"), [r.values.map((v) => (typeof v === "string" ? "'" + v : v))]);
      if (r.targetText !== null) hf.setCellContents(at(r.row, "target"), [["'" + r.targetText]]);
    }
  };
  afterAll(() => hf.destroy());

  test("≥100% → ≥90% with 92% typed: flagged until refreshed, then 达标 as evaluate says", () => {
    hf.setCellContents(at(0, "actual"), [[0.92]]);
    expect(get(0, "status")).toBe(STATUS_LABELS.missed);
    hf.setCellContents(at(0, "target"), [["'≥90%"]]);
    expect(get(0, "status")).toBe(STALE_LABEL);
    expect(get(0, "gap")).toBe("");
    apply();
    expect(get(0, "status")).toBe(STATUS_LABELS[evaluate(0.92, "≥90%").status]);
    expect(get(0, "status")).toBe(STATUS_LABELS.met);
  });

  test("the stale rule colours the edited row only", () => {
    const stale = plan.rules.find((r) => r.meaning === "stale")!;
    expect(stale.columns).toEqual(["target", "status"]);
    hf.setCellContents(at(1, "target"), [["'≤1人"]]);
    const scratch = plan.columns.length + 2;
    hf.setCellContents({ sheet, row: 1, col: scratch }, [[stale.formula]]);
    hf.copy({ start: { sheet, row: 1, col: scratch }, end: { sheet, row: 1, col: scratch } });
    for (let i = 1; i < 4; i++) hf.paste({ sheet, row: 1 + i, col: scratch });
    const fired = [0, 1, 2, 3].map((i) => hf.getCellValue({ sheet, row: 1 + i, col: scratch }));
    expect(fired).toEqual([false, true, false, false]);
    apply();
    expect(hf.getCellValue({ sheet, row: 2, col: scratch })).toBe(false);
  });

  test("a number in 目标 becomes text and is judged; a cleared 目标 shows 无目标", () => {
    hf.setCellContents(at(2, "target"), [[0.5]]);
    hf.setCellContents(at(2, "actual"), [[0.6]]);
    hf.setCellContents(at(3, "target"), [[null]]);
    hf.setCellContents(at(3, "actual"), [[typed(0.6)]]);
    expect(get(2, "status")).toBe(STALE_LABEL);
    expect(get(3, "status")).toBe(STALE_LABEL);
    apply();
    expect(get(2, "target")).toBe("0.5");
    expect(get(2, "status")).toBe(STATUS_LABELS.met);
    expect(get(3, "status")).toBe(NO_TARGET_LABEL);
    expect(refreshHelpers(read("target"), readHelpers())).toEqual([]);
  });
});
