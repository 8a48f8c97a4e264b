/**
 * buildTemplatePlan for every built-in template: columns, rows, live formulas and their cell
 * addresses (also away from A1), number formats, conditional-format rules, names, text that
 * must stay text, overrides, metadata; plus fillActualsFromSummary.
 * Expected addresses and formats are written out here by hand, not derived from the code.
 */
import fc from "fast-check";
import { excelAcceptsSheetName, excelAcceptsTableName } from "../support/fake-workbook";
import { PlanError } from "../../src/core/errors";
import { parseTarget } from "../../src/core/parse-target";
import { buildTemplatePlan, legalSheetName, legalTableName, uniqueSheetName, uniqueTableName, type TemplateDefinition, type TemplatePlan, type TemplateRowDefinition } from "../../src/core/template";
import { fillActualsFromSummary } from "../../src/core/fill-actuals";
import { formulasFor } from "../../src/core/formulas/computed-columns";
import { getTemplate, listTemplates } from "../../src/templates";

const HEADERS = ["序号", "领域", "指标", "范围", "目标", "单位", "期限", "基期值", "实际值", "差距", "进度", "状态", "说明", "来源"];
const KINDS = ["reference", "reference", "reference", "reference", "reference", "reference", "reference", "input", "input", "computed", "computed", "computed", "input", "reference"];
const TEXT_HEADERS = ["领域", "指标", "范围", "目标", "单位", "说明", "来源"];

const TARGET_TEMPLATES = listTemplates()
  .filter((t) => t.kind === "targets")
  .map((t) => t.id);

const col = (plan: TemplatePlan, header: string) => plan.columns.findIndex((c) => c.header === header);
const cell = (plan: TemplatePlan, row: number, header: string) => plan.values[row][col(plan, header)];
const formula = (plan: TemplatePlan, row: number, header: string) => plan.formulas[row][col(plan, header)];
const format = (plan: TemplatePlan, row: number, header: string) => plan.numberFormats[row][col(plan, header)];

function rowOf(plan: TemplatePlan, indicator: string, scope?: string): number {
  const i = plan.values.findIndex((v) => v[col(plan, "指标")] === indicator && (scope === undefined || v[col(plan, "范围")] === scope));
  if (i < 0) throw new Error(`no row ${indicator}`);
  return i;
}

function definition(rows: Partial<TemplateRowDefinition>[], extra: Partial<TemplateDefinition> = {}): TemplateDefinition {
  return {
    id: "test",
    title: "测试模板",
    kind: "targets",
    sheetName: "测试",
    source: "《测试文件》",
    rows: rows.map((r, i) => ({ key: `k${i + 1}`, section: null, indicator: `指标${i + 1}`, scope: null, target: "≥1人", deadline: null, kind: "target", quote: "原文", ...r })),
    ...extra,
  };
}

describe("columns", () => {
  const plan = buildTemplatePlan(getTemplate("seed-000")!);

  test("in order, with the documented kinds and text flags", () => {
    expect(plan.columns.map((c) => c.header)).toEqual(HEADERS);
    expect(plan.columns.map((c) => c.kind)).toEqual(KINDS);
    expect(plan.columns.filter((c) => c.text).map((c) => c.header)).toEqual(TEXT_HEADERS);
    expect(plan.columns.every((c) => !c.hidden && c.width > 0)).toBe(true);
  });

  test("fills: white input, light-blue computed, pale reference", () => {
    expect(plan.fills.input).toBe("#FFFFFF");
    expect(plan.fills.computed).not.toBe(plan.fills.input);
    expect(plan.fills.reference).not.toBe(plan.fills.input);
    expect(plan.fills.reference).not.toBe(plan.fills.computed);
    expect(plan.freezeHeader).toBe(true);
  });
});

