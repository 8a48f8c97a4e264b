import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { PlanError } from "../../src/core/errors";
import { parseTarget, tryParseTarget } from "../../src/core/parse-target";
import { COMPARATORS, Target } from "../../src/core/target";

/** Fragments of plan language, so random strings reach the interesting branches. */
const PIECES = [
  "达到", "以上", "以下", "以内", "不低于", "不少于", "不超过", "控制在", "保持在", "比上年提高", "下降", "降低到",
  "个百分点", "百分点", "pp", "%", "%%", "％", "‰", "三分之二", "百分之", "分之", "~", "～", "-", "--", "—", ":", "：",
  "≥", "≤", ">", "<", "=", "+", "−", "一", "二", "两", "十", "百", "千", "万", "亿", "零", "〇", "点", "五", "九",
  "0", "1", "9", "99.2", ".", "1,500", ",", "，", "、", "。", "“", "”", "《", "》", "\"", "第", "周岁", "岁", "年",
  "月", "日", "无", "一位", "流生", "事故", "前", "名", "所", "个", "人", "人次", "万元", "㎡", "X", "*", "(", ")",
  " ", "\n", "左右", "多", "余", "近", "为", "达", "提高", "到", "至", "内", "不得", "高", "初", "性", "起", "级", "来",
  "十四五", "一免一补", "入学率", "\u0000", "\ud800", "🙂",
];

