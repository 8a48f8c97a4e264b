/**
 * From extracted figures to a template: an indicator table's base-year cells become 基期值 of
 * the indicator's row, one row per indicator; a bulletin's levels become an actuals
 * definition. Run on real indicator tables from the corpus (tests/fixtures/extraction/real).
 */
import * as fs from "fs";
import * as path from "path";
import { extractTargets, type ExtractedItem } from "../../src/core/extract";
import { buildTemplatePlan } from "../../src/core/template";
import { actualsFromFigures, definitionFromFigures, pairBaseYears } from "../../src/core/template/from-figures";

const REAL = path.join(__dirname, "../fixtures/extraction/real");
const read = (f: string) => fs.readFileSync(path.join(REAL, f), "utf8");

function item(over: Partial<ExtractedItem>): ExtractedItem {
  return {
    comparator: ">=", value: 90, unit: "%",
    indicator: "普惠性幼儿园覆盖率", scope: null, section: null, deadline: 2025, kind: "target",
    quote: "普惠性幼儿园覆盖率 86.44% 90%以上", start: 0, end: 10, ...over,
  } as ExtractedItem;
}

describe("indicator tables with a base-year and a target-year column give one row per indicator", () => {
  test.each(["dev-zhibiao-table-cells.txt", "plan-table-cell-lines.txt"])("%s", (file) => {
    const items = extractTargets(read(file));
    const targets = items.filter((i) => i.kind === "target");
    const { definition } = definitionFromFigures(items, { id: "t", title: "指标表", source: file });
    expect(definition.rows).toHaveLength(targets.length);
    const withBase = definition.rows.filter((r) => typeof r.baseline === "number");
    // Most indicators of such a table state their 2020 value; each base is the table's own cell.
    expect(withBase.length).toBeGreaterThanOrEqual(Math.ceil(targets.length * 0.6));
    // Every paired base-year cell left the list: what remains is one entry per target and the unpaired actuals.
    const planned = pairBaseYears(items);
    expect(planned.length).toBe(items.length - withBase.length);
  });

  test("the base value is Excel's number of the 2020 cell, and the plan writes it to 基期值", () => {
    const items = extractTargets(read("dev-zhibiao-table-cells.txt"));
    const { definition } = definitionFromFigures(items, { id: "t", title: "指标表", source: "表" });
    const row = definition.rows.find((r) => r.indicator === "普惠性幼儿园覆盖率");
    expect(row).toMatchObject({ target: "≥90%", deadline: 2025, baseline: 0.8644 });
    const plan = buildTemplatePlan(definition, { mode: "portable" });
    const baseCol = plan.columns.findIndex((c) => c.header === "基期值");
    const i = definition.rows.indexOf(row!);
    expect(plan.values[i][baseCol]).toBeCloseTo(0.8644, 12);
  });
});

describe("pairing rules", () => {
  test("an adjacent earlier actual of the same indicator and scope pairs; the actual is not listed again", () => {
    const base = item({ kind: "actual", comparator: "=", value: 86.44, deadline: 2020 });
    const pairs = pairBaseYears([base, item({})]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0].baseline).toBe(base);
  });

  test.each<[string, Partial<ExtractedItem>]>([
    ["another indicator", { indicator: "公办园在园幼儿占比" }],
    ["another scope", { scope: "初中" }],
    ["no year", { deadline: null }],
    ["a later year", { deadline: 2026 }],
    ["an approximation (多/余/近)", { comparator: ">=" }],
    ["another unit", { unit: "所", value: 12 }],
  ])("no pair with %s", (_why, over) => {
    const base = item({ kind: "actual", comparator: "=", value: 86.44, deadline: 2020, ...over });
    const pairs = pairBaseYears([base, item({})]);
    expect(pairs).toHaveLength(2);
    expect(pairs.every((p) => p.baseline === null)).toBe(true);
  });

  test("a (%) marker and a 全县 prefix are no difference", () => {
    const base = item({ kind: "actual", comparator: "=", value: 86.44, deadline: 2020, indicator: "全县普惠性幼儿园覆盖率(%)" });
    expect(pairBaseYears([item({}), base])[0].baseline).toBe(base);
  });

  test("a 个百分点 increase pairs with a rate; a relative growth with any level", () => {
    const rate = item({ kind: "actual", comparator: "=", value: 86.44, deadline: 2020 });
    expect(pairBaseYears([rate, item({ comparator: "increase_by", value: 3, unit: "个百分点" })])[0].baseline).toBe(rate);
    const count = item({ kind: "actual", comparator: "=", value: 1200, unit: "人", deadline: 2020, indicator: "在校生数" });
    expect(pairBaseYears([count, item({ comparator: "increase_by", value: 10, unit: "%", indicator: "在校生数" })])[0].baseline).toBe(count);
  });
});

test("a bulletin's levels become an actuals definition; changes do not", () => {
  const items = extractTargets(read("dev-shanxi-gongbao-2018.txt"));
  const def = actualsFromFigures(items, "公报");
  const levels = items.filter((i) => i.kind === "actual" && i.comparator !== "increase_by" && i.comparator !== "decrease_by");
  expect(def.kind).toBe("actuals");
  expect(levels.length).toBeGreaterThan(0);
  expect(def.rows).toHaveLength(levels.length); // every level of this bulletin is readable
  expect(def.rows.every((r) => r.kind === "actual" && r.target === null && typeof r.reported === "string")).toBe(true);
});