describe.each(TARGET_TEMPLATES)("every built-in template: %s", (id) => {
  const def = getTemplate(id)!;
  const plan = buildTemplatePlan(def);
  const n = def.rows.length;

  test("one data row per template row, in order", () => {
    for (const grid of [plan.values, plan.formulas, plan.numberFormats]) {
      expect(grid).toHaveLength(n);
      for (const r of grid) expect(r).toHaveLength(HEADERS.length);
    }
    def.rows.forEach((r, i) => {
      expect(cell(plan, i, "序号")).toBe(i + 1);
      expect([cell(plan, i, "领域"), cell(plan, i, "指标"), cell(plan, i, "范围"), cell(plan, i, "期限")]).toEqual([r.section, r.indicator, r.scope, r.deadline]);
      // The 目标 cell reads back as the template's target.
      expect(parseTarget(cell(plan, i, "目标") as string)).toEqual(parseTarget(r.target!));
      expect(cell(plan, i, "来源")).toContain(def.source);
      expect(cell(plan, i, "来源")).toContain(r.quote);
      expect([cell(plan, i, "基期值"), cell(plan, i, "实际值"), cell(plan, i, "说明")]).toEqual([null, null, null]);
    });
  });

  test("live formulas at A1: 差距, 进度, 状态 read I (实际值), E (目标), H (基期值), M (说明)", () => {
    for (let i = 0; i < n; i++) {
      const r = i + 2;
      const status = `PLAN.TARGET_STATUS(I${r},E${r},H${r})`;
      expect(formula(plan, i, "差距")).toBe(`=PLAN.TARGET_GAP(I${r},E${r},H${r})`);
      expect(formula(plan, i, "进度")).toBe(`=PLAN.TARGET_PROGRESS(I${r},E${r},H${r})`);
      expect(formula(plan, i, "状态")).toBe(`=IF(AND(${status}="未达标",LEN(TRIM(M${r}))>0),"已说明",${status})`);
    }
  });

  test("exactly the computed cells are formulas; no formula cell is text-formatted", () => {
    plan.formulas.forEach((row, i) =>
      row.forEach((f, j) => {
        const computed = plan.columns[j].kind === "computed";
        expect(f !== null).toBe(computed);
        if (computed) {
          expect(plan.values[i][j]).toBeNull();
          expect(plan.numberFormats[i][j]).not.toBe("@");
        }
      }),
    );
  });

  test("text columns are formatted @ in every row", () => {
    for (const h of TEXT_HEADERS) for (let i = 0; i < n; i++) expect(format(plan, i, h)).toBe("@");
    for (let i = 0; i < n; i++) expect(format(plan, i, "进度")).toBe("0.0%");
  });

  test("rules: native formulas on the computed 状态 cell, for 实际值 and 状态", () => {
    expect(plan.rules.map((r) => [r.meaning, r.formula, r.fill, r.fontColor])).toEqual([
      ["missed", '=$L2="未达标"', "#FFC7CE", "#9C0006"],
      ["at_risk", '=$L2="接近"', "#FFEB9C", "#9C5700"],
      ["met", '=$L2="达标"', "#C6EFCE", "#006100"],
      ["explained", '=$L2="已说明"', "#E7E6E6", "#595959"],
    ]);
    for (const r of plan.rules) {
      expect(r.columns).toEqual(["actual", "status"]);
      expect(r.formula).not.toMatch(/PLAN\./i);
    }
  });

  test("sheet and table names are legal", () => {
    expect(plan.sheetName.length).toBeLessThanOrEqual(31);
    expect(plan.sheetName).not.toMatch(/[[\]:*?/\\]/);
    expect(plan.sheetName.trim()).not.toBe("");
    expect(plan.tableName).toMatch(/^[\p{L}_\\][\p{L}\p{N}_.]*$/u);
    expect(plan.tableName).not.toMatch(/^[A-Za-z]{1,3}\d+$/);
  });

  test("metadata remembers the template and its parsed targets", () => {
    expect(plan.metadata).toMatchObject({ templateId: id, title: def.title, source: def.source, mode: "live", version: 1 });
    expect(plan.metadata.targets).toEqual(def.rows.map((r) => parseTarget(r.target!)));
    expect(plan.metadata.rowKeys).toEqual(def.rows.map((r) => r.key));
    expect(plan.metadata.overrides).toBeUndefined();
  });
});

