/**
 * The balance workbook in HyperFormula: the three sheets as the appliers write them, 36 seeded
 * school rows typed into the input sheet, and every school and county figure compared with
 * core, in portable mode and in live mode (PLAN.CV registered from the real src/functions).
 */
import { buildBalanceWorkbookPlan, countyRowKeys, schoolKeys } from "../../src/core/balance/workbook-plan";
import { YOUZHI_2017_WORKBOOK as STD } from "../../src/core/balance/workbook-standard";
import { calculate } from "../support/balance-engine";
import { balanceSchools } from "../support/balance-schools";
import { expectedCounty, expectedSchool } from "../support/balance-expected";

const schools = balanceSchools(36, 99);

function close(a: unknown, b: number): boolean {
  return typeof a === "number" && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

describe.each(["portable", "live"] as const)("%s mode", (mode) => {
  const plan = buildBalanceWorkbookPlan(STD, { mode, schools });
  const { hf, school, county } = calculate(plan);
  afterAll(() => hf.destroy());

  test("every school figure equals core", () => {
    const wrong: string[] = [];
    schools.forEach((s, i) => {
      const want = expectedSchool(STD, s);
      for (const ind of STD.indicators) {
        const k = schoolKeys(ind.code);
        const w = want.indicators[ind.code];
        if (!close(school(i, k.value), w.value)) wrong.push(`${s.school}${s.stage} ${ind.code} ${String(school(i, k.value))} ≠ ${w.value}`);
        const short = school(i, k.shortfall);
        if (w.shortfall === null ? short !== "" : !close(short, w.shortfall)) wrong.push(`${s.school} ${ind.code} 差额 ${String(short)} ≠ ${w.shortfall}`);
      }
      if (school(i, "met") !== want.met || school(i, "verdict") !== want.verdict) wrong.push(`${s.school}${s.stage} ${String(school(i, "verdict"))} ≠ ${want.verdict}`);
    });
    expect(wrong).toEqual([]);
  });

  test("every county figure equals core: X̄, S, CV, verdict and the 综合", () => {
    const want = expectedCounty(STD, schools);
    const wrong: string[] = [];
    countyRowKeys(STD).forEach((key, i) => {
      const w = want[key.stage][key.code];
      if (key.code !== "all" && !close(county(i, "mean"), w.mean as number)) wrong.push(`${key.stage} ${key.code} X̄ ${String(county(i, "mean"))}`);
      if (key.code !== "all" && !close(county(i, "sd"), w.sd as number)) wrong.push(`${key.stage} ${key.code} S ${String(county(i, "sd"))}`);
      if (!close(county(i, "cv"), w.cv)) wrong.push(`${key.stage} ${key.code} CV ${String(county(i, "cv"))} ≠ ${w.cv}`);
      if (county(i, "verdict") !== (w.pass ? "达标" : "未达标")) wrong.push(`${key.stage} ${key.code} ${String(county(i, "verdict"))}`);
    });
    expect(wrong).toEqual([]);
  });
});

test("the 九年一贯制 split of balance.md §3: 166 小学 and 210 初中 students share 23,226 by 1 : 1.1 → 9,711.63 and 13,514.37", () => {
  const both = { type: "九年一贯制", primary: 166, junior: 210, degree: 10, backbone: 3, artsport: 3, teachingArea: 23226, sportArea: 5000, equipment: 100, rooms: 10 };
  const plan = buildBalanceWorkbookPlan(STD, {
    mode: "portable",
    schools: [
      { school: "一贯制学校", stage: "小学", students: 166, ...both },
      { school: "一贯制学校", stage: "初中", students: 210, ...both },
    ],
  });
  const { hf, school } = calculate(plan);
  const r = schoolKeys("L4").r;
  expect(school(0, "check")).toBe("");
  expect(school(0, r)).toBeCloseTo((23226 * 166) / (166 + 210 * 1.1), 9);
  expect(school(0, r)).toBeCloseTo(9711.63, 2);
  expect(school(1, r)).toBeCloseTo(13514.37, 2);
  expect((school(0, r) as number) + (school(1, r) as number)).toBeCloseTo(23226, 9);
  hf.destroy();
});
