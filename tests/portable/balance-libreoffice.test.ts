/**
 * The portable balance workbook in LibreOffice: 40 seeded school rows are written by the
 * ExcelJS writer, LibreOffice recalculates the file, and every computed cell of the school
 * and county sheets is checked against core. A second file with a data error shows that the
 * error blocks its 学段's county figures.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { balanceToWorkbook, balanceToXlsx } from "../../src/xlsx/balance-workbook";
import { newWorkbook } from "../../src/xlsx/template-workbook";
import { recogniseSource } from "../../src/core/balance/workbook-source";
import { buildBalanceWorkbookPlan, countyRowKeys, schoolKeys, STAGES, type BalanceWorkbookPlan, type InputRow } from "../../src/core/balance/workbook-plan";
import { JIBEN_2012_WORKBOOK, YOUZHI_2017_WORKBOOK as STD } from "../../src/core/balance/workbook-standard";
import { conditionalRules, resultOf } from "../export/read-xlsx";
import { balanceSchools } from "../support/balance-schools";
import { expectedCounty, expectedSchool } from "../support/balance-expected";
import { makeWorkDir, recalc, sofficePath } from "./soffice";

jest.setTimeout(240000);

const work = makeWorkDir();
const schools = balanceSchools(40, 20261205);
const broken: InputRow[] = [...balanceSchools(12, 7).map((s) => ({ ...s })), {}];
broken[3] = { ...broken[3], backbone: null }; // blank is not reported, never 0
let good: { plan: BalanceWorkbookPlan; wb: ExcelJS.Workbook };
let bad: { plan: BalanceWorkbookPlan; wb: ExcelJS.Workbook };
let own: { plan: BalanceWorkbookPlan; wb: ExcelJS.Workbook };
let jiben: { plan: BalanceWorkbookPlan; wb: ExcelJS.Workbook };

/**
 * The statistician's own sheet: header at B3, columns in another order with other names,
 * 教学仪器设备值 in 元, no 室内体育用房 column.
 */
const OWN_HEADERS: [string, (s: InputRow) => unknown][] = [
  ["学校名称", (s) => s.school],
  ["在校学生数", (s) => s.students],
  ["学部", (s) => s.stage],
  ["办学类型", (s) => s.type],
  ["小学部在校生数", (s) => s.primary],
  ["初中部在校生数", (s) => s.junior],
  ["高中部在校生数", (s) => s.senior],
  ["网络多媒体教室间数", (s) => s.rooms],
  ["教学仪器设备资产值(元)", (s) => (typeof s.equipment === "number" ? Math.round(s.equipment * 10000) : s.equipment)],
  ["县级及以上骨干教师数", (s) => s.backbone],
  ["高于规定学历的教师数", (s) => s.degree],
  ["体育、艺术（美术、音乐）专任教师数", (s) => s.artsport],
  ["教学及辅助用房面积（m²）", (s) => s.teachingArea],
  ["体育运动场馆面积（m²）", (s) => s.sportArea],
  ["备注", () => "—"],
];
const ownSchools = balanceSchools(32, 11).map((s) => ({ ...s, indoorSport: null, equipment: typeof s.equipment === "number" ? Math.round(s.equipment * 10000) / 10000 : s.equipment }));

