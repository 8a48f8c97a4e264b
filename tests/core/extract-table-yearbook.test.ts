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
