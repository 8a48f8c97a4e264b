/**
 * Statistical yearbook tables (table-yearbook.ts): a header of years, measure rows, part rows
 * with English glosses. Layout of a city yearbook's education page.
 */
import { extractTargets } from "../../src/core/extract";

const table = [
  "175  教育事业基本情况",
  "Basic Statistics on Education",
  "单位:人、所     (person, unit)",
  "             Item 2006 2007",
  "学校数 Number of Schools",
  "普通高等学校 Regular Institutions of Higher Education 38 38",
  "   高 中         Senior 286 262",
  "专任教师 Number of Full-time Teachers",
  "普通高等学校 Regular Institutions of Higher Education 23717 26089",
  "小 学 Primary Schools 113724 119831",
].join("\n");

describe("yearbook tables", () => {
  test("each figure is its measure's actual for its part in its column's year; the unit follows the measure", () => {
    const items = extractTargets(table);
    expect(items.map((x) => [x.indicator, x.scope, x.comparator, x.value, x.unit, x.kind, x.deadline])).toEqual([
      ["学校数", "普通高等学校", "=", 38, "所", "actual", 2006],
      ["学校数", "普通高等学校", "=", 38, "所", "actual", 2007],
      ["学校数", "高中", "=", 286, "所", "actual", 2006],
      ["学校数", "高中", "=", 262, "所", "actual", 2007],
      ["专任教师数", "普通高等学校", "=", 23717, "人", "actual", 2006],
      ["专任教师数", "普通高等学校", "=", 26089, "人", "actual", 2007],
      ["专任教师数", "小学", "=", 113724, "人", "actual", 2006],
      ["专任教师数", "小学", "=", 119831, "人", "actual", 2007],
    ]);
    for (const it of items) expect(table.slice(it.start, it.end)).toBe(it.quote);
    expect(items[1].quote.endsWith("38 38")).toBe(true);
  });

  test("a plan's years (2020 | 2025) are no yearbook: the base year reports, the target year plans", () => {
    const items = extractTargets("Item 2020 2025\n学前三年毛入园率 88 92\n巩固率 95 96\n");
    expect(items.every((x) => !(x.kind === "actual" && x.deadline === 2025))).toBe(true);
  });
});

describe("a measure row with its own total, over its part rows", () => {
  // 广州统计年鉴2022 18-9 (blind set 21): 项   目 spaced out, the measure's total on its own row
  const text = [
    "18-9 各类学校教职工人数及专任教师数",
    "单位:人 (person)",
    "项   目 Item 2020 2021",
    "各类学校教职工人数 Number of Staff and Workers by Type of School 247224 266394",
    " 普通高等学校  Regular Institutions of Higher Education 98415 111499",
    " 小 学  Primary Schools 67648 75302",
    "各类学校专任教师数 Number of Full-time Teachers by Type of School  194760 202702",
    " # 高 中   Senior Secondary Schools 14620 14713",
  ].join("\n");
  test("the total is of 各类学校; the parts after it take its measure", () => {
    expect(extractTargets(text).map((x) => [x.indicator, x.scope, x.value, x.unit, x.deadline])).toEqual([
      ["教职工人数", "各类学校", 247224, "人", 2020],
      ["教职工人数", "各类学校", 266394, "人", 2021],
      ["教职工人数", "普通高等学校", 98415, "人", 2020],
      ["教职工人数", "普通高等学校", 111499, "人", 2021],
      ["教职工人数", "小学", 67648, "人", 2020],
      ["教职工人数", "小学", 75302, "人", 2021],
      ["专任教师数", "各类学校", 194760, "人", 2020],
      ["专任教师数", "各类学校", 202702, "人", 2021],
      ["专任教师数", "高中", 14620, "人", 2020],
      ["专任教师数", "高中", 14713, "人", 2021],
    ]);
  });
});