describe("row counts and names", () => {
  test("seed-000 has the 43 figures of the 2008 plan", () => {
    expect(buildTemplatePlan(getTemplate("seed-000")!).values).toHaveLength(43);
  });

  test("named after the template, then made unique", () => {
    const def = getTemplate("seed-000")!;
    expect(buildTemplatePlan(def)).toMatchObject({ sheetName: "2008教育目标", tableName: "表2008教育目标" });
    const again = buildTemplatePlan(def, { existingSheetNames: ["Sheet1", "2008教育目标"], existingTableNames: ["表2008教育目标"] });
    expect(again).toMatchObject({ sheetName: "2008教育目标 (2)", tableName: "表2008教育目标_2" });
    const third = buildTemplatePlan(def, { existingSheetNames: ["2008教育目标", "2008教育目标 (2)"], existingTableNames: ["表2008教育目标", "表2008教育目标_2"] });
    expect(third).toMatchObject({ sheetName: "2008教育目标 (3)", tableName: "表2008教育目标_3" });
  });
});

describe("formulas away from A1", () => {
  test("anchor C5: data starts on row 6, columns shift by two", () => {
    const plan = buildTemplatePlan(getTemplate("seed-004")!, { anchor: { row: 4, col: 2 } });
    expect(plan.anchor).toEqual({ row: 4, col: 2 });
    expect(formula(plan, 0, "差距")).toBe("=PLAN.TARGET_GAP(K6,G6,J6)");
    expect(formula(plan, 1, "进度")).toBe("=PLAN.TARGET_PROGRESS(K7,G7,J7)");
    expect(formula(plan, 14, "状态")).toBe('=IF(AND(PLAN.TARGET_STATUS(K20,G20,J20)="未达标",LEN(TRIM(O20))>0),"已说明",PLAN.TARGET_STATUS(K20,G20,J20))');
    expect(plan.rules[0].formula).toBe('=$N6="未达标"');
  });

  test("anchor Z100: two-letter columns", () => {
    const plan = buildTemplatePlan(getTemplate("seed-002")!, { anchor: { row: 99, col: 25 } });
    expect(formula(plan, 0, "差距")).toBe("=PLAN.TARGET_GAP(AH101,AD101,AG101)");
    expect(plan.rules[2].formula).toBe('=$AK101="达标"');
  });

  test("a bad anchor is refused", () => {
    expect(() => buildTemplatePlan(getTemplate("seed-002")!, { anchor: { row: -1, col: 0 } })).toThrow(PlanError);
    expect(() => buildTemplatePlan(getTemplate("seed-002")!, { anchor: { row: 0.5, col: 0 } })).toThrow(PlanError);
  });

});