const GOLD_QUOTES: string[] = fs
  .readFileSync(path.join(__dirname, "../fixtures/extraction/gold.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => (JSON.parse(l) as { quote: string }).quote);

const pieceString = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(""));

/** A gold quote with random pieces inserted, spans deleted or duplicated. */
const mutatedQuote = fc
  .tuple(
    fc.constantFrom(...GOLD_QUOTES),
    fc.array(fc.tuple(fc.nat(200), fc.nat(200), fc.constantFrom(...PIECES), fc.integer({ min: 0, max: 2 })), {
      maxLength: 6,
    }),
  )
  .map(([quote, ops]) => {
    let s = quote;
    for (const [i, j, piece, op] of ops) {
      const a = i % (s.length + 1);
      const b = a + (j % (s.length - a + 1));
      if (op === 0) s = s.slice(0, a) + piece + s.slice(a);
      else if (op === 1) s = s.slice(0, a) + s.slice(b);
      else s = s.slice(0, b) + s.slice(a, b) + s.slice(b);
    }
    return s;
  });

function timed(text: string): number {
  const t0 = performance.now();
  try {
    parseTarget(text);
  } catch {
    // timing only
  }
  return performance.now() - t0;
}

/** Best of three, so a GC pause elsewhere does not fail the test. */
function bestTime(text: string): number {
  return Math.min(timed(text), timed(text), timed(text));
}

/** A returned target must be usable by evaluate(): finite numbers in the right fields. */
function checkTarget(r: Target): void {
  expect(COMPARATORS).toContain(r.comparator);
  if (r.comparator === "ratio") {
    expect(r.ratio).not.toBeNull();
    const [a, b] = r.ratio as [number, number];
    expect(Number.isFinite(a) && Number.isFinite(b) && b !== 0).toBe(true);
    expect(r.unit).toBeNull();
  } else if (r.value === null) {
    expect(r.comparator === "range" || r.comparator === "increase_by" || r.comparator === "decrease_by").toBe(true);
    expect(Number.isFinite(r.min as number) && Number.isFinite(r.max as number)).toBe(true);
    expect(r.min as number).toBeLessThanOrEqual(r.max as number);
  } else {
    expect(Number.isFinite(r.value)).toBe(true);
    expect(r.min).toBeNull();
    expect(r.max).toBeNull();
  }
  expect(r.percent).toBe(r.unit === "%" || r.unit === "‰" || r.unit === "个百分点");
  if (!r.stated) expect(r.comparator).toBe(">=");
}

function checkInput(text: string): void {
  let result: Target | null = null;
  try {
    result = parseTarget(text);
  } catch (e) {
    expect(e).toBeInstanceOf(PlanError);
    expect((e as PlanError).code).toBe("not_a_target");
  }
  if (result) checkTarget(result);
  const tried = tryParseTarget(text);
  expect(tried).toEqual(result);
  const ms = timed(text);
  if (ms >= 10) expect(bestTime(text)).toBeLessThan(10);
}

describe("parseTarget fuzz", () => {
  test("random plan-language strings: only PlanError, tryParseTarget agrees, < 10 ms", () => {
    fc.assert(fc.property(pieceString, (s) => checkInput(s)), { numRuns: 3000 });
  });

  test("mutated gold quotes", () => {
    fc.assert(fc.property(mutatedQuote, (s) => checkInput(s)), { numRuns: 3000 });
  });

  test("arbitrary unicode, lone surrogates included", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 60 }), (s) => checkInput(s)), { numRuns: 2000 });
  });

  test("compact forms with random operators and tails", () => {
    const compact = fc
      .tuple(fc.constantFrom("≥", ">=", "≤", "<=", "=", "+", "-", ">", "<", "≧", "＞＝"), pieceString)
      .map(([op, rest]) => op + rest);
    fc.assert(fc.property(compact, (s) => checkInput(s)), { numRuns: 2000 });
  });

  test("tryParseTarget never throws, whatever it is given", () => {
    for (const v of [undefined, null, 0, NaN, {}, [], Symbol("x"), () => 1, new String("≥1")]) {
      expect(() => tryParseTarget(v as unknown as string)).not.toThrow();
    }
    expect(() => parseTarget({} as unknown as string)).toThrow(PlanError);
  });

  const N = 100_000;
  /** unit repeated to exactly N characters. */
  const fill = (unit: string): string => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
  const adversarial: Array<[string, string]> = [
    ["1人 repeated", fill("1人")],
    ["达到 repeated", fill("达到")],
    ["open quotes", fill("“")],
    ["3- chain", fill("3-")],
    ["1: chain", fill("1:")],
    ["无一位 repeated", fill("无一位")],
    ["十四五 repeated", fill("十四五")],
    ["digits", fill("9")],
    ["Chinese digits", fill("一")],
    ["不 prefixes", fill("不")],
    ["operator then digits", "≥" + fill("9").slice(1)],
    ["operator then figures", "≥" + fill("1人").slice(1)],
    ["many stated figures", fill("达到1%以上")],
    ["comma-separated figures", fill("1%，")],
    ["三分之 chain", fill("三分之")],
    ["quotes around numbers", fill("“1”")],
    ["distractors only", fill("第1")],
    ["words without numbers", fill("力争达到控制在以上左右")],
    // Under the numeral cap, so every figure goes through the whole reader.
    ["sparse stated figures", fill("达到1%以上，" + "的".repeat(200))],
    ["sparse bare figures", fill("“第1”、2023年3月、1人" + "提高".repeat(100))],
    ["sparse ranges and ratios", fill("3-5所1:2" + "保持".repeat(100))],
    ["one figure at the end", fill("提").slice(9) + "达到99.2%以上"],
    ["random pieces", fill(Array.from({ length: 5000 }, (_, i) => PIECES[(i * 7919) % PIECES.length]).join(""))],
  ];
  test.each(adversarial)("100,000 chars (%s) within 10 ms per 10 KB", (_name, text) => {
    expect(text.length).toBe(N);
    timed(text); // warm-up
    // The bound (10 ms per 10 KB of text), not wall-clock luck on a shared 2-core machine.
    expect(bestTime(text)).toBeLessThan(Buffer.byteLength(text, "utf8") / 1024);
    expect(() => tryParseTarget(text)).not.toThrow();
  });

  test("a long text with one figure is still read", () => {
    expect(parseTarget(fill("提").slice(9) + "达到99.2%以上").value).toBeCloseTo(0.992, 12);
  });

  test("a text with hundreds of numbers is refused as several targets", () => {
    expect(() => parseTarget(fill("1人"))).toThrow(/多个目标/);
  });
});
