/**
 * The balance workbook in HyperFormula: the three sheets as the appliers write them, 36 seeded
 * school rows typed into the input sheet, and every school and county figure compared with
 * core, in portable mode and in live mode (PLAN.SCHOOL_CV registered from the real src/functions).
 */
import { buildBalanceWorkbookPlan, countyRowKeys, schoolKeys } from "../../src/core/balance/workbook-plan";
import { JIBEN_2012_WORKBOOK, YOUZHI_2017_WORKBOOK as STD } from "../../src/core/balance/workbook-standard";
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

describe.each(["portable", "live"] as const)("基本均衡 2012, %s mode: 8 indicators, no per-school standard, the county judged by the 综合", (mode) => {
  const JB = JIBEN_2012_WORKBOOK;
  const plan = buildBalanceWorkbookPlan(JB, { mode, schools });
  const { hf, school, county } = calculate(plan);
  afterAll(() => hf.destroy());

  test("the input sheet has 基本均衡's columns; the school sheet values only, no standard or verdict", () => {
    expect(plan.sheets[0].columns.map((c) => c.header)).toEqual(expect.arrayContaining(["计算机台数（台）", "图书册数（册）", "专任教师数（人）", "中级及以上专业技术职务教师数（人）"]));
    expect(plan.sheets[0].columns.map((c) => c.key)).not.toContain("backbone");
    expect(plan.sheets[1].columns.map((c) => c.key)).not.toContain("verdict");
    const wrong: string[] = [];
    schools.forEach((s, i) => {
      const want = expectedSchool(JB, s);
      if (school(i, "check") !== "") wrong.push(`${s.school} 数据检查 ${String(school(i, "check"))}`);
      for (const ind of JB.indicators) {
        const got = school(i, schoolKeys(ind.code).value);
        if (!close(got, want.indicators[ind.code].value)) wrong.push(`${s.school}${s.stage} ${ind.code} ${String(got)} ≠ ${want.indicators[ind.code].value}`);
      }
    });
    expect(wrong).toEqual([]);
  });

  test("each CV equals core; the 综合 is their mean, judged against 0.65 / 0.55; the single CVs carry no verdict", () => {
    const want = expectedCounty(JB, schools);
    const wrong: string[] = [];
    countyRowKeys(JB).forEach((key, i) => {
      const w = want[key.stage][key.code];
      if (!close(county(i, "cv"), w.cv)) wrong.push(`${key.stage} ${key.code} CV ${String(county(i, "cv"))} ≠ ${w.cv}`);
      const verdict = key.code === "all" ? (w.pass ? "达标" : "未达标") : "";
      if (county(i, "verdict") !== verdict) wrong.push(`${key.stage} ${key.code} ${String(county(i, "verdict"))} ≠ ${verdict}`);
    });
    expect(wrong).toEqual([]);
    expect(countyRowKeys(JB)).toHaveLength(18);
  });
});