describe("number formats follow the target", () => {
  const seed000 = buildTemplatePlan(getTemplate("seed-000")!);
  const seed002 = buildTemplatePlan(getTemplate("seed-002")!);
  const youzhi = buildTemplatePlan(getTemplate("youzhi-junheng-2017")!);
  const formats = (plan: TemplatePlan, i: number) => [format(plan, i, "基期值"), format(plan, i, "实际值"), format(plan, i, "差距")];

  test.each([
    ["≥99.2%: one decimal percent", seed000, "17周岁初中教育完成率", undefined, "0.0%"],
    ["≥99.62%: two decimals, as the target shows", seed000, "教师学历合格率", "小学", "0.00%"],
    ["≥100%: at least one decimal", seed000, "适龄儿童少年入学率", undefined, "0.0%"],
    ["+3~5个百分点: a rate", seed000, "普通高校本科上线率", undefined, "0.0%"],
    ["280人: a count", seed000, "中小学校长培训人数", undefined, "#,##0"],
    ["3~5所: a count", seed000, "新建社区教育中心数", undefined, "#,##0"],
    ["1:1: a ratio", seed000, "普高与职高的比例", undefined, "0.00"],
    ["6500万元: money", seed002, "免除农村义务教育阶段学生学杂费筹措资金", undefined, '#,##0.00"万元"'],
    ["76000平方米: area", seed002, "危房改造面积", undefined, "#,##0.0"],
    ["≥4.2人 per hundred pupils: one decimal", youzhi, "每百名学生拥有高于规定学历教师数", "小学", "#,##0.0"],
    ["≥2000元", youzhi, "生均教学仪器设备值", "小学", "#,##0"],
    ["≥10.2平方米", youzhi, "生均体育运动场馆面积", "初中", "#,##0.0"],
    ["差异系数 ≤0.50: the template's own format", youzhi, "7项资源配置指标校际差异系数（取最大者）", "初中", "0.00"],
  ])("%s", (_, plan, indicator, scope, expected) => {
    expect(formats(plan, rowOf(plan, indicator, scope))).toEqual([expected, expected, expected]);
  });

  test("a relative growth target: level as is, the gap as a growth rate", () => {
    const plan = buildTemplatePlan(definition([{ target: "比上年增长5%" }]));
    expect(formats(plan, 0)).toEqual(["General", "General", "0.0%"]);
  });

  test("期限 is a plain year", () => {
    expect(format(seed000, 0, "期限")).toBe("0");
    expect(format(seed000, 0, "序号")).toBe("0");
  });
});

describe("text stays text", () => {
  test("plan text starting with =, +, - or @ is a value in a text column, never a formula", () => {
    const plan = buildTemplatePlan(
      definition([{ section: "+加分项", indicator: "=SUM(A1:A9)", scope: "-全市", quote: "@所有学校", target: "=0%" }], {
        source: '=HYPERLINK("http://x")',
      }),
    );
    const expected: Record<string, string> = { 领域: "+加分项", 指标: "=SUM(A1:A9)", 范围: "-全市", 目标: "=0%", 来源: '=HYPERLINK("http://x")：“@所有学校”' };
    for (const [header, text] of Object.entries(expected)) {
      const j = col(plan, header);
      expect(plan.values[0][j]).toBe(text);
      expect(plan.formulas[0][j]).toBeNull();
      expect(plan.numberFormats[0][j]).toBe("@");
      expect(plan.columns[j].text).toBe(true);
    }
  });

  test("the seed plans' own =, + and - targets sit in the text column", () => {
    const plan = buildTemplatePlan(getTemplate("seed-000")!);
    const targets = plan.values.map((v) => v[col(plan, "目标")] as string);
    expect(targets).toContain("=0%");
    expect(targets).toContain("+3~5个百分点");
    expect(plan.columns[col(plan, "目标")].text).toBe(true);
  });
});

describe("overrides", () => {
  const xueqian = getTemplate("xueqian-puhui-2020")!;

  test("a province's stricter threshold, by indicator (河南 学前三年毛入园率 90%)", () => {
    const plan = buildTemplatePlan(xueqian, { overrides: { 学前三年毛入园率: "≥90%" } });
    const i = rowOf(plan, "学前三年毛入园率");
    expect(cell(plan, i, "目标")).toBe("≥90%");
    expect(plan.metadata.targets[i]).toMatchObject({ comparator: ">=", value: 0.9, unit: "%" });
    expect(plan.metadata.overrides).toEqual({ 学前三年毛入园率: "≥90%" });
    // The other rows keep the national figure.
    expect(cell(plan, rowOf(plan, "公办园在园幼儿占比"), "目标")).toBe("≥50%");
  });

  test("by row key, in plan wording", () => {
    const plan = buildTemplatePlan(xueqian, { overrides: { 毛入园率: "达到90%以上" } });
    expect(cell(plan, rowOf(plan, "学前三年毛入园率"), "目标")).toBe("≥90%");
  });

  test("an unknown key is a clear error", () => {
    expect(() => buildTemplatePlan(xueqian, { overrides: { 毛入学率: "≥90%" } })).toThrow(/没有行号或指标“毛入学率”/);
  });

  test("an indicator on several rows asks for a row key", () => {
    const youzhi = getTemplate("youzhi-junheng-2017")!;
    expect(() => buildTemplatePlan(youzhi, { overrides: { 生均教学仪器设备值: "≥3000元" } })).toThrow(/小学6、初中6/);
    const plan = buildTemplatePlan(youzhi, { overrides: { 初中6: "≥3000元" } });
    expect(cell(plan, rowOf(plan, "生均教学仪器设备值", "初中"), "目标")).toBe("≥3000元");
    expect(cell(plan, rowOf(plan, "生均教学仪器设备值", "小学"), "目标")).toBe("≥2000元");
  });

  test("an unreadable override names the row", () => {
    try {
      buildTemplatePlan(xueqian, { overrides: { 毛入园率: "提高质量" } });
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(PlanError);
      expect((e as PlanError).code).toBe("not_a_target");
      expect((e as PlanError).message).toMatch(/毛入园率/);
    }
  });
});

