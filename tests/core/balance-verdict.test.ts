/**
 * The official 差异系数 and the 均衡 verdicts, against hand-computed cases and the worked
 * examples of balance.md. The two wrong implementations found in circulating spreadsheets
 * (the unweighted CV; students ÷ teachers) must fail these checks.
 */
import fc from "fast-check";
import { coefficientOfVariation } from "../../src/core/balance/coefficient";
import { cellNumber, evaluateBalance, stageShare } from "../../src/core/balance/verdict";
import { JIBEN_2012_WORKBOOK, YOUZHI_2017_WORKBOOK, withOverrides } from "../../src/core/balance/workbook-standard";
import { PlanError } from "../../src/core/errors";

/** Two of the implementations statisticians pass around, to be rejected by the checks below. */
const unweightedCv = (r: number[], p: number[]) => {
  const x = r.map((ri, i) => ri / p[i]);
  const m = x.reduce((a, b) => a + b, 0) / x.length;
  return Math.sqrt(x.reduce((a, b) => a + (b - m) ** 2, 0) / x.length) / m;
};
const studentsPerTeacherCv = (r: number[], p: number[]) => coefficientOfVariation(p, r).cv;

/** Hand-computed: teachers 10, 30 for 500 and 1000 students. X̄ = 40/1500 = 0.026667;
 * X = 0.02, 0.03; S² = 1/3·(0.02−0.026667)² + 2/3·(0.03−0.026667)² = 2.2222e-5; S = 0.0047140; CV = 0.176777. */
const R = [10, 30];
const P = [500, 1000];
const HAND_CV = Math.sqrt(2.2222222222222223e-5) / (40 / 1500);

const checks: [string, (r: number[], p: number[]) => number][] = [
  ["the official weighted CV", (r, p) => coefficientOfVariation(r, p).cv],
  ["the unweighted CV", unweightedCv],
  ["the CV of students ÷ teachers", studentsPerTeacherCv],
];
const passesHandCase = (f: (r: number[], p: number[]) => number) => Math.abs(f(R, P) - HAND_CV) < 1e-12;

test.each(checks)("%s against the hand-computed case", (name, f) => {
  expect({ name, passes: passesHandCase(f) }).toEqual({ name, passes: name === "the official weighted CV" });
});

test("X̄ is the county value from totals (ΣR/ΣP, ×100 for 每百名), S the population form", () => {
  const c = coefficientOfVariation(R, P, true);
  expect(c.mean).toBeCloseTo((40 / 1500) * 100, 12);
  expect(c.cv).toBeCloseTo(HAND_CV, 12);
  expect(c.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
});

test("equal values give 0; a weighted case differs from the unweighted one and comes out weighted", () => {
  expect(coefficientOfVariation([5, 10, 20], [100, 200, 400]).cv).toBe(0);
  const r = [2, 30, 45];
  const p = [40, 1000, 1500];
  expect(Math.abs(unweightedCv(r, p) - coefficientOfVariation(r, p).cv)).toBeGreaterThan(0.1);
  // By hand: X̄ = 77/2540; S² = Σ (P_i/P)(X_i − X̄)².
  const m = 77 / 2540;
  const s = Math.sqrt((40 / 2540) * (0.05 - m) ** 2 + (1000 / 2540) * (0.03 - m) ** 2 + (1500 / 2540) * (0.03 - m) ** 2);
  expect(coefficientOfVariation(r, p).cv).toBeCloseTo(s / m, 14);
});

test("a blank or zero enrolment, or an X̄ of 0, is an error that names the school or the indicator", () => {
  expect(() => coefficientOfVariation([1, 2], [100, 0], false, ["一小", "二小"])).toThrow(/二小/);
  expect(() => coefficientOfVariation([1, 2], [100, NaN], false, ["一小", "二小"])).toThrow(PlanError);
  expect(() => coefficientOfVariation([0, 0], [100, 200], false, [], "骨干教师")).toThrow(/骨干教师.*0/);
});

test("scale and order do not change the CV (fixed seed)", () => {
  const school = fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 3000 }));
  fc.assert(
    fc.property(fc.array(school, { minLength: 2, maxLength: 12 }), fc.integer({ min: 1, max: 1000 }), (list, k) => {
      fc.pre(list.some(([r]) => r > 0));
      const r = list.map(([x]) => x);
      const p = list.map(([, y]) => y);
      const base = coefficientOfVariation(r, p).cv;
      expect(coefficientOfVariation(r.map((x) => x * k), p).cv).toBeCloseTo(base, 9);
      expect(coefficientOfVariation([...r].reverse(), [...p].reverse()).cv).toBeCloseTo(base, 9);
      expect(coefficientOfVariation(r, p, true).cv).toBeCloseTo(base, 9);
    }),
  );
});

