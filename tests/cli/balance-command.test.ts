/**
 * plan-targets cv and balance: the fixed JSON contract, CSV in UTF-8 and GBK, .xlsx, and bad
 * input that names the school, the column and the problem. Figures are checked against core.
 */
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import fs from "fs";
import os from "os";
import path from "path";
import { main } from "../../src/cli/plan-targets";
import { coefficientOfVariation } from "../../src/core/balance/coefficient";

const fixture = path.resolve(__dirname, "../fixtures/balance/youzhi-5.csv");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dabiao-balance-"));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err: err.join("\n") };
}
const lines = (out: string[]) => out.map((l) => JSON.parse(l));

test("cv prints one JSON line: the weighted CV, ΣR/ΣP, S and n", async () => {
  const r = await run("cv", "10,30", "500,1000");
  expect(r.out).toHaveLength(1);
  const j = JSON.parse(r.out[0]);
  expect(Object.keys(j)).toEqual(["cv", "mean", "sd", "n"]);
  expect(j.mean).toBeCloseTo(40 / 1500, 15);
  expect(j.cv).toBeCloseTo(coefficientOfVariation([10, 30], [500, 1000]).cv, 15);
  expect(j.n).toBe(2);
  expect(JSON.parse((await run("cv", "10,30", "500,1000", "--per100")).out[0]).mean).toBeCloseTo((40 / 1500) * 100, 12);
});

test("cv: a zero enrolment or a non-number exits 1 with a message; wrong usage exits 2", async () => {
  expect(await run("cv", "1,2", "100,0")).toMatchObject({ code: 1, err: expect.stringMatching(/第 2 项.*在校生数/) });
  expect(await run("cv", "1,x", "100,200")).toMatchObject({ code: 1, err: expect.stringMatching(/第 2 项“x”不是数字/) });
  expect((await run("cv", "1,2")).code).toBe(2);
});

test("balance --json: school lines, county lines per indicator, the verdict per 学段", async () => {
  const r = await run("balance", fixture, "--json");
  expect(r.code).toBe(0);
  const all = lines(r.out);
  const schools = all.filter((l) => l.level === "school");
  expect(schools.map((s) => `${s.school}/${s.stage}`)).toEqual(["一小/小学", "二小/小学", "三小/小学", "一中/初中", "二中/初中"]);
  expect(Object.keys(schools[0].values)).toEqual(["L1", "L2", "L3", "L4", "L5", "L6", "L7"]);
  expect(schools[0]).toMatchObject({ met: 6, pass: false, shortfall: { L2: 2 } });
  expect(schools[3]).toMatchObject({ met: 7, pass: true, shortfall: {} });
  const county = all.filter((l) => l.level === "county" && l.indicator !== "all");
  expect(county).toHaveLength(14);
  const l6 = county.find((c) => c.stage === "小学" && c.indicator === "L6");
  const core = coefficientOfVariation([1800000, 800000, 300000], [800, 450, 120]);
  expect(l6).toMatchObject({ threshold: 0.5, pass: true });
  expect(l6.cv).toBe(core.cv);
  expect(l6.mean).toBe(core.mean);
  expect(l6.sd).toBe(core.sd);
  const verdicts = all.filter((l) => l.indicator === "all");
  expect(verdicts.map((v) => [v.stage, v.pass])).toEqual([["小学", true], ["初中", true]]);
  expect(verdicts[0].composite).toBeCloseTo(county.filter((c) => c.stage === "小学").reduce((t, c) => t + c.cv, 0) / 7, 15);
});

test("万元 in the header (the statistics' unit), header variants and a BOM read the same figures", async () => {
  const [head, ...rows] = fs.readFileSync(fixture, "utf8").trim().split("\n");
  const header = head.replace("教学仪器设备值", "教学仪器设备值（万元）").replace("学校,", "学校名称,").replace("在校生数", "在校学生数");
  const wan = rows.map((l) => {
    const cells = l.split(",");
    cells[8] = String(Number(cells[8]) / 10000);
    return cells.join(",");
  });
  const file = path.join(dir, "wan.csv");
  fs.writeFileSync(file, "\ufeff" + [header, ...wan].join("\r\n"));
  const got = lines((await run("balance", file, "--json")).out);
  const base = lines((await run("balance", fixture, "--json")).out);
  expect(got).toHaveLength(base.length);
  got.forEach((l, i) => {
    expect(l.school ?? l.indicator).toBe(base[i].school ?? base[i].indicator);
    if (l.values) expect(l.values.L6).toBeCloseTo(base[i].values.L6, 9);
    if (l.cv !== undefined) expect(l.cv).toBeCloseTo(base[i].cv, 12);
  });
});

