/**
 * plan-targets workbook: built-in ids and plan text files to .xlsx, portable by default,
 * never overwriting without --force, clear Chinese messages and non-zero exits on bad input.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/plan-targets";
import { formatShown as figureText } from "../../src/core/target";
import { extractTargets } from "../../src/core/extract";
import { tryParseTarget } from "../../src/core/parse-target";
import { conditionalRules, loadWorkbook, tablesOf } from "./read-xlsx";

const SEEDS = path.join(__dirname, "..", "fixtures", "seeds");
const seed = (prefix: string) => path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix))!);

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dabiao-wb-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

async function sheetOf(file: string) {
  return (await loadWorkbook(fs.readFileSync(file))).worksheets[0];
}

test("a built-in template, portable by default: native formulas, hidden helpers", async () => {
  const file = path.join(dir, "优质均衡.xlsx");
  const r = await run("workbook", "youzhi-junheng-2017", "-o", file);
  expect(r).toMatchObject({ code: 0, err: "" });
  expect(r.out).toMatch(/便携模式/);
  const ws = await sheetOf(file);
  expect(ws.name).toBe("优质均衡督导指标");
  expect(ws.getCell("L2").formula).not.toMatch(/PLAN\./);
  expect(ws.getColumn(15).hidden).toBe(true);
  expect(tablesOf(ws)).toHaveLength(1);
  expect(conditionalRules(ws).length).toBeGreaterThan(0);
});

test("--mode live writes the PLAN functions; --override changes a threshold", async () => {
  const file = path.join(dir, "学前.xlsx");
  const r = await run("workbook", "xueqian-puhui-2020", "-o", file, "--mode", "live", "--override", "学前三年毛入园率=≥90%");
  expect(r.code).toBe(0);
  const ws = await sheetOf(file);
  expect(ws.getCell("L2").formula).toMatch(/PLAN\.TARGET_STATUS/);
  // Row 2 is 学前三年毛入园率: the national 85%, raised to the province's 90%.
  expect(ws.getCell("C2").value).toBe("学前三年毛入园率");
  expect(ws.getCell("E2").value).toBe("≥90%");
});

test("a plan's text is extracted first: one row per readable target, named after the file", async () => {
  const file = path.join(dir, "计划.xlsx");
  const plan = seed("000_");
  const r = await run("workbook", plan, "-o", file);
  expect(r.code).toBe(0);
  const targets = extractTargets(fs.readFileSync(plan, "utf8")).filter((it) => it.kind === "target");
  const readable = targets.filter((it) => tryParseTarget(figureText(it)) !== null);
  expect(readable.length).toBeGreaterThan(20);
  if (readable.length < targets.length) expect(r.err).toMatch(`${targets.length - readable.length} 个目标无法读取`);
  const ws = await sheetOf(file);
  expect(ws.name).toBe(path.basename(plan, ".txt"));
  expect(tablesOf(ws)[0].tableRef).toBe(`A1:U${readable.length + 1}`);
  expect(ws.getCell("C2").value).toBe(readable[0].indicator);
});

test("an indicator table gives one row per indicator, its 2020 cell in 基期值 and its 2025 target in 目标/期限", async () => {
  const file = path.join(dir, "指标表.xlsx");
  const table = path.join(__dirname, "..", "fixtures", "extraction", "real", "dev-zhibiao-table-cells.txt");
  const r = await run("workbook", table, "-o", file);
  expect(r.code).toBe(0);
  const ws = await sheetOf(file);
  const header = (ws.getRow(1).values as unknown[]).slice(1);
  const col = (h: string) => header.indexOf(h) + 1;
  const found: number[] = [];
  ws.eachRow((row, n) => {
    if (n > 1 && row.getCell(col("指标")).value === "普惠性幼儿园覆盖率") found.push(n);
  });
  expect(found).toHaveLength(1);
  const row = ws.getRow(found[0]);
  expect(row.getCell(col("目标")).value).toBe("≥90%");
  expect(row.getCell(col("期限")).value).toBe(2025);
  expect(row.getCell(col("基期值")).value).toBeCloseTo(0.8644, 12);
});

test("never overwrites without --force; with --force it does", async () => {
  const file = path.join(dir, "out.xlsx");
  fs.writeFileSync(file, "keep me");
  const r = await run("workbook", "seed-002", "-o", file);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/已存在.*--force/);
  expect(fs.readFileSync(file, "utf8")).toBe("keep me");
  const forced = await run("workbook", "seed-002", "-o", file, "--force");
  expect(forced.code).toBe(0);
  expect((await sheetOf(file)).name).toBe("2009教育工作要点");
});

test.each([
  [["workbook", "no-such-template", "-o", "x.xlsx"], 1, /没有 id 为“no-such-template”的内置模板.*seed-000/],
  [["workbook", "summary-001", "-o", "x.xlsx"], 1, /实际值样本/],
  [["workbook", "seed-000", "-o", "x.xlsx", "--override", "没有这个指标=≥1%"], 1, /没有行号或指标/],
  [["workbook", "seed-000"], 2, /-o/],
  [["workbook", "-o", "x.xlsx"], 2, /一个参数/],
  [["workbook", "seed-000", "-o", "x.csv"], 2, /\.xlsx/],
  [["workbook", "seed-000", "-o", "x.xlsx", "--mode", "fast"], 2, /portable 或 live/],
  [["workbook", "seed-000", "-o", "x.xlsx", "--color"], 2, /未知选项/],
  [["workbook", "seed-000", "-o", "x.xlsx", "--override", "缺等号"], 2, /指标=目标/],
])("%p exits %p with a clear message and writes nothing", async (argv, code, message) => {
  const args = (argv as string[]).map((a) => (a.endsWith(".xlsx") || a.endsWith(".csv") ? path.join(dir, a) : a));
  const r = await run(...args);
  expect(r.code).toBe(code);
  expect(r.err).toMatch(message);
  expect(fs.readdirSync(dir)).toEqual([]);
});

test.each([
  ["binary", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /不是文本文件/],
  ["neither UTF-8 nor GBK", Buffer.from([0x41, 0xff, 0xfe, 0xfd, 0x81]), /UTF-8/],
  ["empty", Buffer.from("  \n"), /没有文字内容/],
  ["no targets", Buffer.from("今天天气很好。", "utf8"), /未在.*找到可用的目标/],
])("an unusable plan file (%s) exits 1 with a clear message", async (_name, bytes, message) => {
  const plan = path.join(dir, "plan.txt");
  fs.writeFileSync(plan, bytes);
  const r = await run("workbook", plan, "-o", path.join(dir, "out.xlsx"));
  expect(r.code).toBe(1);
  expect(r.err).toMatch(message);
  expect(fs.existsSync(path.join(dir, "out.xlsx"))).toBe(false);
});

test("the built bin writes the file and exits 0, then refuses to overwrite with exit 1", () => {
  const bin = path.resolve(__dirname, "../../bin/plan-targets.js");
  const file = path.join(dir, "bin.xlsx");
  const first = spawnSync("node", [bin, "workbook", "seed-004", "-o", file], { encoding: "utf8" });
  expect(first.status).toBe(0);
  expect(fs.statSync(file).size).toBeGreaterThan(5000);
  const second = spawnSync("node", [bin, "workbook", "seed-004", "-o", file], { encoding: "utf8" });
  expect(second.status).toBe(1);
  expect(second.stderr).toMatch(/已存在/);
});