test("balance.md §3: a 九年一贯制 school with 166 小学 and 210 初中 students splits 23,226 books 9,711.63 / 13,514.37", () => {
  const std = YOUZHI_2017_WORKBOOK;
  expect(23226 * stageShare(std, "九年一贯制", "小学", 166, 210, 0)).toBeCloseTo(9711.63, 2);
  expect(23226 * stageShare(std, "九年一贯制", "初中", 166, 210, 0)).toBeCloseTo(13514.37, 2);
  expect(stageShare(withOverrides(std, { nineYear: 1.2 }), "九年一贯制", "初中", 166, 210, 0)).toBeCloseTo((1.2 * 210) / (166 + 1.2 * 210), 12);
});

test("balance.md §5: the 综合 is the mean of the CVs (宁国市 2022, 庐阳区 基本均衡)", () => {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  expect(mean([0.881, 1.299, 0.977, 0.379, 0.17, 0.334, 0.286, 0.408])).toBeCloseTo(0.592, 3);
  expect(mean([0.353, 0.784, 0.146, 0.491, 0.037, 0.226, 0.223, 0.253])).toBeCloseTo(0.314, 3);
  // And the verdicts: 基本均衡 judges the 综合; 优质均衡 judges each CV.
  const rows = [
    { school: "甲", stage: "小学", students: 400, teachingArea: 1800, sportArea: 3000, equipment: 900000, computers: 40, books: 8000, teachers: 24, degree: 20, titled: 10 },
    { school: "乙", stage: "小学", students: 100, teachingArea: 900, sportArea: 500, equipment: 100000, computers: 30, books: 4000, teachers: 12, degree: 6, titled: 2 },
  ];
  const r = evaluateBalance(JIBEN_2012_WORKBOOK, rows);
  expect(r.checks).toEqual([]);
  const cvs = r.county.map((c) => c.cv);
  expect(r.verdicts[0].composite).toBeCloseTo(mean(cvs), 14);
  expect(r.verdicts[0].pass).toBe(mean(cvs) <= 0.65);
});

const school = (over: Record<string, unknown>) => ({
  school: "一小", stage: "小学", students: 800, degree: 40, backbone: 6, artsport: 8, teachingArea: 4000, sportArea: 6500, equipment: 1800000, rooms: 20, ...over,
});

test("per school: values, 6 of 7 with the last at ≥ 85%, shortfall in natural units", () => {
  const r = evaluateBalance(YOUZHI_2017_WORKBOOK, [school({}), school({ school: "二小", backbone: 7 })]);
  const [a, b] = r.schools;
  expect(a.values.L2).toBeCloseTo(0.75, 12);
  expect(a.met).toBe(6);
  expect(a.pass).toBe(false); // L2 at 75% of its standard
  expect(a.shortfall).toEqual({ L2: 2 }); // 8 骨干教师 needed for 800 students
  expect(b.values.L2).toBeCloseTo(0.875, 12);
  expect(b.pass).toBe(true); // 6 met, the seventh at 87.5%
  const c = evaluateBalance(YOUZHI_2017_WORKBOOK, [school({ sportArea: 5000 })]).schools[0];
  expect(c.shortfall.L5).toBeCloseTo(800 * 7.5 - 5000, 9); // 1000 平方米
  expect(evaluateBalance(YOUZHI_2017_WORKBOOK, [school({ equipment: 150 })], { equipmentUnit: "万元" }).schools[0].values.L6).toBeCloseTo(1875, 9);
});