test("GBK bytes are decoded (header and school names)", async () => {
  // "学校,学段" … in GBK, built from the code points (GBK of these characters, written out).
  const header = Buffer.from("d1a7d0a32cd1a7b6ce", "hex"); // 学校,学段
  const file = path.join(dir, "gbk-header.csv");
  fs.writeFileSync(file, Buffer.concat([header, Buffer.from(",x\n")]));
  const r = await run("balance", file, "--json");
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/不认识的列“x”/); // 学校 and 学段 were read from GBK; only x is unknown
});

test("Excel's Unicode text (UTF-16 with a BOM, tab-separated) gives the same lines; a folder is named as one", async () => {
  const text = fs.readFileSync(fixture, "utf8").trim().replace(/,/g, "\t");
  const file = path.join(dir, "schools-unicode.txt");
  fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
  expect((await run("balance", file, "--json")).out).toEqual((await run("balance", fixture, "--json")).out);
  expect(await run("balance", dir)).toMatchObject({ code: 1, err: expect.stringMatching(/是一个目录，请给出 \.csv 或 \.xlsx 文件/) });
});

test("an .xlsx with the same rows gives the same lines", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("学校");
  for (const l of fs.readFileSync(fixture, "utf8").trim().split("\n")) ws.addRow(l.split(",").map((c) => (/^\d+(\.\d+)?$/.test(c) ? Number(c) : c)));
  const file = path.join(dir, "schools.xlsx");
  await wb.xlsx.writeFile(file);
  expect((await run("balance", file, "--json")).out).toEqual((await run("balance", fixture, "--json")).out);
});

test("bad input names the file row, the school, the column and the problem, and exits 1", async () => {
  const base = fs.readFileSync(fixture, "utf8").trim().split("\n");
  const write = (name: string, text: string) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, text);
    return f;
  };
  const blank = write("blank.csv", [base[0], base[1].replace(",800,", ",,"), ...base.slice(2)].join("\n"));
  expect(await run("balance", blank, "--json")).toMatchObject({ code: 1, out: [], err: expect.stringMatching(/第 2 行，一小，“在校生数”：在校生数为空/) });
  const negative = write("neg.csv", [base[0], base[1].replace(",6,", ",-6,"), ...base.slice(2)].join("\n"));
  expect((await run("balance", negative)).err).toMatch(/一小，“县级以上骨干教师数”：不能为负数/);
  const unknown = write("unknown.csv", [base[0] + ",校长姓名x", ...base.slice(1).map((l) => l + ",张")].join("\n"));
  expect(await run("balance", unknown, "--json")).toMatchObject({ code: 1, err: expect.stringMatching(/不认识的列“校长姓名x”/) });
  const missing = write("missing.csv", base.map((l) => l.split(",").slice(0, 9).join(",")).join("\n"));
  expect((await run("balance", missing)).err).toMatch(/缺少列“网络多媒体教室数/);
  expect((await run("balance", path.join(dir, "nope.csv"))).err).toMatch(/找不到文件/);
});

test("--override changes a threshold (province rules) and --standard picks 基本均衡; unknown names are usage errors", async () => {
  const strict = lines((await run("balance", fixture, "--json", "--override", "cv.小学=0.05")).out);
  expect(strict.find((l) => l.indicator === "all" && l.stage === "小学")).toMatchObject({ threshold: 0.05, pass: false });
  const l2 = lines((await run("balance", fixture, "--json", "--override", "L2.初中=1.3")).out).find((l) => l.school === "一中");
  expect(l2).toMatchObject({ met: 6 });
  expect((await run("balance", fixture, "--override", "L99=1")).code).toBe(2);
  expect((await run("balance", fixture, "--standard", "nope")).code).toBe(2);
});

test("-o writes the three sheets and refuses an existing file", async () => {
  const out = path.join(dir, "均衡.xlsx");
  const r = await run("balance", fixture, "-o", out);
  expect(r.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets.length).toBe(3);
  expect((await run("balance", fixture, "-o", out)).code).toBe(1);
});

test("the built bin prints the same JSON (npm test builds first)", () => {
  const bin = path.resolve(__dirname, "../../bin/plan-targets.js");
  const p = spawnSync(process.execPath, [bin, "cv", "10,30", "500,1000"], { encoding: "utf8" });
  expect(p.status).toBe(0);
  expect(JSON.parse(p.stdout).cv).toBeCloseTo(coefficientOfVariation([10, 30], [500, 1000]).cv, 15);
});