describe("refusals", () => {
  test("an unknown formula mode, and portable formulas without their helper cells", () => {
    expect(() => buildTemplatePlan(getTemplate("seed-000")!, { mode: "fast" as never })).toThrow(/未知的公式模式/);
    expect(() => formulasFor("portable", { actual: "I2", target: "E2", baseline: "H2", note: "M2" })).toThrow(PlanError);
  });

  test("the summary has actuals, not targets: it fills other templates instead", () => {
    expect(() => buildTemplatePlan(getTemplate("summary-001")!)).toThrow(/fillActualsFromSummary/);
  });

  test("an unreadable target in a definition names its row", () => {
    expect(() => buildTemplatePlan(definition([{}, { key: "坏行", target: "办好人民满意的教育" }]))).toThrow(/坏行/);
  });
});

describe("names", () => {
  test.each([
    ["a/b:c*d?e[f]g\\h", "a_b_c_d_e_f_g_h"],
    ["  'quoted'  ", "quoted"],
    ["History", "History_"],
    ["history", "History_"],
    ["", "达标"],
    ["   ", "达标"],
    ["一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一"],
  ])("legalSheetName(%p) = %p", (input, expected) => {
    expect(legalSheetName(input)).toBe(expected);
  });

  test("uniqueSheetName is case-insensitive and stays within 31 characters", () => {
    expect(uniqueSheetName("Plan", ["plan"])).toBe("Plan (2)");
    const long = "教".repeat(40);
    const second = uniqueSheetName(long, [legalSheetName(long)]);
    expect(second.endsWith(" (2)")).toBe(true);
    expect(second.length).toBeLessThanOrEqual(31);
  });

  test.each([
    ["2008教育目标", "表2008教育目标"],
    ["A1", "_A1"],
    ["xfd1048576", "_xfd1048576"],
    ["R1C1", "_R1C1"],
    ["r", "_r"],
    ["C", "_C"],
    ["RC", "_RC"],
    ["my table-1", "my_table_1"],
    ["\\path", "\\path"],
    ["", "达标表"],
    ["a.b_c", "a.b_c"],
    ["TRUE", "_TRUE"],
    ["false", "_false"],
    ["R2D2目标", "_R2D2目标"],
    ["C1类指标", "_C1类指标"],
    ["Rate", "Rate"],
    ["Class指标", "Class指标"],
  ])("legalTableName(%p) = %p", (input, expected) => {
    expect(legalTableName(input)).toBe(expected);
  });

  test("uniqueTableName counts tables and defined names alike, case-insensitively", () => {
    expect(uniqueTableName("Plan", ["PLAN", "plan_2"])).toBe("Plan_3");
    expect(legalTableName("x".repeat(300))).toHaveLength(255);
  });

  test("any text gives a legal sheet name and a legal table name", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60, unit: fc.constantFrom("a", "'", " ", "/", "教", "1", "R", "C", "_", "\\", "\n", "TRUE", "D2") }), fc.array(fc.string({ maxLength: 40 }), { maxLength: 5 }), (name, others) => {
        // The name itself is always taken, so that the suffixes are exercised.
        const existing = [...others, legalSheetName(name), legalTableName(name)];
        const sheet = uniqueSheetName(name, existing);
        expect(sheet.length).toBeGreaterThan(0);
        expect(sheet.length).toBeLessThanOrEqual(31);
        expect(sheet).not.toMatch(/[[\]:*?/\\]/);
        expect(sheet.trim()).toBe(sheet);
        expect(sheet).not.toMatch(/^'|'$/);
        expect(sheet.toUpperCase()).not.toBe("HISTORY");
        expect(existing.map((e) => e.toUpperCase())).not.toContain(sheet.toUpperCase());
        const table = uniqueTableName(name, existing);
        expect(table).toMatch(/^[\p{L}_\\][\p{L}\p{N}_.]*$/u);
        expect(table.length).toBeLessThanOrEqual(255);
        expect(table).not.toMatch(/^([A-Za-z]{1,3}\d+|[Rr]\d*([Cc]\d*)?|[Cc]\d*)$/);
        // Excel's rules as the fake workbook knows them (written apart from the code under test).
        expect({ table, ok: excelAcceptsTableName(table) }).toEqual({ table, ok: true });
        expect({ sheet, ok: excelAcceptsSheetName(sheet) }).toEqual({ sheet, ok: true });
        expect(existing.map((e) => e.toUpperCase())).not.toContain(table.toUpperCase());
      }),
    );
  });
});

