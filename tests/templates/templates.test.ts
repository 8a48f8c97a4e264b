/**
 * The built-in templates as data: registry, reproducibility from the gold set, every figure
 * round-tripping through parseTarget to the gold label, and the national thresholds as the
 * documents state them (the tables below are copied from the documents, not from the JSON).
 */
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { PlanError } from "../../src/core/errors";
import { parseTarget } from "../../src/core/parse-target";
import { formatTarget, showTarget } from "../../src/core/target";
import { checkDefinition, getTemplate, listTemplates, templateIds } from "../../src/templates";

const ROOT = path.resolve(__dirname, "../..");

interface Gold {
  doc: string;
  section: string | null;
  indicator: string;
  scope: string | null;
  comparator: string;
  value: number | null;
  min?: number;
  max?: number;
  ratio?: [number, number];
  unit: string | null;
  deadline: number | null;
  kind: "target" | "actual";
  quote: string;
  borderline?: boolean;
}

const gold: Gold[] = fs
  .readFileSync(path.join(ROOT, "tests/fixtures/extraction/gold.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l));

const SEEDS: Array<[string, string, number]> = [
  ["seed-000", "000_c2679106df810c71.txt", 43],
  ["seed-003", "003_35fdff4f42dcbf70.txt", 30],
  ["seed-004", "004_3c4377f0d1f4ce96.txt", 15],
  ["seed-002", "002_4b2046a4564d6d1c.txt", 8],
  ["summary-001", "001_457be61c01c51e34.txt", 59],
];

describe("registry", () => {
  test("lists the seven templates by typeable id, with their row counts", () => {
    const list = listTemplates();
    expect(list.map((t) => t.id).sort()).toEqual(
      ["seed-000", "seed-002", "seed-003", "seed-004", "summary-001", "xueqian-puhui-2020", "youzhi-junheng-2017"].sort(),
    );
    for (const t of list) {
      const file = JSON.parse(fs.readFileSync(path.join(ROOT, "src/templates", `${t.id}.json`), "utf8"));
      expect(t).toEqual({ id: file.id, title: file.title, kind: file.kind, source: file.source, rows: file.rows.length });
    }
    expect(templateIds()).toEqual(list.map((t) => t.id));
  });

  test("getTemplate finds by id, and nothing else", () => {
    expect(getTemplate("seed-000")?.rows).toHaveLength(43);
    expect(getTemplate("SEED-000")).toBeUndefined();
    expect(getTemplate("")).toBeUndefined();
  });

  test("every template cites its document and quotes every row", () => {
    for (const { id } of listTemplates()) {
      const t = getTemplate(id)!;
      expect(t.source).toMatch(/《.+》/);
      for (const r of t.rows) expect(r.quote.trim().length).toBeGreaterThan(2);
    }
  });

  test.each([
    ["no id", {}],
    ["no rows", { id: "x", title: "t", kind: "targets", sheetName: "s", source: "《s》", rows: [] }],
    [
      "duplicate keys",
      {
        id: "x",
        title: "t",
        kind: "targets",
        sheetName: "s",
        source: "《s》",
        rows: [1, 2].map(() => ({ key: "k", section: null, indicator: "i", scope: null, target: "≥1人", deadline: null, kind: "target", quote: "q" })),
      },
    ],
    [
      "a target row without target",
      {
        id: "x",
        title: "t",
        kind: "targets",
        sheetName: "s",
        source: "《s》",
        rows: [{ key: "k", section: null, indicator: "i", scope: null, target: null, deadline: null, kind: "target", quote: "q" }],
      },
    ],
  ])("checkDefinition rejects %s", (_, raw) => {
    expect(() => checkDefinition(raw)).toThrow(PlanError);
  });
});

describe("seed templates are the gold set", () => {
  test("the generator reproduces the committed JSON byte for byte", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "dabiao-seeds-"));
    execFileSync("node", [path.join(ROOT, "scripts/make-seed-templates.js"), out], { encoding: "utf8" });
    for (const [id] of SEEDS) {
      expect(fs.readFileSync(path.join(out, `${id}.json`), "utf8")).toBe(fs.readFileSync(path.join(ROOT, "src/templates", `${id}.json`), "utf8"));
    }
  });

  test.each(SEEDS)("%s has one row per gold item of %s (%i)", (id, doc, count) => {
    const rows = getTemplate(id)!.rows;
    const items = gold.filter((g) => g.doc === doc);
    expect(items).toHaveLength(count);
    expect(rows).toHaveLength(count);
    rows.forEach((r, i) => {
      const g = items[i];
      expect([r.section, r.indicator, r.scope, r.deadline, r.kind, r.quote]).toEqual([g.section, g.indicator, g.scope, g.deadline, g.kind, g.quote]);
      expect(r.borderline ?? false).toBe(g.borderline ?? false);
    });
  });

  // The strongest check: each figure text reads back as exactly the gold label.
  const rows = SEEDS.flatMap(([id, doc]) => {
    const items = gold.filter((g) => g.doc === doc);
    return getTemplate(id)!.rows.map((r, i) => [id, r.key, r.kind === "target" ? r.target : r.reported, items[i]] as const);
  });
  test.each(rows)("%s %s: “%s” parses to the gold figure", (_id, _key, text, g) => {
    expect(typeof text).toBe("string");
    const t = parseTarget(text as string);
    const expected: Record<string, unknown> = { comparator: g.comparator, value: g.value, unit: g.unit };
    if (g.min !== undefined) Object.assign(expected, { min: g.min, max: g.max });
    if (g.ratio) expected.ratio = g.ratio;
    expect(showTarget(t)).toEqual(expected);
    expect(t.stated).toBe(g.comparator !== "none");
    // Canonical: what the sheet's 目标 cell shows is the text itself.
    expect(formatTarget(t)).toBe(text);
  });

  test("summary rows carry reported figures, never targets", () => {
    for (const r of getTemplate("summary-001")!.rows) {
      expect(r.target).toBeNull();
      expect(r.kind).toBe("actual");
    }
    for (const [id] of SEEDS.filter(([id]) => id !== "summary-001")) {
      for (const r of getTemplate(id)!.rows) expect([r.kind, typeof r.target, r.reported]).toEqual(["target", "string", undefined]);
    }
  });
});

