import { execFileSync, spawnSync } from "child_process";
import path from "path";
import { main } from "../../src/cli/plan-targets";

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("plan-targets (in-process)", () => {
  test("number", () => {
    expect(JSON.parse(run("number", "一万二").out)).toEqual({ value: 12000, percent: false });
    expect(JSON.parse(run("number", "百分之九十五").out)).toEqual({ value: 0.95, percent: true });
  });

  test("parse prints the gold-set conventions (shown numbers)", () => {
    expect(JSON.parse(run("parse", "达到99.2%以上").out)).toMatchObject({ comparator: ">=", value: 99.2, unit: "%" });
    expect(JSON.parse(run("parse", "比上年提高3-5个百分点").out)).toMatchObject({ comparator: "increase_by", min: 3, max: 5, unit: "个百分点" });
    expect(JSON.parse(run("parse", "保持在1:1").out)).toMatchObject({ comparator: "ratio", ratio: [1, 1], unit: null });
  });

  test("check uses Excel's fractions", () => {
    expect(JSON.parse(run("check", "0.98", "≥99.2%").out)).toMatchObject({ status: "missed", gap: 0.012 });
    expect(JSON.parse(run("check", "", "≥99.2%").out)).toMatchObject({ status: "pending", gap: null });
    expect(JSON.parse(run("check", "0.93", "+3pp", "--baseline", "0.9").out)).toMatchObject({ status: "met", gap: 0 });
    expect(JSON.parse(run("check", "-3", "≥0").out)).toMatchObject({ status: "missed", gap: 3 });
  });

  test.each([
    [["number", "abc"], 1, /abc/],
    [["parse", "提高教学质量"], 1, /提高教学质量/],
    [["check", "0.9"], 2, /两个参数/],
    [["check", "0.9", "≥1", "--nope", "1"], 2, /--nope/],
    [["frobnicate"], 2, /未知命令/],
  ])("%p exits %p with a clear message", (argv, code, message) => {
    const r = run(...(argv as string[]));
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
  });
});

describe("the built bin (npm test builds first)", () => {
  const bin = path.resolve(__dirname, "../../bin/plan-targets.js");

  test("prints JSON and exits 0", () => {
    const out = execFileSync("node", [bin, "check", "0.98", "≥99.2%"], { encoding: "utf8" });
    expect(JSON.parse(out)).toMatchObject({ status: "missed", label: "未达标", gap: 0.012 });
  });

  test("bad input: message on stderr, non-zero exit", () => {
    const r = spawnSync("node", [bin, "parse", "无目标"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/错误/);
    expect(r.stdout).toBe("");
  });
});

test("per-mille targets are shown per mille, not per cent", () => {
  expect(JSON.parse(run("parse", "婴儿死亡率控制在5‰以内").out)).toMatchObject({ comparator: "<=", value: 5, unit: "‰" });
  expect(JSON.parse(run("check", "0.004", "≤5‰").out)).toMatchObject({ status: "met", gap: 0 });
});
