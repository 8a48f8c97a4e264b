/** The pane's pure pieces: rows from extraction, edits, definitions, summaries, names, settings, language. */
import { buildTemplatePlan } from "../../src/core/template";
import { fillActualsFromSummary } from "../../src/core/fill-actuals";
import { actualsFromFigures } from "../../src/core/template/from-figures";
import { pageAt } from "../../src/plan-files/pages";
import { getTemplate } from "../../src/templates";
import {
  applyEdits,
  readTargetText,
  readTargetTextCached,
  figureTargetText,
  guessTitle,
  rowsToDefinition,
  toReviewRows,
} from "../../src/taskpane/extraction/rows";
import type { ExtractedItem } from "../../src/core/extract";
import { planYear } from "../../src/taskpane/model/catalog";
import { changedChars } from "../../src/taskpane/hooks/extraction";
import { resolveLanguage, showAddress, STRINGS } from "../../src/taskpane/i18n/strings";
import { definitionFromSheet, showActual, summarizeBySection } from "../../src/taskpane/model/summary";
import { DEFAULT_SETTINGS, readSettings, writeSettings } from "../../src/taskpane/settings";

jest.mock("../../src/taskpane/extraction/spawn-worker", () => ({ spawnExtractionWorker: () => null }));

const fig = (f: Partial<ExtractedItem>): ExtractedItem => ({
  indicator: "入学率",
  scope: null,
  section: null,
  comparator: ">=",
  value: 99.2,
  unit: "%",
  deadline: 2008,
  kind: "target",
  quote: "入学率达到99.2%以上",
  start: 0,
  end: 10,
  ...f,
});

test.each([
  [fig({}), "≥99.2%"],
  [fig({ comparator: "<=", value: 0.5 }), "≤0.5%"],
  [fig({ comparator: "=", value: 0 }), "=0%"],
  [fig({ comparator: "none", value: 280, unit: "人" }), "280人"],
  [fig({ comparator: "range", value: null, min: 3, max: 5, unit: "所" }), "3~5所"],
  [fig({ comparator: "increase_by", value: null, min: 3, max: 5, unit: "个百分点" }), "+3~5个百分点"],
  [fig({ comparator: "decrease_by", value: 1, unit: "个百分点" }), "-1个百分点"],
  [fig({ comparator: "ratio", value: null, ratio: [1, 15], unit: null }), "1:15"],
])("a figure's target text reads back as the same target: %#", (f, text) => {
  expect(figureTargetText(f)).toBe(text);
  expect(readTargetText(text).error).toBeNull();
});

test("rows: actual figures start unticked; repeated quotes get distinct, stable ids", () => {
  const rows = toReviewRows([fig({}), fig({ kind: "actual" }), fig({ start: 50, end: 60 })]);
  expect(rows.map((r) => r.include)).toEqual([true, false, true]);
  expect(new Set(rows.map((r) => r.id)).size).toBe(3);
  expect(toReviewRows([fig({ start: 900, end: 910 })])[0].id).toBe(rows[0].id);
});

test("edits apply by id and leave other rows as the same objects", () => {
  const rows = toReviewRows([fig({}), fig({ indicator: "巩固率", quote: "巩固率达到95%" })]);
  const edited = applyEdits(rows, new Map([[rows[1].id, { targetText: "≥96%", include: false }]]));
  expect(edited[0]).toBe(rows[0]);
  expect(edited[1]).toMatchObject({ targetText: "≥96%", include: false, indicator: "巩固率" });
  expect(applyEdits(rows, new Map())).toBe(rows);
});

test("checks are remembered per text, so an unchanged row keeps its object", () => {
  expect(readTargetTextCached("≥99.2%")).toBe(readTargetTextCached("≥99.2%"));
  expect(readTargetTextCached("很高").error).toMatch(/没有可读的目标数值/);
});

