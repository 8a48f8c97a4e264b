/** The balance -o writer: three sheets with the school rows; never over an existing file without --force. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { takeOutputOptions, writeBalanceWorkbook } from "../../src/cli/balance-workbook-file";
import { OutputRefusal } from "../../src/cli/output-file";
import { YOUZHI_2017_WORKBOOK as STD } from "../../src/core/balance/workbook-standard";
import { balanceSchools } from "../support/balance-schools";
import { loadWorkbook } from "./read-xlsx";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dabiao-balance-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("writes the three sheets with the school rows, portable by default; refuses to overwrite; --force overwrites", async () => {
  const file = path.join(dir, "均衡.xlsx");
  const schools = balanceSchools(30, 3);
  const line = await writeBalanceWorkbook({ output: file, standard: STD, schools });
  expect(line).toMatch(/已写入 .*均衡\.xlsx：“均衡·学校数据”、“均衡·学校指标”、“均衡·县域差异系数”，3\d 行学校数据（便携模式/);
  const wb = await loadWorkbook(fs.readFileSync(file));
  expect(wb.worksheets.map((w) => w.name)).toEqual(["均衡·学校数据", "均衡·学校指标", "均衡·县域差异系数"]);
  const input = wb.worksheets[0];
  expect(input.getCell("A2").value).toBe(schools[0].school);
  expect(input.getCell("D2").value).toBe(schools[0].students);
  // The lists survive the trip: 学段 and 学校类型.
  const dv = (input as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model;
  const last = schools.length + 1;
  expect(dv[`B${last}`].formulae).toEqual(['"小学,初中"']);
  expect(dv[`C2`].formulae).toEqual(['"小学,初中,九年一贯制,完全中学,十二年一贯制"']);
  expect(Object.keys(dv).filter((a) => !/^[BC]\d+$/.test(a))).toEqual([]);
  expect(JSON.stringify(wb.worksheets[2].getCell("H2").value)).not.toContain("PLAN.");

  const before = fs.readFileSync(file);
  const refused = await writeBalanceWorkbook({ output: file, standard: STD, schools: schools.slice(0, 3) }).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(OutputRefusal);
  expect((refused as Error).message).toBe(`“${file}”已存在，未做任何更改。如需覆盖，请加 --force。`);
  expect(fs.readFileSync(file).equals(before)).toBe(true);

  await writeBalanceWorkbook({ output: file, standard: STD, schools: schools.slice(0, 3), mode: "live", force: true });
  const again = await loadWorkbook(fs.readFileSync(file));
  expect(JSON.stringify(again.worksheets[2].getCell("H2").value)).toContain("PLAN.SCHOOL_CV(");
});

test("takeOutputOptions: -o, --mode and --force come out, the rest stays in order; mistakes are named", () => {
  expect(takeOutputOptions(["schools.csv", "--json", "-o", "均衡.xlsx", "--mode=live", "--override", "L2=1.2", "--force"])).toEqual({
    options: { output: "均衡.xlsx", mode: "live", force: true },
    rest: ["schools.csv", "--json", "--override", "L2=1.2"],
  });
  expect(takeOutputOptions(["schools.csv", "--output=a.XLSX"])).toEqual({ options: { output: "a.XLSX", mode: "portable", force: false }, rest: ["schools.csv"] });
  expect(takeOutputOptions(["schools.csv"])).toEqual({ options: null, rest: ["schools.csv"] });
  expect(() => takeOutputOptions(["a.csv", "-o"])).toThrow("选项 -o 需要一个值。");
  expect(() => takeOutputOptions(["a.csv", "-o", "x.xlsx", "--mode", "fast"])).toThrow("--mode 应为 portable 或 live，而不是“fast”。");
  expect(() => takeOutputOptions(["a.csv", "--mode", "live"])).toThrow(/只与 -o 输出文件一起使用/);
  expect(() => takeOutputOptions(["a.csv", "-o", "x.csv"])).toThrow("输出文件应以 .xlsx 结尾：x.csv");
});
