import { callsPlanFunction, localizeFormula } from "../../src/core/formulas/localize";
import zh from "../../src/functions/functions.zh-cn.json";
import { buildTemplatePlan } from "../../src/core/template";
import { getTemplate } from "../../src/templates";

const NAMES = Object.fromEntries(Object.entries(zh).map(([id, t]) => [id, t.name]));

test("PLAN calls take the display language's names; native functions and quoted text stay", () => {
  const f = '=IF(AND(PLAN.TARGET_STATUS(I2,E2,H2)="未达标",LEN(TRIM(M2))>0),"已说明",PLAN.TARGET_STATUS(I2,E2,H2))';
  expect(localizeFormula(f, NAMES)).toBe('=IF(AND(PLAN.目标状态(I2,E2,H2)="未达标",LEN(TRIM(M2))>0),"已说明",PLAN.目标状态(I2,E2,H2))');
  expect(localizeFormula('=PLAN.SCHOOL_CV(A1:A9,B1:B9,TRUE())', NAMES)).toBe("=PLAN.差异系数(A1:A9,B1:B9,TRUE())");
  expect(localizeFormula('="PLAN.TARGET_GAP(" & A1', NAMES)).toBe('="PLAN.TARGET_GAP(" & A1');
  expect(localizeFormula("=PLAN.UNKNOWN(A1)", NAMES)).toBe("=PLAN.UNKNOWN(A1)");
});

test("every PLAN call a live template writes has a Chinese name", () => {
  const plan = buildTemplatePlan(getTemplate("seed-000")!, { mode: "live" });
  const formulas = plan.formulas.flat().filter((f): f is string => f !== null && callsPlanFunction(f));
  expect(formulas.length).toBeGreaterThan(0);
  for (const f of formulas) expect(localizeFormula(f, NAMES)).not.toMatch(/PLAN\.[A-Z_]+\(/);
});

test("callsPlanFunction ignores quoted text and portable formulas", () => {
  expect(callsPlanFunction("=PLAN.TARGET_GAP(A1,B1)")).toBe(true);
  expect(callsPlanFunction('="PLAN.TARGET_GAP("')).toBe(false);
  const portable = buildTemplatePlan(getTemplate("seed-000")!, { mode: "portable" });
  expect(portable.formulas.flat().some((f) => f !== null && callsPlanFunction(f))).toBe(false);
});
