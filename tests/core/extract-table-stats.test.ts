/**
 * Monitoring tables: indicators as columns, statistics (平均值, 标准差, 差异系数) as rows.
 */
import { extractTargets } from "../../src/core/extract";
import { normalizeText, splitLines } from "../../src/core/extract/text";
import { readStatTable } from "../../src/core/extract/table-stats";

const PIPES = [
  "某县2023年义务教育优质均衡发展指标差异系数监测结果(初中部分) |",
  "|||||", "|", "|",
  "序号 |", "项目 |", "生均教学及辅助用房面积 |", "生均体育运动场馆面积 |", "综 合 |", "L1 |", "L2 |", "L3 |", "||",
  "1 |", "全县平均值 |", "4.56 |", "7.92 |", "|",
  "2 |", "标准差 |", "1.31 |", "2.97 |", "|",
  "3 |", "差异系数 |", "0.288 |", "0.375 |", "0.331 |",
  "监测结果表明,校际间均衡程度进一步提高。",
].join("\n");

describe("monitoring tables (table-stats.ts)", () => {
  test("| debris, one cell per line: every statistic of every column, unitless actuals, scope from the caption", () => {
    const items = extractTargets(PIPES);
    expect(items.map((x) => [x.indicator, x.scope, x.comparator, x.value, x.unit, x.kind, x.deadline])).toEqual([
      ["生均教学及辅助用房面积平均值", "初中", "=", 4.56, null, "actual", 2023],
      ["生均体育运动场馆面积平均值", "初中", "=", 7.92, null, "actual", 2023],
      ["生均教学及辅助用房面积标准差", "初中", "=", 1.31, null, "actual", 2023],
      ["生均体育运动场馆面积标准差", "初中", "=", 2.97, null, "actual", 2023],
      ["生均教学及辅助用房面积差异系数", "初中", "=", 0.288, null, "actual", 2023],
      ["生均体育运动场馆面积差异系数", "初中", "=", 0.375, null, "actual", 2023],
      ["综合差异系数", "初中", "=", 0.331, null, "actual", 2023],
    ]);
    for (const it of items) expect(PIPES.slice(it.start, it.end)).toBe(it.quote);
  });

  test("tab-separated rows read the same way; serial numbers are not values", () => {
    const text = "序号\t项目\t生均图书册数\t师生比\n1\t平均值\t35.2\t0.07\n2\t差异系数\t0.41\t0.22\n";
    const s = normalizeText(text);
    const table = readStatTable(s, splitLines(s), 0);
    expect(table?.items.map((x) => [x.indicator, x.value])).toEqual([
      ["生均图书册数平均值", 35.2],
      ["师生比平均值", 0.07],
      ["生均图书册数差异系数", 0.41],
      ["师生比差异系数", 0.22],
    ]);
  });

  test("one space between cells, rows run together, a county's name broken over lines (a PDF's copy, blind set 7)", () => {
    const text = [
      "表3 某市各县义务教育学校校际差异系数",
      "序号 县区 学校类别 生均图书册数(册) 生均教学仪器设备值(元) 师生比 综合 1 城",
      "关",
      "区 小学 平均值 25.1 1200.5 0.061 — 差异系数 0.31 0.42 0.22 0.27 2 东",
      "乡",
      "县 初中 平均值 30.2 1500 0.07 — 差异系数 0.25 0.33 0.18 0.21",
      "从上表可以看出,各县差异系数均达到国家标准。",
    ].join("\n");
    const items = extractTargets(text);
    expect(items.map((x) => [x.indicator, x.scope, x.value, x.unit, x.kind])).toEqual([
      ["生均图书册数平均值", "城关区小学", 25.1, "册", "actual"],
      ["生均教学仪器设备值平均值", "城关区小学", 1200.5, "元", "actual"],
      ["师生比平均值", "城关区小学", 0.061, null, "actual"],
      ["生均图书册数差异系数", "城关区小学", 0.31, null, "actual"],
      ["生均教学仪器设备值差异系数", "城关区小学", 0.42, null, "actual"],
      ["师生比差异系数", "城关区小学", 0.22, null, "actual"],
      ["综合差异系数", "城关区小学", 0.27, null, "actual"],
      ["生均图书册数平均值", "东乡县初中", 30.2, "册", "actual"],
      ["生均教学仪器设备值平均值", "东乡县初中", 1500, "元", "actual"],
      ["师生比平均值", "东乡县初中", 0.07, null, "actual"],
      ["生均图书册数差异系数", "东乡县初中", 0.25, null, "actual"],
      ["生均教学仪器设备值差异系数", "东乡县初中", 0.33, null, "actual"],
      ["师生比差异系数", "东乡县初中", 0.18, null, "actual"],
      ["综合差异系数", "东乡县初中", 0.21, null, "actual"],
    ]);
    for (const it of items) expect(text.slice(it.start, it.end)).toBe(it.quote);
  });

  test("a spaced line that starts 序号 but runs into prose is no table", () => {
    expect(extractTargets("序号 一 全县小学入学率达到100%。").map((x) => [x.comparator, x.value, x.unit])).toEqual([[">=", 100, "%"]]);
  });

  test("a header of 序号/项目 with values before any statistic row is not a monitoring table", () => {
    const text = "序号\t项目\t2020年\t2025年\n1\t入学率\t99\t100\n";
    const s = normalizeText(text);
    expect(readStatTable(s, splitLines(s), 0)).toBeNull();
  });
});

describe("unitless statistics in running text", () => {
  test("差异系数 figures are unitless actuals; a quoted standard in parentheses is not a figure", () => {
    const text = "某县2023年义务教育均衡发展监测结果\n全县小学、初中校际综合差异系数分别为0.335、0.328,均达到国家规定要求(小学≤0.65,初中≤0.55)。";
    expect(extractTargets(text).map((x) => [x.indicator, x.scope, x.comparator, x.value, x.unit, x.kind])).toEqual([
      ["校际综合差异系数", "小学", "=", 0.335, null, "actual"],
      ["校际综合差异系数", "初中", "=", 0.328, null, "actual"],
    ]);
  });

  test("a figure-less clause names the figures after it (综合差异系数,小学0.335,初中0.328)", () => {
    const text = "2023年监测结果\n校际间综合差异系数,小学0.335,初中0.328。";
    expect(extractTargets(text).map((x) => [x.indicator, x.scope, x.value])).toEqual([
      ["校际间综合差异系数", "小学", 0.335],
      ["校际间综合差异系数", "初中", 0.328],
    ]);
  });

  test("a decimal with no unit and no statistic named stays out", () => {
    expect(extractTargets("教育信息化2.0行动计划全面实施。")).toEqual([]);
  });
});
