import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/plan-targets";
import { extractTargets } from "../../src/core/extract";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err: err.join("\n") };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "extract-cli-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function file(name: string, data: string | Buffer): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, data);
  return p;
}

const PLAN = "2024年工作计划\n一、主要目标\n全市适龄儿童少年入学率达到100%，新建幼儿园6所。\n";
const seed = path.join(__dirname, "../fixtures/seeds/000_c2679106df810c71.txt");

describe("plan-targets extract --json", () => {
  test("one JSON object per line, the same items as the core", async () => {
    const r = await run("extract", "--json", file("plan.txt", PLAN));
    expect(r.code).toBe(0);
    expect(r.out.map((l) => JSON.parse(l))).toEqual(extractTargets(PLAN));
    expect(r.out).toHaveLength(2);
    expect(JSON.parse(r.out[0])).toMatchObject({ indicator: "适龄儿童少年入学率", comparator: ">=", value: 100, unit: "%", deadline: 2024, kind: "target" });
  });

  test("offsets index the file as read: a leading source line and a BOM are kept in the text", async () => {
    const text = "\ufeffsource: https://example.org/a.html\n新建幼儿园6所。\n";
    const [item] = (await run("extract", "--json", file("bom.txt", text))).out.map((l) => JSON.parse(l));
    expect(text.slice(item.start, item.end)).toBe("新建幼儿园6所");
    expect(item.quote).toBe("新建幼儿园6所");
  });

  test("GBK text (as Chinese Windows saves it) is read", async () => {
    const r = await run("extract", "--json", file("gbk.txt", Buffer.from("d0c2bda8d3d7b6f9d4b036cbf9a1a3", "hex")));
    expect(r.err).toBe("");
    expect(r.out.map((l) => JSON.parse(l).quote)).toEqual(["新建幼儿园6所"]);
  });

  test("--report reads a file as a report: bare figures are actuals, a 力争 clause stays a target; --plan the other way", async () => {
    const text = "全市新建幼儿园6所，新增学位1200个。明年力争新建幼儿园8所。\n";
    const f = file("report.txt", text);
    const kinds = async (...flags: string[]) => (await run("extract", "--json", ...flags, f)).out.map((l) => [JSON.parse(l).kind, JSON.parse(l).value]);
    expect(await kinds("--report")).toEqual([["actual", 6], ["actual", 1200], ["target", 8]]);
    expect(await kinds("--plan")).toEqual([["target", 6], ["target", 1200], ["target", 8]]);
    const both = await run("extract", "--report", "--plan", f);
    expect(both.code).toBe(2);
    expect(both.err).toContain("--report 与 --plan 只能选一个");
  });

  test("--json may follow the file name", async () => {
    expect((await run("extract", seed, "--json")).out.length).toBe(43);
  });
});

describe("plan-targets extract (table for reading)", () => {
  test("Chinese headers, one row per item, sections and a total", async () => {
    const r = await run("extract", file("plan2.txt", PLAN));
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^指标\s+范围\s+目标\/实际值\s+年份\s+类型\s+原文$/);
    expect(r.out[1]).toBe("【一、主要目标】");
    expect(r.out[2]).toMatch(/适龄儿童少年入学率\s+全市\s+≥100%\s+2024\s+目标\s+全市适龄儿童少年入学率达到100%/);
    expect(r.out[r.out.length - 1]).toBe("共 2 项（目标 2，实际 0）。");
  });

  test("a text without figures says so", async () => {
    const r = await run("extract", file("none.txt", "加强党的建设。\n"));
    expect(r.code).toBe(0);
    expect(r.out).toEqual(["未找到目标或实际值。"]);
  });
});

describe("bad input: a clear Chinese message and a non-zero exit", () => {
  test.each([
    ["a missing file", () => path.join(dir, "missing.txt"), /找不到文件/],
    ["an empty file", () => file("empty.txt", ""), /是空的/],
    ["a file of spaces", () => file("blank.txt", " \n\t\n"), /没有文字内容/],
    ["binary data (NUL bytes)", () => file("bin.dat", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), /不是文本文件/],
    ["neither UTF-8 nor GBK", () => file("bad.txt", Buffer.from([0x41, 0xff, 0xfe, 0xfd, 0x81])), /不是有效的 UTF-8 或 GBK/],
    ["a PNG renamed .docx", () => file("plan.docx", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), /扩展名表明它是Word 文档 \(\.docx\)，但内容是 PNG 图片/],
    ["a legacy .doc", () => file("plan.doc", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])), /另存为.*\.docx/],
    ["a spreadsheet", () => file("plan.xlsx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0])), /是表格文件/],
    ["a corrupt .docx (a zip cut short)", () => file("cut.docx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0])), /已损坏，无法作为 Word/],
    ["a 50 MB file", () => file("big.txt", Buffer.alloc(50 * 1024 * 1024, 0x41)), /50\.0 MB，超过了 30 MB 的上限/],
    ["a directory", () => dir, /是一个目录/],
  ])("%s", async (_, make, message) => {
    const r = await run("extract", "--json", make());
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.out).toEqual([]);
  });

  test.each([
    [["extract"], /需要一个参数/],
    [["extract", "a.txt", "b.txt"], /需要一个参数/],
    [["extract", "--csv", "a.txt"], /未知选项 --csv/],
  ])("usage %p exits 2", async (argv, message) => {
    const r = await run(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  test("the help lists the command", async () => {
    expect((await run("help")).out.join("\n")).toMatch(/plan-targets extract \[--json\] \[--report\|--plan\] <文件>/);
  });
});

describe("the built bin, as the scorer runs it (npm test builds first)", () => {
  const bin = path.resolve(__dirname, "../../bin/plan-targets.js");

  test("prints JSON lines for a seed document and exits 0", async () => {
    const r = spawnSync("node", [bin, "extract", "--json", seed], { encoding: "utf8" });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(43);
    expect(JSON.parse(lines[0])).toHaveProperty("indicator");
  });

  test("a missing file: message on stderr, exit 1, nothing on stdout", async () => {
    const r = spawnSync("node", [bin, "extract", "--json", path.join(dir, "nope.txt")], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/找不到文件/);
    expect(r.stdout).toBe("");
  });
});
