#!/usr/bin/env node
/**
 * Writes the seed templates src/templates/seed-*.json and summary-001.json from the gold
 * set tests/fixtures/extraction/gold.jsonl, so that they are reproducible:
 *
 *   node scripts/make-seed-templates.js [outDir]      (default src/templates)
 *
 * Each gold item becomes one row, in gold order. The target text is the compact form a
 * statistician types (≥99.2%, 3~5所, +3~5个百分点, 1:1); a gold "none" item (no comparator
 * word) keeps its bare figure (280人), which PLAN functions read as "at least" with
 * stated:false. The summary's reported figures go to `reported` (=61.2%, ≥60万元 for
 * 60余万元), not `target`. tests/templates checks that every text parses back to the gold.
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const GOLD = path.join(ROOT, "tests/fixtures/extraction/gold.jsonl");
const OUT = path.resolve(process.argv[2] || path.join(ROOT, "src/templates"));

const GENERATED = "由 scripts/make-seed-templates.js 从 tests/fixtures/extraction/gold.jsonl 生成，请勿手改。";

const TEMPLATES = [
  {
    id: "seed-000",
    doc: "000_c2679106df810c71.txt",
    title: "2008年教育局工作计划·工作目标",
    kind: "targets",
    sheetName: "2008教育目标",
    source: "《2008年教育局工作计划》（市教育局，范文先生网转载）",
  },
  {
    id: "seed-003",
    doc: "003_35fdff4f42dcbf70.txt",
    title: "盘锦市教育工作计划（到2025年）",
    kind: "targets",
    sheetName: "2025盘锦教育目标",
    source: "《盘锦市教育工作计划》（范文网转载）",
  },
  {
    id: "seed-004",
    doc: "004_3c4377f0d1f4ce96.txt",
    title: "某县教育局2024年工作计划（2024年及“十四五”）",
    kind: "targets",
    sheetName: "2024县教育目标",
    source: "《某县教育局2024年工作计划》",
  },
  {
    id: "seed-002",
    doc: "002_4b2046a4564d6d1c.txt",
    title: "全市教育工作要点（2009年）",
    kind: "targets",
    sheetName: "2009教育工作要点",
    source: "《全市教育工作要点》（两篇，第二篇为2009年）",
  },
  {
    id: "summary-001",
    doc: "001_457be61c01c51e34.txt",
    title: "教育局年终总结·实际完成数",
    kind: "actuals",
    sheetName: "年终总结实际值",
    source: "《教育局年终总结及工作安排》（县教育局，年份隐去）",
  },
];

/** The compact text of a gold figure: the add-in's own formatShown, from the built command line (npm run build:cli). */
function figureText(g) {
  const { formatShown } = require("../lib/core/target.js");
  return formatShown(g);
}

function row(g, index, docNumber) {
  const r = {
    key: `${docNumber}-${String(index + 1).padStart(2, "0")}`,
    section: g.section,
    indicator: g.indicator,
    scope: g.scope,
    target: g.kind === "target" ? figureText(g) : null,
  };
  if (g.kind === "actual") r.reported = figureText(g);
  Object.assign(r, { deadline: g.deadline, kind: g.kind, quote: g.quote });
  if (g.borderline) r.borderline = true;
  if (g.note) r.note = g.note;
  return r;
}

/** One row a line: diffs of the data stay readable. */
function serialize(template) {
  const { rows, ...head } = template;
  const headText = JSON.stringify(head, null, 2).replace(/\n}$/, "");
  return `${headText},\n  "rows": [\n${rows.map((r) => "    " + JSON.stringify(r)).join(",\n")}\n  ]\n}\n`;
}

function main() {
  const gold = fs
    .readFileSync(GOLD, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l));
  fs.mkdirSync(OUT, { recursive: true });
  for (const t of TEMPLATES) {
    const items = gold.filter((g) => g.doc === t.doc);
    if (items.length === 0) throw new Error(`no gold items for ${t.doc}`);
    const template = {
      id: t.id,
      title: t.title,
      kind: t.kind,
      sheetName: t.sheetName,
      source: t.source,
      sourceFile: `tests/fixtures/seeds/${t.doc}`,
      note: GENERATED,
      rows: items.map((g, i) => row(g, i, t.doc.slice(0, 3))),
    };
    const file = path.join(OUT, `${t.id}.json`);
    fs.writeFileSync(file, serialize(template));
    console.log(`${path.relative(ROOT, file)}: ${items.length} rows`);
  }
}

main();
