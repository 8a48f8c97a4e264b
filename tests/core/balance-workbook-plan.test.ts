/** The balance workbook plan as data: sheets, names, modes, units, rules, limits. */
import { buildBalanceWorkbookPlan, schoolKeys } from "../../src/core/balance/workbook-plan";
import { YOUZHI_2017_WORKBOOK as STD, withOverrides } from "../../src/core/balance/workbook-standard";

const formulasOf = (plan: ReturnType<typeof buildBalanceWorkbookPlan>, k: 1 | 2) => plan.sheets[k].formulas.flat().filter(Boolean) as string[];

test("three sheets with fresh names and tables; school row i reads input row i", () => {
  const plan = buildBalanceWorkbookPlan(STD, { rows: 3, existingSheetNames: ["均衡·学校指标"], existingTableNames: ["均衡_学校数据"] });
  expect(plan.sheets.map((s) => s.role)).toEqual(["input", "school", "county"]);
  expect(plan.sheets.map((s) => s.sheetName)).toEqual(["均衡·学校数据", "均衡·学校指标 (2)", "均衡·县域差异系数"]);
  expect(plan.sheets[0].tableName).toBe("均衡_学校数据_2");
  expect(plan.sheets[1].formulas[2][0]).toBe(`=IF('均衡·学校数据'!A4="","",'均衡·学校数据'!A4)`);
  expect(plan.sheets[2].formulas[0][4]).toBe(`=SUMIFS('均衡·学校指标 (2)'!$AB$2:$AB$4,'均衡·学校指标 (2)'!$B$2:$B$4,A2)`);
});

test("live mode uses PLAN.SCHOOL_CV for the county CV; portable mode has no PLAN function anywhere", () => {
  const live = buildBalanceWorkbookPlan(STD, { mode: "live", rows: 5 });
  const portable = buildBalanceWorkbookPlan(STD, { mode: "portable", rows: 5 });
  expect(formulasOf(live, 2).filter((f) => f.includes("PLAN.SCHOOL_CV("))).toHaveLength(14);
  for (const k of [1, 2] as const) expect(formulasOf(portable, k).filter((f) => /PLAN\./.test(f))).toEqual([]);
  expect(formulasOf(portable, 2).filter((f) => f.includes("SQRT(SUMPRODUCT("))).toHaveLength(14);
});

test("教学仪器设备值 in 万元 by default (×10000 to 元), or in 元 when the school list gives 元", () => {
  const wan = buildBalanceWorkbookPlan(STD, { rows: 1 });
  const yuan = buildBalanceWorkbookPlan(STD, { rows: 1, equipmentUnit: "元" });
  expect(wan.sheets[0].columns[13].header).toBe("教学仪器设备值（万元）");
  expect(yuan.sheets[0].columns[13].header).toBe("教学仪器设备值（元）");
  const r6 = (p: typeof wan) => p.sheets[1].formulas[0][p.sheets[1].columns.findIndex((c) => c.key === schoolKeys("L6").r)] as string;
  expect(r6(wan)).toContain("'均衡·学校数据'!N2*10000");
  expect(r6(yuan)).not.toContain("10000");
});

test("province overrides reach the formulas: thresholds, CV limits, split weights", () => {
  const std = withOverrides(STD, { cv: { 小学: 0.45 }, nineYear: 1.15, thresholds: { L5: { 初中: 11 } } });
  const plan = buildBalanceWorkbookPlan(std, { rows: 1 });
  const school = plan.sheets[1];
  const at = (key: string) => school.formulas[0][school.columns.findIndex((c) => c.key === key)] as string;
  expect(at(schoolKeys("L5").standard)).toBe(`=IF(B2="小学",7.5,IF(B2="初中",11,""))`);
  expect(at("h_share")).toContain("1.15*");
  expect(plan.sheets[2].values[0][8]).toBe(0.45);
  expect(STD.cvThresholds["小学"]).toBe(0.5); // the national standard is untouched
});

test("input text columns are text; a school name starting with = stays a value", () => {
  const plan = buildBalanceWorkbookPlan(STD, { schools: [{ school: "=1+1", stage: "小学", students: 10 }] });
  expect(plan.rows).toBe(1);
  expect(plan.sheets[0].values[0].slice(0, 4)).toEqual(["=1+1", "小学", null, 10]);
  expect(plan.sheets[0].formulas[0].every((f) => f === null)).toBe(true);
  expect(plan.sheets[0].columns.filter((c) => c.text).map((c) => c.key)).toEqual(["school", "stage", "type"]);
  expect(plan.sheets[0].lists.map((l) => l.column)).toEqual(["stage", "type"]);
});

test("every conditional-format formula is native and within Excel's 255 characters; red is above amber", () => {
  const plan = buildBalanceWorkbookPlan(STD, { mode: "live", rows: 20000 });
  for (const s of plan.sheets) {
    for (const r of s.rules) {
      expect(r.formula.length - 1).toBeLessThanOrEqual(255);
      expect(r.formula).not.toMatch(/PLAN\./);
    }
  }
  const onL1 = plan.sheets[1].rules.filter((r) => r.columns[0] === schoolKeys("L1").value).map((r) => r.meaning);
  expect(onL1).toEqual(["missed", "at_risk"]);
});

test("bad requests are refused with the reason: too many rows, an indicator the workbook cannot compute", () => {
  expect(() => buildBalanceWorkbookPlan(STD, { rows: 20001 })).toThrow("学校行数 20001 超过上限 20000");
  const odd = { ...STD, indicators: [...STD.indicators, { ...STD.indicators[0], code: "L9", name: "生均图书册数" }] };
  expect(() => buildBalanceWorkbookPlan(odd, { rows: 1 })).toThrow(/L9（生均图书册数）/);
});
