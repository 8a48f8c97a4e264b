/**
 * A yearbook's `|` table whose two-row header was copied cell after cell (table-spanned-header.ts;
 * 山东统计年鉴 2006 17-31, blind set 95): the groups that span columns take the cells of the
 * header's last line.
 */
import fs from "fs";
import path from "path";
import { extractTargets } from "../../src/core/extract";
import { readSpannedHeader } from "../../src/core/extract/table-spanned-header";
import { splitLines } from "../../src/core/extract/text";

const real = (name: string): string => fs.readFileSync(path.join(__dirname, "../fixtures/extraction/real", name), "utf8");

describe("a two-row header copied cell after cell", () => {
  test("小学 over 升学率 and 辍学率: six columns, each in its own unit, dated by the (2005年) above", () => {
    const items = extractTargets(real("blind95-shandong-2005-cities-primary-kindergarten-table.txt"));
    expect(items.filter((x) => x.scope === "济南市").map((x) => [x.indicator, x.value, x.unit, x.deadline, x.kind])).toEqual([
      ["学龄儿童入学率", 100, "%", 2005, "actual"],
      ["小学升学率", 99.7, "%", 2005, "actual"],
      ["小学辍学率", 0.04, "%", 2005, "actual"],
      ["幼儿园数", 1340, "所", 2005, "actual"],
      ["入园(班)儿童数", 125694, "人", 2005, "actual"],
      ["专任教师数", 5809, "人", 2005, "actual"],
    ]);
  });

  test("two groups share the last line's cells in order", () => {
    const text = "(2020年) | 单位:人 |\n地 区 | 学校数 (所) | 在校生 | 专任教师 |\n城镇 | 乡村 | 城镇 | 乡村 |\n甲县 | 12 | 3000 | 1000 | 200 | 80 |\n乙县 | 9 | 2500 | 900 | 150 | 70 |\n";
    const t = readSpannedHeader(text, splitLines(text), 1);
    expect(t?.items.slice(0, 5).map((x) => [x.indicator, x.scope, x.shown.value, x.shown.unit])).toEqual([
      ["学校数", "甲县", 12, "所"],
      ["在校生城镇", "甲县", 3000, "人"],
      ["在校生乡村", "甲县", 1000, "人"],
      ["专任教师城镇", "甲县", 200, "人"],
      ["专任教师乡村", "甲县", 80, "人"],
    ]);
  });

  test("a header on one line, or cells that do not add up to the rows, are left to the other readers", () => {
    const oneLine = "地区 | 学校数 | 在校生数 | 教师数 |\n甲县 | 12 | 3000 | 200 |\n乙县 | 9 | 2500 | 150 |\n";
    expect(readSpannedHeader(oneLine, splitLines(oneLine), 0)).toBeNull();
    const uneven = "地区 | 学校数 | 在校生 |\n城镇 | 乡村 | 合计 |\n甲县 | 12 | 3000 | 1000 | 200 | 80 | 5 |\n乙县 | 9 | 2500 | 900 | 150 | 70 | 6 |\n";
    expect(readSpannedHeader(uneven, splitLines(uneven), 0)).toBeNull();
  });
});