function close(a: unknown, b: number): boolean {
  return typeof a === "number" && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

beforeAll(async () => {
  sofficePath();
  const inDir = path.join(work.dir, "in");
  fs.mkdirSync(inDir);
  const plans = [schools, broken].map((rows) => buildBalanceWorkbookPlan(STD, { mode: "portable", schools: rows }));
  const files = await Promise.all(
    plans.map(async (plan, k) => {
      const file = path.join(inDir, `balance-${k}.xlsx`);
      fs.writeFileSync(file, await balanceToXlsx(plan));
      return file;
    }),
  );
  // The user's sheet first, then the two sheets over it.
  const found = recogniseSource(STD, "学校名单", OWN_HEADERS.map(([h]) => h), { row: 2, col: 1 });
  expect(found.missing).toEqual([]);
  expect(found.unknown).toEqual(["备注"]);
  const ownPlan = buildBalanceWorkbookPlan(STD, { mode: "portable", rows: ownSchools.length, source: found.source! });
  const base = newWorkbook();
  const list = base.addWorksheet("学校名单");
  list.getRow(3).values = [null, ...OWN_HEADERS.map(([h]) => h)];
  ownSchools.forEach((s, i) => (list.getRow(4 + i).values = [null, ...OWN_HEADERS.map(([, f]) => f(s) ?? null)] as ExcelJS.CellValue[]));
  const ownFile = path.join(inDir, "balance-own.xlsx");
  await balanceToWorkbook(ownPlan, {}, base).xlsx.writeFile(ownFile);
  files.push(ownFile);
  plans.push(ownPlan);
  const jibenPlan = buildBalanceWorkbookPlan(JIBEN_2012_WORKBOOK, { mode: "portable", schools });
  const jibenFile = path.join(inDir, "balance-jiben.xlsx");
  fs.writeFileSync(jibenFile, await balanceToXlsx(jibenPlan));
  files.push(jibenFile);
  plans.push(jibenPlan);

  const out = recalc(files, path.join(work.dir, "out"), work.profile);
  const read = async (f: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f);
    return wb;
  };
  good = { plan: plans[0], wb: await read(out[0]) };
  bad = { plan: plans[1], wb: await read(out[1]) };
  own = { plan: plans[2], wb: await read(out[2]) };
  jiben = { plan: plans[3], wb: await read(out[3]) };
});

afterAll(() => fs.rmSync(work.dir, { recursive: true, force: true }));

function reader(x: { plan: BalanceWorkbookPlan; wb: ExcelJS.Workbook }, role: "school" | "county") {
  const p = x.plan.sheets.find((s) => s.role === role)!;
  const ws = x.wb.getWorksheet(p.sheetName) as ExcelJS.Worksheet;
  expect(ws).toBeDefined();
  return (i: number, key: string) => resultOf(ws, i + 2, 1 + p.columns.findIndex((c) => c.key === key));
}

test("the three sheets survive with their names", () => {
  expect(good.wb.worksheets.map((w) => w.name)).toEqual(good.plan.sheets.map((s) => s.sheetName));
  expect(schools.length).toBeGreaterThanOrEqual(30);
});

test("every school cell LibreOffice computed equals core: values, standards, shortfalls, number met, verdict", () => {
  const at = reader(good, "school");
  const wrong: string[] = [];
  const verdicts = new Set<unknown>();
  schools.forEach((s, i) => {
    const want = expectedSchool(STD, s);
    const got = (key: string) => at(i, key);
    if (got("check") !== "") wrong.push(`${s.school}${s.stage} 数据检查：${String(got("check"))}`);
    for (const ind of STD.indicators) {
      const k = schoolKeys(ind.code);
      const w = want.indicators[ind.code];
      if (!close(got(k.value), w.value)) wrong.push(`${s.school}${s.stage} ${ind.code} 值 ${String(got(k.value))} ≠ ${w.value}`);
      if (got(k.standard) !== w.standard) wrong.push(`${s.school}${s.stage} ${ind.code} 标准 ${String(got(k.standard))} ≠ ${w.standard}`);
      const short = got(k.shortfall);
      if (w.shortfall === null ? short !== "" : !close(short, w.shortfall)) wrong.push(`${s.school}${s.stage} ${ind.code} 差额 ${String(short)} ≠ ${w.shortfall}`);
    }
    if (got("met") !== want.met) wrong.push(`${s.school}${s.stage} 达标项数 ${String(got("met"))} ≠ ${want.met}`);
    if (got("verdict") !== want.verdict) wrong.push(`${s.school}${s.stage} 结论 ${String(got("verdict"))} ≠ ${want.verdict}`);
    verdicts.add(got("verdict"));
  });
  expect(wrong).toEqual([]);
  expect([...verdicts].sort()).toEqual(["未达标", "达标"]);
});

test("every county cell LibreOffice computed equals core: X̄, S, CV, verdict per 学段 and indicator, and the 综合", () => {
  const at = reader(good, "county");
  const want = expectedCounty(STD, schools);
  const wrong: string[] = [];
  countyRowKeys(STD).forEach((key, i) => {
    const w = want[key.stage][key.code];
    const name = `${key.stage} ${key.code}`;
    if (key.code !== "all") {
      if (!close(at(i, "mean"), w.mean as number)) wrong.push(`${name} X̄ ${String(at(i, "mean"))} ≠ ${w.mean}`);
      if (!close(at(i, "sd"), w.sd as number)) wrong.push(`${name} S ${String(at(i, "sd"))} ≠ ${w.sd}`);
      if (at(i, "schools") !== w.n) wrong.push(`${name} 学校数 ${String(at(i, "schools"))} ≠ ${w.n}`);
    }
    if (!close(at(i, "cv"), w.cv)) wrong.push(`${name} CV ${String(at(i, "cv"))} ≠ ${w.cv}`);
    if (at(i, "verdict") !== (w.pass ? "达标" : "未达标")) wrong.push(`${name} 结论 ${String(at(i, "verdict"))} ≠ ${w.pass}`);
  });
  expect(wrong).toEqual([]);
  for (const s of STAGES) expect(want[s].L1.n).toBeGreaterThan(5);
});