describe("national standards, thresholds as the documents state them", () => {
  // 教督〔2017〕6号, 资源配置 (小学, 初中) — copied from the document, in its order.
  const RESOURCES: Array<[string, number, number, string]> = [
    ["每百名学生拥有高于规定学历教师数", 4.2, 5.3, "人"],
    ["每百名学生拥有县级以上骨干教师数", 1, 1, "人"],
    ["每百名学生拥有体育、艺术（美术、音乐）专任教师数", 0.9, 0.9, "人"],
    ["生均教学及辅助用房面积", 4.5, 5.8, "平方米"],
    ["生均体育运动场馆面积", 7.5, 10.2, "平方米"],
    ["生均教学仪器设备值", 2000, 2500, "元"],
    ["每百名学生拥有网络多媒体教室数", 2.3, 2.4, "间"],
  ];
  const youzhi = getTemplate("youzhi-junheng-2017")!;
  const find = (scope: string, indicator: string) => youzhi.rows.filter((r) => r.scope === scope && r.indicator === indicator);

  test.each(RESOURCES)("%s: 小学 ≥%d, 初中 ≥%d %s", (indicator, primary, junior, unit) => {
    for (const [scope, value] of [["小学", primary], ["初中", junior]] as const) {
      const rows = find(scope, indicator);
      expect(rows).toHaveLength(1);
      expect(showTarget(parseTarget(rows[0].target!))).toEqual({ comparator: ">=", value, unit });
    }
  });

  test("county rules: 6 of 7, the rest ≥85%, 校际差异系数 ≤0.50 / ≤0.45", () => {
    const shown = (scope: string, key: string) => showTarget(parseTarget(youzhi.rows.find((r) => r.scope === scope && r.key.endsWith(key))!.target!));
    for (const scope of ["小学", "初中"]) {
      expect(shown(scope, "达标项数")).toEqual({ comparator: ">=", value: 6, unit: "项" });
      expect(shown(scope, "余项达成度")).toEqual({ comparator: ">=", value: 85, unit: "%" });
    }
    expect(shown("小学", "差异系数")).toEqual({ comparator: "<=", value: 0.5, unit: null });
    expect(shown("初中", "差异系数")).toEqual({ comparator: "<=", value: 0.45, unit: null });
    expect(youzhi.note).toMatch(/6项/);
  });

  test("quality: 初中三年巩固率 ≥95%, 残疾儿童少年入学率 ≥95%", () => {
    for (const indicator of ["初中三年巩固率", "残疾儿童少年入学率"]) {
      const row = youzhi.rows.find((r) => r.indicator === indicator)!;
      expect(showTarget(parseTarget(row.target!))).toEqual({ comparator: ">=", value: 95, unit: "%" });
      expect(row.quote).toContain("95%");
    }
  });

  test("学前 2020: 毛入园率 ≥85%, 普惠性幼儿园覆盖率 ≥80%, 公办园在园幼儿占比 ≥50%", () => {
    const xueqian = getTemplate("xueqian-puhui-2020")!;
    expect(xueqian.source).toContain("教督〔2020〕1号");
    const EXPECTED: Array<[RegExp, number]> = [
      [/^学前三年毛入园率$/, 85],
      [/^普惠性幼儿园覆盖率/, 80],
      [/^公办园在园幼儿占比$/, 50],
    ];
    for (const [name, value] of EXPECTED) {
      const rows = xueqian.rows.filter((r) => name.test(r.indicator));
      expect(rows).toHaveLength(1);
      expect(showTarget(parseTarget(rows[0].target!))).toEqual({ comparator: ">=", value, unit: "%" });
      expect(rows[0].quote).toContain(`${value}%`);
    }
  });

  test("every standard row says how its wording was checked", () => {
    for (const id of ["youzhi-junheng-2017", "xueqian-puhui-2020"]) {
      const t = getTemplate(id)!;
      expect(t.note).toMatch(/核对/);
      for (const r of t.rows) expect(r.note).toMatch(/核对/);
    }
  });
});
