/**
 * The portable balance workbook in LibreOffice: 40 seeded school rows are written by the
 * ExcelJS writer, LibreOffice recalculates the file, and every computed cell of the school
 * and county sheets is checked against core. A second file with a data error shows that the
 * error blocks its 学段's county figures.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { balanceToXlsx } from "../../src/cli/balance-xlsx";
import { buildBalanceWorkbookPlan, countyRowKeys, schoolKeys, STAGES, type BalanceWorkbookPlan, type InputRow } from "../../src/core/balance/workbook-plan";
import { YOUZHI_2017_WORKBOOK as STD } from "../../src/core/balance/workbook-standard";
import { resultOf } from "../export/read-xlsx";
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
  const out = recalc(files, path.join(work.dir, "out"), work.profile);
  const read = async (f: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f);
    return wb;
  };
  good = { plan: plans[0], wb: await read(out[0]) };
  bad = { plan: plans[1], wb: await read(out[1]) };
});

afterAll(() => fs.rmSync(work.dir, { recursive: true, force: true }));

function reader(x: { plan: BalanceWorkbookPlan; wb: ExcelJS.Workbook }, sheet: 1 | 2) {
  const p = x.plan.sheets[sheet];
  const ws = x.wb.getWorksheet(p.sheetName) as ExcelJS.Worksheet;
  expect(ws).toBeDefined();
  return (i: number, key: string) => resultOf(ws, i + 2, 1 + p.columns.findIndex((c) => c.key === key));
}

test("the three sheets survive with their names", () => {
  expect(good.wb.worksheets.map((w) => w.name)).toEqual(good.plan.sheets.map((s) => s.sheetName));
  expect(schools.length).toBeGreaterThanOrEqual(30);
});

test("every school cell LibreOffice computed equals core: values, standards, shortfalls, number met, verdict", () => {
  const at = reader(good, 1);
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
  const at = reader(good, 2);
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
  const school = reader(bad, 1);
  const county = reader(bad, 2);
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
