/**
 * plan-targets template list|show, in-process through main, and once through the compiled
 * binary (lib/ is built by `npm run build` / `npx tsc -p tsconfig.cli.json`).
 */
import { execFileSync, spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import { main } from "../../src/cli/plan-targets";

const ROOT = path.resolve(__dirname, "../..");

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err: err.join("\n") };
}

const json = (id: string) => JSON.parse(fs.readFileSync(path.join(ROOT, "src/templates", `${id}.json`), "utf8"));

const IDS = ["youzhi-junheng-2017", "xueqian-puhui-2020", "seed-000", "seed-003", "seed-004", "seed-002", "summary-001"];

describe("template list", () => {
  test("--json: one line per template with id, title, source and row count", () => {
    const r = run("template", "list", "--json");
    expect(r.code).toBe(0);
    const lines = r.out.map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id).sort()).toEqual([...IDS].sort());
    for (const l of lines) {
      const file = json(l.id);
      expect(l).toMatchObject({ id: file.id, title: file.title, source: file.source, rows: file.rows.length });
    }
  });

  test("without --json: a readable table naming every template", () => {
    const r = run("template", "list");
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^id\s+行数\s+标题\s+来源$/);
    for (const id of IDS) expect(r.out.some((l) => l.startsWith(id + " "))).toBe(true);
    expect(r.out.join("\n")).toContain("教督〔2017〕6号");
  });
});

describe("template show", () => {
  test("--json: the gold-set fields of every row", () => {
    const r = run("template", "show", "seed-000", "--json");
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(43);
    const rows = r.out.map((l) => JSON.parse(l));
    expect(rows[1]).toEqual({
      key: "000-02",
      section: "1.九年制义务教育",
      indicator: "17周岁初中教育完成率",
      scope: "全市",
      target: "≥99.2%",
      comparator: ">=",
      value: 99.2,
      unit: "%",
      deadline: 2008,
      kind: "target",
      quote: "17周岁初中教育完成率达到99.2%以上",
    });
    expect(rows.find((x) => x.indicator === "普通高校本科上线率")).toMatchObject({ comparator: "increase_by", value: null, min: 3, max: 5, unit: "个百分点" });
    expect(rows.find((x) => x.indicator === "普高与职高的比例")).toMatchObject({ comparator: "ratio", ratio: [1, 1], unit: null });
    expect(rows.find((x) => x.indicator === "中小学校长培训人数")).toMatchObject({ target: "280人", comparator: "none", value: 280, unit: "人" });
  });

  test("--json on the gold set: comparator, value and unit as labelled", () => {
    const gold = fs
      .readFileSync(path.join(ROOT, "tests/fixtures/extraction/gold.jsonl"), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l))
      .filter((g) => g.doc.startsWith("001_"));
    const rows = run("template", "show", "summary-001", "--json").out.map((l) => JSON.parse(l));
    expect(rows.map((x) => [x.indicator, x.comparator, x.value, x.unit, x.kind])).toEqual(gold.map((g) => [g.indicator, g.comparator, g.value, g.unit, g.kind]));
    expect(rows[1]).toMatchObject({ target: null, reported: "≥60万元" });
  });

  test("without --json: title, source and one line per row", () => {
    const r = run("template", "show", "xueqian-puhui-2020");
    expect(r.code).toBe(0);
    expect(r.out[0]).toContain("xueqian-puhui-2020");
    expect(r.out[1]).toContain("教督〔2020〕1号");
    expect(r.out).toHaveLength(3 + json("xueqian-puhui-2020").rows.length);
    expect(r.out.some((l) => /学前三年毛入园率\s+县域\s+≥85%/.test(l))).toBe(true);
  });

  test("an unknown id: a clear message listing the ids, exit 1", () => {
    const r = run("template", "show", "seed-999");
    expect(r.code).toBe(1);
    expect(r.err).toContain("seed-999");
    expect(r.err).toContain("seed-000");
    expect(r.out).toEqual([]);
  });

  test.each([
    [["template"], /list 或 show/],
    [["template", "frob"], /frob/],
    [["template", "show"], /模板 id/],
    [["template", "show", "a", "b"], /模板 id/],
    [["template", "list", "--xml"], /--xml/],
  ])("%p is wrong usage: exit 2", (argv, message) => {
    const r = run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  test("the general usage mentions the template command", () => {
    expect(run("help").out.join("\n")).toContain("template show <id>");
  });
});

describe("the compiled binary", () => {
  const bin = path.join(ROOT, "bin/plan-targets.js");

  test("template list --json, and an unknown id", () => {
    const out = execFileSync("node", [bin, "template", "list", "--json"], { encoding: "utf8" });
    expect(out.trim().split("\n").map((l) => JSON.parse(l).id)).toEqual(IDS);
    const r = spawnSync("node", [bin, "template", "show", "nope"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("nope");
  });
});
