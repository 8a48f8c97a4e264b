/**
 * A `|` table whose header runs over two or three lines (table-nested-header.ts; 重庆开州区
 * 2022年秋季学期各学段资助情况汇总表, blind set 100): the columns are the header's leaves in
 * reading order, and every row gives as many figures.
 */
import fs from "fs";
import path from "path";
import { extractTargets } from "../../src/core/extract";
import { readNestedHeader } from "../../src/core/extract/table-nested-header";
import { splitLines } from "../../src/core/extract/text";

const real = (name: string): string => fs.readFileSync(path.join(__dirname, "../fixtures/extraction/real", name), "utf8");

const row = (text: string, i: number) => readNestedHeader(text, splitLines(text), i)?.items.map((x) => [x.indicator, x.scope, x.shown.value, x.shown.unit, x.year ?? null]) ?? null;

describe("a header nested over three lines", () => {
  const items = extractTargets(real("blind100-kaizhou-2022-zizhu-table.txt"));

  test("the group over 金额 | 人数 | 人次 names them, the cell that lists the third line's cells spans them", () => {
    expect(items.filter((x) => x.scope === "学前" && !x.indicator.startsWith("免")).map((x) => [x.indicator, x.value, x.unit, x.deadline, x.kind])).toEqual([
      ["资助金额", 224.4252, "万元", 2022, "actual"],
      ["资助人数", 2072, "人", 2022, "actual"],
      ["资助人次", 4172, "人次", 2022, "actual"],
      ["脱贫户(含监测户)学生资助金额", 130.078, "万元", 2022, "actual"],
      ["脱贫户(含监测户)学生资助人数", 1203, "人", 2022, "actual"],
      ["脱贫户(含监测户)学生资助人次", 2417, "人次", 2022, "actual"],
      ["低保家庭学生人数", 463, "人", 2022, "actual"],
      ["特困供养学生人数", 2, "人", 2022, "actual"],
      ["孤儿学生(含事实无人抚养)人数", 17, "人", 2022, "actual"],
      ["家庭经济困难残疾学生及残疾人子女人数", 45, "人", 2022, "actual"],
      ["残疾军人子女人数", 47, "人", 2022, "actual"],
      ["烈士子女人数", 1, "人", 2022, "actual"],
      ["其他家庭经济贫困学生人数", 294, "人", 2022, "actual"],
    ]);
  });

  test("a row group (学前(秋) | 免保教费) is kept by the rows after it that give one label; a time (2022年秋) is no group", () => {
    const first = (scope: string, name: string) => items.find((x) => x.scope === scope && x.indicator === name)?.value;
    expect(first("学前", "免保教费资助金额")).toBe(156.47);
    expect(first("学前", "免生活费资助金额")).toBe(67.9552);
    expect(first("小学", "资助金额")).toBe(767.814);
    expect(items.filter((x) => x.scope === "小学").length).toBe(13 * 3 + 3); // the last row, cut off, read from the left
  });
});

describe("a header over two lines, and what it leaves to the other readers", () => {
  const twoLines = "单位:万元\n学段 | 2023年春季学期 | 2023年秋季学期 |\n金额 | 人数 | 金额 | 人数 |\n小学 | 12.5 | 250 | 13 | 260 |\n初中 | 20 | 300 | 21 | 310 |\n";

  test("every leaf under one line of groups, in the money unit stated above", () => {
    expect(row(twoLines, 1)).toEqual([
      ["金额", "小学", 12.5, "万元", 2023],
      ["人数", "小学", 250, "人", 2023],
      ["金额", "小学", 13, "万元", 2023],
      ["人数", "小学", 260, "人", 2023],
      ["金额", "初中", 20, "万元", 2023],
      ["人数", "初中", 300, "人", 2023],
      ["金额", "初中", 21, "万元", 2023],
      ["人数", "初中", 310, "人", 2023],
    ]);
  });

  test("rows of other lengths than the leaves, or a header on one line, are not read as one", () => {
    expect(row(twoLines.replace("| 260 |", "|"), 1)).toBeNull();
    expect(row("学段 | 金额 | 人数 | 人次 |\n小学 | 12.5 | 250 | 300 |\n初中 | 20 | 300 | 310 |\n", 0)).toBeNull();
    expect(row("学段 | 春季 | 秋季 |\n金额 | 人数 | 金额 |\n小学 | 1 | 2 | 3 | 4 |\n初中 | 1 | 2 | 3 | 4 |\n", 0)).toBeNull();
  });
});