test("室内体育用房 moves from 教学及辅助用房 to 体育运动场馆", () => {
  const s = evaluateBalance(YOUZHI_2017_WORKBOOK, [school({ indoorSport: 400 })]).schools[0];
  expect(s.values.L4).toBeCloseTo((4000 - 400) / 800, 12);
  expect(s.values.L5).toBeCloseTo((6500 + 400) / 800, 12);
});

test("the county: a CV of 0.5018 fails ≤ 0.50 (never rounded before the comparison)", () => {
  // Two schools whose L1 CV is just above 0.5: X = a, b with weights w, 1−w.
  const rows = [school({ school: "甲", students: 1000, degree: 10 }), school({ school: "乙", students: 1000, degree: 30.072 })];
  const r = evaluateBalance(YOUZHI_2017_WORKBOOK, rows);
  const l1 = r.county.find((c) => c.indicator === "L1" && c.stage === "小学");
  expect(l1?.cv).toBeGreaterThan(0.5);
  expect(l1?.cv).toBeLessThan(0.5025);
  expect(l1?.pass).toBe(false);
  expect(r.verdicts[0].pass).toBe(false);
});

test("checks before computing: errors block and name the school and the column; blank is never 0", () => {
  const r = evaluateBalance(YOUZHI_2017_WORKBOOK, [
    school({ school: "甲", students: "" }),
    school({ school: "乙", backbone: -1 }),
    school({ school: "丙", indoorSport: 5000 }),
    school({ school: "丁", rooms: "" }),
    school({ school: "戊", stage: "高中" }),
  ]);
  expect(r.schools).toEqual([]);
  const errors = r.checks.filter((c) => c.severity === "error").map((c) => `${c.school}|${c.column}`);
  expect(errors).toEqual(["甲|在校生数", "乙|县级以上骨干教师数", "丙|室内体育用房面积", "丁|网络多媒体教室数", "戊|学段"]);
});

test("a 九年一贯制 row without its 学段 enrolments is refused; with them its shared resources are split", () => {
  const bad = evaluateBalance(YOUZHI_2017_WORKBOOK, [school({ type: "九年一贯制" })]);
  expect(bad.checks.map((c) => c.column)).toEqual(["小学在校生数", "初中在校生数"]);
  const ok = evaluateBalance(YOUZHI_2017_WORKBOOK, [school({ type: "九年一贯制", students: 800, primary: 800, junior: 400 })]);
  const share = 800 / (800 + 1.1 * 400);
  expect(ok.schools[0].values.L4).toBeCloseTo((4000 * share) / 800, 12);
  expect(ok.schools[0].values.L1).toBeCloseTo(5, 12); // teachers are per 学段, not split
});

test("scope: rows under the minimum enrolment are left out with a warning", () => {
  const r = evaluateBalance(YOUZHI_2017_WORKBOOK, [school({}), school({ school: "教学点", students: 30, degree: 1, backbone: 0, artsport: 0, teachingArea: 100, sportArea: 100, equipment: 10000, rooms: 1 })], { minStudents: 50 });
  expect(r.schools.map((s) => s.school)).toEqual(["一小"]);
  expect(r.checks).toEqual([expect.objectContaining({ severity: "warning", school: "教学点" })]);
});

describe("cellNumber: a school figure as typed", () => {
  test.each<[string | number | null, number | null]>([
    [12, 12],
    ["1,234", 1234],
    ["１，２３４．５", 1234.5],
    ["－3", -3],
    [" 45 ", 45],
    ["", null],
    ["\u3000", null],
    [null, null],
  ])("%p → %p", (typed, value) => expect(cellNumber(typed)).toBe(value));
  test.each(["十二", "12人", "1.2.3"])("%p is not a number (NaN, reported by the checks)", (typed) => expect(cellNumber(typed)).toBeNaN());
});