test("a blank figure is a data error: the row says so and its 学段's county figures show 数据有误", () => {
  const school = reader(bad, "school");
  const county = reader(bad, "county");
  expect(school(3, "check")).toMatch(/未填报/);
  expect(school(3, "verdict")).toBe("数据有误");
  expect(school(12, "check")).toBe(""); // the blank row is no error
  expect(school(12, "verdict")).toBe("");
  const stage = broken[3].stage;
  countyRowKeys(STD).forEach((key, i) => {
    if (key.stage === stage) expect([key.code, county(i, "verdict")]).toEqual([key.code, "数据有误"]);
    else expect([key.code, typeof county(i, "cv")]).toEqual([key.code, "number"]);
  });
});

test("over the statistician's own range (other header names and order, 元, header at B3): every figure equals core", () => {
  expect(own.plan.sheets.map((s) => s.role)).toEqual(["school", "county"]);
  expect(own.wb.worksheets.map((w) => w.name)).toEqual(["学校名单", "均衡·学校指标", "均衡·县域差异系数"]);
  const school = reader(own, "school");
  const county = reader(own, "county");
  const wrong: string[] = [];
  ownSchools.forEach((s, i) => {
    const want = expectedSchool(STD, s);
    if (school(i, "check") !== "") wrong.push(`${s.school} 数据检查：${String(school(i, "check"))}`);
    for (const ind of STD.indicators) {
      if (!close(school(i, schoolKeys(ind.code).value), want.indicators[ind.code].value)) wrong.push(`${s.school}${s.stage} ${ind.code}`);
    }
    if (school(i, "verdict") !== want.verdict) wrong.push(`${s.school}${s.stage} 结论`);
  });
  const cvs = expectedCounty(STD, ownSchools);
  countyRowKeys(STD).forEach((key, i) => {
    if (!close(county(i, "cv"), cvs[key.stage][key.code].cv)) wrong.push(`${key.stage} ${key.code} CV ${String(county(i, "cv"))}`);
  });
  expect(wrong).toEqual([]);
});

test("the red and amber rules survive LibreOffice: each value column, native formulas, the plan's colours", () => {
  const p = good.plan.sheets[1];
  const ws = good.wb.getWorksheet(p.sheetName) as ExcelJS.Worksheet;
  const found = conditionalRules(ws);
  const last = good.plan.rows + 1;
  for (const ind of STD.indicators) {
    const letter = ws.getColumn(1 + p.columns.findIndex((c) => c.key === schoolKeys(ind.code).value)).letter;
    const mine = found.filter((r) => r.ref === `${letter}2:${letter}${last}`);
    expect([ind.code, mine.map((r) => r.fill)]).toEqual([ind.code, ["FFFFC7CE", "FFFFEB9C"]]);
    expect(mine[0].formula).toMatch(new RegExp(`^AND\\(ISNUMBER\\(\\$${letter}2\\),.*\\$${letter}2<0\\.85\\*\\$`));
  }
});

test("基本均衡 2012 in LibreOffice: every CV equals core, the 综合 is their mean and carries the verdict", () => {
  const JB = JIBEN_2012_WORKBOOK;
  const county = reader(jiben, "county");
  const want = expectedCounty(JB, schools);
  const wrong: string[] = [];
  countyRowKeys(JB).forEach((key, i) => {
    const w = want[key.stage][key.code];
    if (!close(county(i, "cv"), w.cv)) wrong.push(`${key.stage} ${key.code} CV ${String(county(i, "cv"))} ≠ ${w.cv}`);
    if (key.code === "all" && county(i, "verdict") !== (w.pass ? "达标" : "未达标")) wrong.push(`${key.stage} 综合 ${String(county(i, "verdict"))}`);
  });
  expect(wrong).toEqual([]);
});