test("reviewed rows become a target definition that the template builder accepts", () => {
  const rows = toReviewRows([fig({ section: "1.义务教育", scope: "全市" }), fig({ indicator: "流生率", comparator: "<=", value: 0.5, quote: "流生率控制在0.5%以内" })]);
  rows[1] = { ...rows[1], include: false };
  const def = rowsToDefinition(rows, "  ", "粘贴的计划文本");
  expect(def).toMatchObject({ kind: "targets", title: "粘贴的计划文本", sheetName: "粘贴的计划文本" });
  expect(def.rows).toEqual([
    { key: "行1", section: "1.义务教育", indicator: "入学率", scope: "全市", target: "≥99.2%", deadline: 2008, kind: "target", quote: "入学率达到99.2%以上" },
  ]);
});

test("rows read from a PDF name the file and the page in the template's 来源", () => {
  const text = "一、目标\n入学率达到99.2%以上\n二、措施\n流生率控制在0.5%以内";
  const doc = { text, linePages: [1, 1, 2, 2] };
  const rows = toReviewRows([
    fig({ start: text.indexOf("入学率"), end: text.indexOf("以上") + 2 }),
    fig({ indicator: "流生率", comparator: "<=", value: 0.5, quote: "流生率控制在0.5%以内", start: text.indexOf("流生率"), end: text.length }),
  ]);
  const def = rowsToDefinition(rows, "计划", "《计划.pdf》", (start) => pageAt(doc, start));
  expect(def.rows.map((r) => r.page)).toEqual([1, 2]);
  const plan = buildTemplatePlan(def, { mode: "live" });
  const sourceColumn = plan.columns.findIndex((c) => c.header === "来源");
  expect(plan.values.map((r) => r[sourceColumn])).toEqual(["《计划.pdf》第1页：“入学率达到99.2%以上”", "《计划.pdf》第2页：“流生率控制在0.5%以内”"]);
  // Pasted text has no pages: the 来源 is the text's name alone.
  expect(buildTemplatePlan(rowsToDefinition(rows, "计划", "粘贴的计划文本"), { mode: "live" }).values[0][sourceColumn]).toBe("粘贴的计划文本：“入学率达到99.2%以上”");
});

test("a summary's figures become actuals; changes and unreadable figures are left out", () => {
  const def = actualsFromFigures(
    [
      fig({ kind: "actual", comparator: "=", value: 61.2, indicator: "本科上线率" }),
      fig({ kind: "actual", comparator: "increase_by", value: 3, unit: "个百分点" }),
      fig({ kind: "target" }),
    ],
    "总结",
  );
  expect(def.kind).toBe("actuals");
  expect(def.rows.map((r) => [r.indicator, r.reported])).toEqual([["本科上线率", "=61.2%"]]);
});

test("the sheet's rows, as a definition, match the sample summary the way the template itself does", () => {
  const seed = getTemplate("seed-000")!;
  const sheet = seed.rows.map((r, i) => ({
    row: i,
    section: r.section,
    indicator: r.indicator,
    scope: r.scope,
    target: r.target as string,
    actual: i === 0 ? 0.99 : "",
    status: "",
    actualAddress: `I${i + 2}`,
  }));
  const viaSheet = fillActualsFromSummary(definitionFromSheet(sheet, "t"), getTemplate("summary-001")!);
  const direct = fillActualsFromSummary(seed, getTemplate("summary-001")!);
  expect(viaSheet.matches.map((m) => [m.indicator, m.actual])).toEqual(direct.matches.filter((m) => m.rowKey !== seed.rows[0].key).map((m) => [m.indicator, m.actual]));
});

test("summary by section: misses include explained ones; blanks are pending", () => {
  const row = (section: string | null, status: unknown) => ({ row: 0, section, indicator: "x", scope: null, target: "≥1", actual: "", status, actualAddress: "A1" });
  const s = summarizeBySection([row("甲", "达标"), row("甲", "未达标"), row("乙", "已说明"), row(null, ""), row(null, "#VALUE!"), row("乙", "接近")], "（未分领域）");
  expect(s.sections.map((x) => [x.section, x.met, x.atRisk, x.missed, x.explained, x.pending, x.total])).toEqual([
    ["甲", 1, 0, 1, 0, 0, 2],
    ["乙", 0, 1, 1, 1, 0, 2],
    ["（未分领域）", 0, 0, 0, 0, 1, 2],
  ]);
  expect(s.total).toMatchObject({ met: 1, atRisk: 1, missed: 2, pending: 1, total: 6 });
  expect(s.misses.map((m) => m.status)).toEqual(["未达标", "已说明"]);
});

