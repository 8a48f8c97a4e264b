/**
 * A `|` table with a year on each row and a measure in each column (table-year-rows.ts; 惠安一中's
 * results in markdown, blind set 98).
 */
import fs from "fs";
import path from "path";
import { extractTargets } from "../../src/core/extract";
import { readYearRows } from "../../src/core/extract/table-year-rows";
import { splitLines } from "../../src/core/extract/text";

const real = (name: string): string => fs.readFileSync(path.join(__dirname, "../fixtures/extraction/real", name), "utf8");

describe("a year on each row", () => {
  test("年份 | 本科上线人数 | 本科率 …: each figure its column's actual for its row's year; 1,200+ is at least 1200", () => {
    const items = extractTargets(real("blind98-huian-yizhong-table.txt")).filter((x) => x.deadline === 2021);
    expect(items.slice(0, 5).map((x) => [x.indicator, x.comparator, x.value, x.unit, x.kind])).toEqual([
      ["本科上线人数", ">=", 1200, "人", "actual"],
      ["本科率", "=", 85, "%", "actual"],
      ["重点大学录取人数", ">=", 180, "人", "actual"],
      ["重点率", "=", 15, "%", "actual"],
      ["特长生录取占比", "=", 8, "%", "actual"],
    ]);
  });

  test("年度 with a unit mark in its column and 约 before a figure", () => {
    const text = "年度 | 在校生 (人) | 教师数 |\n2020年 | 约1200 | 80 |\n2021年 | 1300 | 86 |\n";
    const t = readYearRows(text, splitLines(text), 0);
    expect(t?.items.map((x) => [x.indicator, x.shown.comparator, x.shown.value, x.shown.unit, x.year])).toEqual([
      ["在校生", "none", 1200, "人", 2020],
      ["教师数", "=", 80, null, 2020],
      ["在校生", "=", 1300, "人", 2021],
      ["教师数", "=", 86, null, 2021],
    ]);
  });

  test("counts in ten thousands: a column marked (万人) and a cell written 1.2万 (a markdown table of 贵州's intake, blind set 249)", () => {
    const text = "| 年度 | 招生总量(万人) | 中职占比 | 五年制贯通培养 |\n|---|---|---|---|\n| 2020 | 24.3 | 68% | 1.2万 |\n| 2021 | 26.1 | 65% | 1.8万 |\n";
    const t = readYearRows(text, splitLines(text), 0);
    expect(t?.items.map((x) => [x.indicator, x.shown.value, x.shown.unit, x.year])).toEqual([
      ["招生总量", 243000, "人", 2020],
      ["中职占比", 68, "%", 2020],
      ["五年制贯通培养", 12000, null, 2020],
      ["招生总量", 261000, "人", 2021],
      ["中职占比", 65, "%", 2021],
      ["五年制贯通培养", 18000, null, 2021],
    ]);
  });

  test("a unit in each cell and a signed change (大英县中职's intake, blind set 304): 724人 counts people, +39人 is a rise, 1.5万人 is 15000 人", () => {
    const text = "年份 | 新生报到数 | 净增人数 | 覆盖人口 |\n---|---|---|---|\n2020年 | 724人 | +39人 | 1.5万人 |\n2021年 | 789人 | -12人 | 1.6万人 |\n";
    const t = readYearRows(text, splitLines(text), 0);
    expect(t?.items.map((x) => [x.indicator, x.shown.comparator, x.shown.value, x.shown.unit, x.year])).toEqual([
      ["新生报到数", "=", 724, "人", 2020],
      ["净增人数", "increase_by", 39, "人", 2020],
      ["覆盖人口", "=", 15000, "人", 2020],
      ["新生报到数", "=", 789, "人", 2021],
      ["净增人数", "decrease_by", 12, "人", 2021],
      ["覆盖人口", "=", 16000, "人", 2021],
    ]);
    const words = "年份 | 新生报到数 | 去向 |\n2020年 | 724人 | 本地就业 |\n2021年 | 789人 | 外出务工 |\n";
    expect(readYearRows(words, splitLines(words), 0)).toBeNull();
  });

  test("rows of words, or a single row, are no such table", () => {
    const words = "年份 | 本科率 | 重点率 |\n2021 | 稳步提升 | 较高 |\n2022 | 提升 | 较高 |\n";
    expect(readYearRows(words, splitLines(words), 0)).toBeNull();
    const one = "年份 | 本科率 | 重点率 |\n2021 | 85% | 15% |\n说明:数据来自学校。\n";
    expect(readYearRows(one, splitLines(one), 0)).toBeNull();
  });
});