describe("fillActualsFromSummary", () => {
  const summary = getTemplate("summary-001")!;

  test("本科上线率 (全县 61.2%) fills 普通高校本科上线率, not the 景中 figure", () => {
    const { template, matches, ambiguous } = fillActualsFromSummary(getTemplate("seed-000")!, summary);
    expect(ambiguous).toEqual([]);
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ rowKey: "000-15", summaryIndicator: "本科上线率", summaryScope: "全县", reported: "=61.2%", approximate: false });
    expect(matches[0].actual).toBeCloseTo(0.612, 12);
    const row = template.rows.find((r) => r.key === "000-15")!;
    expect(row.actual).toBeCloseTo(0.612, 12);
    // 重点线上线率 is another indicator: left blank.
    expect(template.rows.find((r) => r.indicator === "重点线上线率")!.actual).toBeUndefined();
    // The filled template builds, with the actual in 实际值.
    const plan = buildTemplatePlan(template);
    expect(cell(plan, rowOf(plan, "普通高校本科上线率"), "实际值")).toBeCloseTo(0.612, 12);
  });

  test("学生每天锻炼时间 takes the summary's 1小时; 培养学科带头人数 is a flow, not the 16 on staff", () => {
    expect(fillActualsFromSummary(getTemplate("seed-002")!, summary).matches.map((m) => [m.rowKey, m.actual])).toEqual([["002-06", 1]]);
    expect(fillActualsFromSummary(getTemplate("seed-003")!, summary).matches).toEqual([]);
  });

  test("an approximation (60余万元) is filled with its bound and flagged", () => {
    const def = definition([{ indicator: "依法治校宣传投资", scope: "全县", target: "≥50万元" }]);
    const { matches } = fillActualsFromSummary(def, summary);
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ actual: 60, approximate: true, reported: "≥60万元" });
  });

  test("units must agree", () => {
    const def = definition([{ indicator: "依法治校宣传投资", scope: "全县", target: "≥50%" }]);
    expect(fillActualsFromSummary(def, summary).matches).toEqual([]);
  });

  test("two equally good figures are reported, never guessed", () => {
    const twin = definition(
      [
        { key: "a", indicator: "巩固率", scope: "小学", target: null, kind: "actual", reported: "=99%" },
        { key: "b", indicator: "巩固率", scope: "初中", target: null, kind: "actual", reported: "=97%" },
      ],
      { kind: "actuals" },
    );
    const { matches, ambiguous, template } = fillActualsFromSummary(definition([{ key: "t", indicator: "巩固率", target: "≥95%" }]), twin);
    expect(matches).toEqual([]);
    expect(ambiguous).toEqual([{ rowKey: "t", candidates: ["a", "b"] }]);
    expect(template.rows[0].actual).toBeUndefined();
    // With the scope stated, the choice is clear.
    const scoped = fillActualsFromSummary(definition([{ key: "t", indicator: "巩固率", scope: "初中", target: "≥95%" }]), twin);
    expect(scoped.matches.map((m) => [m.summaryKey, m.actual])).toEqual([["b", 0.97]]);
  });

  test("trivial differences match: (%) markers, 比例/占比/率, 全县 prefixes, spaces, full-width and Traditional forms", () => {
    const template = definition([
      { key: "a", indicator: "学前教育毛入园率(%)", target: "≥99%" },
      { key: "b", indicator: "普惠性幼儿园覆盖率", target: "≥90%" },
      { key: "c", indicator: "省市优质幼儿园比例", target: "≥90%" },
      { key: "d", indicator: "义务教育巩固率", target: "100%" },
    ]);
    const reported = definition(
      [
        { key: "s1", indicator: "全县学前教育毛入园率", target: null, kind: "actual", reported: "=99.5%" },
        { key: "s2", indicator: "普惠性幼儿园覆盖比例", target: null, kind: "actual", reported: "=91%" },
        { key: "s3", indicator: "省市优质幼儿园 占比（％）", target: null, kind: "actual", reported: "=88%" },
        { key: "s4", indicator: "義務教育鞏固率", target: null, kind: "actual", reported: "=99.6%" },
        { key: "s5", indicator: "专任教师数", target: null, kind: "actual", reported: "=1234人" },
      ],
      { kind: "actuals" },
    );
    const { matches, unmatched } = fillActualsFromSummary(template, reported);
    expect(matches.map((m) => [m.rowKey, m.summaryKey])).toEqual([["a", "s1"], ["b", "s2"], ["c", "s3"], ["d", "s4"]]);
    // What filled no row is offered for assigning by hand, with its value in Excel's numbers.
    expect(unmatched).toEqual([{ summaryKey: "s5", indicator: "专任教师数", scope: null, actual: 1234, reported: "=1234人", approximate: false, quote: "原文" }]);
  });

  test("figures that matched no row, or tied, are all listed as unmatched", () => {
    const { unmatched, matches } = fillActualsFromSummary(getTemplate("seed-000")!, summary);
    const used = new Set(matches.map((m) => m.summaryKey));
    const levels = summary.rows.filter((r) => r.kind === "actual" && typeof r.reported === "string");
    expect(unmatched.map((u) => u.summaryKey)).toEqual(levels.map((r) => r.key).filter((k) => !used.has(k)));
  });

  test("the template given is not changed", () => {
    const seed = getTemplate("seed-000")!;
    fillActualsFromSummary(seed, summary);
    expect(seed.rows.every((r) => r.actual === undefined)).toBe(true);
  });
});

