/** 学前普及普惠 roll-ups from kindergarten rows, against balance.md's 衡南县 example, and the CLI's --standard xueqian-2020. */
import fs from "fs";
import os from "os";
import path from "path";
import { evaluatePreschool } from "../../src/core/balance/preschool";
import { main } from "../../src/cli/plan-targets";

// 衡南县 (hengnan.gov.cn, balance.md §4): 25,113 children, 公办 10,301, 普惠性民办 7,629, 984 专任教师.
const HENGNAN = [
  { name: "公办园合计", nature: "公办", children: 10301, teachers: 500 },
  { name: "普惠性民办园合计", nature: "普惠性民办", children: 7629, teachers: 300 },
  { name: "非普惠民办园合计", nature: "非普惠民办", children: 25113 - 10301 - 7629, teachers: 184 },
];

test("衡南县: 公办占比 41.02%, 普惠覆盖率 71.40%, 师幼比 1 : 25.5", () => {
  const r = evaluatePreschool(HENGNAN);
  const v = Object.fromEntries(r.indicators.map((i) => [i.code, i.value]));
  expect(Number((v.P3 * 100).toFixed(2))).toBe(41.02);
  expect(Number((v.P2 * 100).toFixed(2))).toBe(71.4);
  expect(Number(v.P4.toFixed(1))).toBe(25.5);
  expect(r.indicators.find((i) => i.code === "P2")?.pass).toBe(false); // below 80%
  expect(r.pass).toBe(false);
  expect(r.checks.map((c) => c.column)).toEqual(["适龄人口"]); // 毛入园率 needs the population
});

test("毛入园率 from a typed population; a province threshold replaces the national one", () => {
  const r = evaluatePreschool(HENGNAN, { population: 28000, thresholds: { P1: 0.9 } });
  const p1 = r.indicators.find((i) => i.code === "P1");
  expect(p1?.value).toBeCloseTo(25113 / 28000, 12);
  expect(p1?.threshold).toBe(0.9);
  expect(p1?.pass).toBe(false);
});

test("checks name the kindergarten and the column; blank is never 0", () => {
  const r = evaluatePreschool([
    { name: "甲园", nature: "公办", children: "", teachers: 10 },
    { name: "乙园", nature: "私立", children: 100, teachers: 8 },
    { name: "丙园", nature: "公办", children: 100, teachers: 8, certified: 9 },
  ]);
  expect(r.indicators).toEqual([]);
  expect(r.checks.map((c) => `${c.school}|${c.column}`)).toEqual(["甲园|在园幼儿数", "乙园|办园性质", "丙园|持证专任教师数"]);
});

test("plan-targets balance --standard xueqian-2020 --json", async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dabiao-xq-")), "园.csv");
  fs.writeFileSync(file, ["园名,办园性质,在园幼儿数,专任教师数", ...HENGNAN.map((h) => [h.name, h.nature, h.children, h.teachers].join(","))].join("\n"));
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["balance", file, "--standard", "xueqian-2020", "--json", "--override", "适龄人口=28000"], { out: (l) => out.push(l), err: (l) => err.push(l) });
  expect(code).toBe(0);
  const lines = out.map((l) => JSON.parse(l));
  expect(lines.map((l) => l.indicator)).toEqual(["P1", "P2", "P3", "P4", "all"]);
  expect(lines[2]).toMatchObject({ level: "county", stage: "学前", name: "公办园在园幼儿占比" });
  expect(lines[2].value).toBeCloseTo(10301 / 25113, 12);
  expect(lines[4]).toMatchObject({ indicator: "all", pass: false });
});