test("actuals are shown as the sheet shows them", () => {
  expect(showActual(0.992, "≥99.2%")).toBe("99.2%");
  expect(showActual(0.03, "+3~5个百分点")).toBe("3%");
  expect(showActual(1500, "≥1500人")).toBe("1500");
  expect(showActual("", "≥1")).toBe("");
});

test("the template name comes from the plan's title line, not pasted web furniture", () => {
  expect(guessTitle("现在位置:范文先生网>报告总结>工作计划\n\n教育局工作计划\n时间:2023-02-24\n一、指导思想")).toBe("教育局工作计划");
  expect(guessTitle("\n  2025年全县教育工作要点 \n正文")).toBe("2025年全县教育工作要点");
  expect(guessTitle("没有标题的一段很长很长很长很长很长很长很长很长很长很长很长的正文内容，超过三十个字符")).toBe("");
});

test("a template's year: its title, else its rows' usual deadline, else its document", () => {
  expect(planYear(getTemplate("seed-000")!)).toBe(2008);
  expect(planYear(getTemplate("seed-004")!)).toBe(2024);
  expect(planYear(getTemplate("youzhi-junheng-2017")!)).toBe(2017);
  expect(planYear({ ...getTemplate("seed-000")!, title: "计划", rows: getTemplate("seed-000")!.rows.map((r) => ({ ...r, deadline: 2010 })) })).toBe(2010);
});

test("a paste is told from typing by how much changed, wherever it changed", () => {
  expect(changedChars("abcdef", "abcXdef")).toBe(1);
  expect(changedChars("", "x".repeat(500))).toBe(500);
  expect(changedChars("a".repeat(30000), "b".repeat(29990))).toBe(30000);
  expect(changedChars("same", "same")).toBe(0);
});

test("language: the user's choice, else Office's (zh-* Chinese, others English), else Chinese", () => {
  expect(resolveLanguage("en-US", "zh-CN")).toBe("en-US");
  expect(resolveLanguage("auto", "zh-TW")).toBe("zh-CN");
  expect(resolveLanguage("auto", "en-GB")).toBe("en-US");
  expect(resolveLanguage("auto", "fr-FR")).toBe("en-US");
  expect(resolveLanguage("auto", null)).toBe("zh-CN");
});

test("both dictionaries have the same entries", () => {
  const shape = (o: object): unknown => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === "object" ? shape(v) : typeof v]));
  const { errors: zhErrors, ...zh } = STRINGS["zh-CN"];
  const { errors: enErrors, ...en } = STRINGS["en-US"];
  expect(shape(en)).toEqual(shape(zh));
  for (const code of Object.keys(zhErrors)) expect(enErrors[code]).toBeTruthy();
});

test("addresses lose only the quotes a person does not need", () => {
  expect(showAddress("'2008教育目标'!A1:N44")).toBe("2008教育目标!A1:N44");
  expect(showAddress("'O''Brien'!B2")).toBe("O'Brien!B2");
  expect(showAddress("Sheet1!B2:B5")).toBe("Sheet1!B2:B5");
});

test("settings survive damage: unknown or broken records fall back to the defaults", () => {
  const store = new Map<string, string>();
  const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
  expect(readSettings(storage)).toEqual(DEFAULT_SETTINGS);
  writeSettings({ language: "en-US", defaultMode: "live", tolerancePoints: 0.5 }, storage);
  expect(readSettings(storage)).toEqual({ language: "en-US", defaultMode: "live", tolerancePoints: 0.5 });
  store.set("dabiao.settings.v1", '{"language":"fr","tolerancePoints":-1,"defaultMode":"x"}');
  expect(readSettings(storage)).toEqual(DEFAULT_SETTINGS);
  store.set("dabiao.settings.v1", "{not json");
  expect(readSettings(storage)).toEqual(DEFAULT_SETTINGS);
  expect(() => writeSettings(DEFAULT_SETTINGS, { setItem: () => { throw new Error("quota"); } })).not.toThrow();
});