describe("portable mode", () => {
  const plan = buildTemplatePlan(getTemplate("seed-000")!, { mode: "portable" });
  const live = buildTemplatePlan(getTemplate("seed-000")!);
  const HELPERS = ["辅助·目标", "辅助·比较", "辅助·下限", "辅助·上限", "辅助·百分数", "辅助·相对增减", "辅助·校验"];

  test("the visible columns are live mode's; seven hidden helper columns follow 来源", () => {
    expect(plan.columns.map((c) => c.header)).toEqual([...HEADERS, ...HELPERS]);
    expect(plan.columns.filter((c) => c.hidden).map((c) => c.header)).toEqual(HELPERS);
    expect(plan.columns.slice(0, 14).map((c) => c.kind)).toEqual(KINDS);
    expect(plan.metadata.mode).toBe("portable");
    expect(plan.values.map((v) => v.slice(0, 9))).toEqual(live.values.map((v) => v.slice(0, 9)));
  });

  test("helper constants from the parsed target, written out by hand", () => {
    const helpers = (i: number) => plan.values[i].slice(14, 20);
    expect(helpers(rowOf(plan, "适龄儿童少年入学率", "全市"))).toEqual(["≥100%", ">=", 1, null, 1, 0]);
    expect(helpers(rowOf(plan, "法定年龄学生流生率", "全市"))).toEqual(["≤0.5%", "<=", null, 0.005, 1, 0]);
    expect(helpers(rowOf(plan, "普通高校本科上线率"))).toEqual(["+3~5个百分点", "increase_by", 0.03, 0.05, 1, 0]);
    expect(helpers(rowOf(plan, "中小学校长培训人数"))).toEqual(["280人", ">=", 280, null, 0, 0]);
    const relative = buildTemplatePlan(definition([{ target: "比上年增长10%" }, { target: "1:15" }]), { mode: "portable" });
    expect(relative.values[0].slice(14, 20)).toEqual(["+10%", "increase_by", 0.1, null, 1, 1]);
    expect(relative.values[1].slice(14, 20)).toEqual(["1:15", "ratio", 1 / 15, 1 / 15, 0, 0]);
  });

  test("native formulas only, reading this row's cells and helpers", () => {
    const allowed = new Set(["IF", "AND", "OR", "MAX", "ABS", "ISNUMBER", "LEN", "TRIM"]);
    for (const f of plan.formulas.flat().filter((x): x is string => x !== null)) {
      const calls = (f.replace(/"[^"]*"/g, '""').match(/[A-Z][A-Z0-9.]*(?=\()/g) ?? []);
      expect(calls.filter((c) => !allowed.has(c))).toEqual([]);
    }
    const r = rowOf(plan, "体育达标率");
    const n = r + 2;
    expect(formula(plan, r, "辅助·校验")).toMatch(new RegExp(`^=IF\\(E${n}<>O${n},"目标已修改，请刷新",`));
    expect(formula(plan, r, "差距")).toMatch(new RegExp(`^=IF\\(U${n}<>"","",MAX\\(`));
    expect(formula(plan, r, "状态")).toMatch(new RegExp(`^=IF\\(U${n}<>"",U${n},IF\\(J${n}<=0,"达标"`));
    expect(formula(plan, r, "进度")).toContain(`IF(J${n}=0,1,"")`);
    // Helpers are constants; only the check column holds a formula.
    expect(plan.columns.map((c, j) => (plan.formulas[r][j] ? c.key : null)).filter(Boolean)).toEqual(["gap", "progress", "status", "h_check"]);
  });

  test("rules: live mode's four, plus the stale flag on 目标 and 状态", () => {
    expect(plan.rules.slice(0, 4)).toEqual(live.rules);
    expect(plan.rules[4]).toMatchObject({ meaning: "stale", columns: ["target", "status"], formula: '=$L2="目标已修改，请刷新"' });
    expect(live.rules.some((r) => r.meaning === "stale")).toBe(false);
  });

  test("formats: helper text as text, helper numbers and the check column General", () => {
    const r = rowOf(plan, "适龄儿童少年入学率", "全市");
    expect(plan.numberFormats[r].slice(14)).toEqual(["@", "@", "General", "General", "General", "General", "General"]);
    expect(plan.numberFormats[r].slice(0, 14)).toEqual(live.numberFormats[r]);
  });

  test("placed at C4, every address moves with it", () => {
    const moved = buildTemplatePlan(getTemplate("seed-002")!, { mode: "portable", anchor: { row: 3, col: 2 } });
    expect(moved.formulas[0][20]).toMatch(/^=IF\(G5<>Q5,/);
    expect(moved.rules[4].formula).toBe('=$N5="目标已修改，请刷新"');
  });
});
