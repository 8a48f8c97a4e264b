import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { PlanError } from "../../src/core/errors";
import { extractTargets, ExtractedItem } from "../../src/core/extract";

/** Fragments of plans, reports and tables, so random texts reach the interesting branches. */
const PIECES = [
  "达到", "以上", "以下", "以内", "不低于", "不少于", "不超过", "控制在", "保持在", "比上年提高", "分别", "均", "各", "其中",
  "力争", "到二零二五年", "2025年", "“十四五”", "个百分点", "%", "％", "‰", "三分之二", "百分之百", "~", "-", "—", ":", "：",
  "一", "二", "两", "十", "五五", "一五零零", "万", "零", "0", "1", "99.2", "1,500", "，", ",", "、", "。", "；", ";", "\n",
  "\n\n", "\t", "  ", "“", "”", "《", "》", "(", ")", "（", "）", "第", "周岁", "年", "月", "日", "无", "流生", "前三名", "名", "所",
  "个", "人", "人次", "万元", "㎡", "XX", "**", "小学", "初中", "全市", "新建", "培训", "入学率", "学校", "的", "在", "中", "和",
  "一、", "(一)", "1.", "(1)", "指标", "2020年", "属性", "其中：小学", "约束性", "总结", "计划", "完成情况", "source: x", "相关文章",
  "\u0000", "\ud800", "🙂", "學", "萬", "達到",
];

const FIXTURE_TEXTS: string[] = [path.join(__dirname, "../fixtures/seeds"), path.join(__dirname, "../fixtures/extraction/own")].flatMap((dir) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => fs.readFileSync(path.join(dir, f), "utf8")),
);

const pieceText = fc.array(fc.constantFrom(...PIECES), { maxLength: 300 }).map((a) => a.join(""));

/** A fixture document with random pieces inserted and spans deleted or duplicated. */
const mutatedDocument = fc
  .tuple(
    fc.constantFrom(...FIXTURE_TEXTS),
    fc.array(fc.tuple(fc.nat(40000), fc.nat(400), fc.constantFrom(...PIECES), fc.integer({ min: 0, max: 2 })), { maxLength: 12 }),
  )
  .map(([doc, ops]) => {
    let s = doc;
    for (const [i, len, piece, op] of ops) {
      const a = i % (s.length + 1);
      const b = Math.min(s.length, a + len);
      if (op === 0) s = s.slice(0, a) + piece + s.slice(a);
      else if (op === 1) s = s.slice(0, a) + s.slice(b);
      else s = s.slice(0, b) + s.slice(a, b) + s.slice(b);
    }
    return s;
  });

const COMPARATORS = [">=", "<=", "=", "range", "increase_by", "decrease_by", "ratio", "none"];

/** Every item is well formed and quotes the text at its offsets. */
function checkItem(text: string, it: ExtractedItem): void {
  expect(Number.isInteger(it.start) && Number.isInteger(it.end)).toBe(true);
  expect(0 <= it.start && it.start <= it.end && it.end <= text.length).toBe(true);
  expect(it.quote).toBe(text.slice(it.start, it.end));
  expect(COMPARATORS).toContain(it.comparator);
  expect(["target", "actual"]).toContain(it.kind);
  expect(typeof it.indicator === "string" && it.indicator.length > 0).toBe(true);
  if (it.comparator === "ratio") {
    expect(it.ratio && it.ratio.every(Number.isFinite)).toBe(true);
    expect(it.value).toBeNull();
  } else if (it.min !== undefined || it.max !== undefined) {
    expect(Number.isFinite(it.min) && Number.isFinite(it.max) && (it.min as number) <= (it.max as number)).toBe(true);
    expect(it.value).toBeNull();
  } else {
    expect(Number.isFinite(it.value)).toBe(true);
    // unitless figures (差异系数, a table of counts with no unit anywhere) have unit null, never ""
    expect(it.unit === null || (typeof it.unit === "string" && it.unit.length > 0)).toBe(true);
  }
  if (it.deadline !== null) expect(Number.isInteger(it.deadline) && it.deadline >= 1900 && it.deadline <= 2100).toBe(true);
}

function timed(text: string): number {
  const t0 = performance.now();
  try {
    extractTargets(text);
  } catch {
    // timing only
  }
  return performance.now() - t0;
}

/** Best of three, so a GC pause or a busy neighbour does not fail the test. */
function bestTime(text: string): number {
  return Math.min(timed(text), timed(text), timed(text));
}

/** Twice the bound of 10 ms per 10 KB of UTF-8: loose enough for a loaded 2-core machine. */
function allowedMs(text: string): number {
  return Math.max(5, (2 * Buffer.byteLength(text, "utf8")) / 1024);
}

/** Plain plan prose of the same size as the adversarial texts: what a linear run costs on this machine now. */
const REFERENCE = FIXTURE_TEXTS.join("\n").repeat(Math.ceil(100_000 / FIXTURE_TEXTS.join("\n").length)).slice(0, 100_000);
/** How many times slower per byte than plain plans an adversarial text may be (measured: at most 2×). */
const RELATIVE = 4;

function perByte(text: string): number {
  timed(text);
  return bestTime(text) / Buffer.byteLength(text, "utf8");
}

function perByteBound(ms: number, prose: number): boolean {
  return ms < RELATIVE * prose;
}

/**
 * Within twice the bound; or, when the machine is too loaded to time a call alone (other
 * suites and a browser share two cores in CI), within RELATIVE× the per-byte time of plain plans
 * timed right beside it, which the load slows as much. A blow-up (quadratic at 100,000
 * characters) misses both.
 */
function withinBound(text: string): boolean {
  if (bestTime(text) < allowedMs(text)) return true;
  const prose = perByte(REFERENCE);
  return perByteBound(perByte(text), prose);
}

/**
 * For thousands of short random inputs, only an order-of-magnitude blow-up is a failure: a
 * single call there is too short to time reliably while other suites share the machine.
 */
function blowUpMs(text: string): number {
  return Math.max(25, (5 * Buffer.byteLength(text, "utf8")) / 1024);
}

function checkInput(text: string): void {
  let items: ExtractedItem[] = [];
  try {
    items = extractTargets(text);
  } catch (e) {
    expect(e).toBeInstanceOf(PlanError);
    return;
  }
  for (const it of items) checkItem(text, it);
  if (timed(text) >= blowUpMs(text)) expect(bestTime(text)).toBeLessThan(blowUpMs(text));
}

describe("extractTargets fuzz", () => {
  test("random plan fragments: well-formed items only, nothing thrown", () => {
    fc.assert(fc.property(pieceText, (s) => checkInput(s)), { numRuns: 1500 });
  });

  test("mutated fixture documents", () => {
    fc.assert(fc.property(mutatedDocument, (s) => checkInput(s)), { numRuns: 100 });
  });

  test("arbitrary unicode, lone surrogates and NUL included", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => checkInput(s)), { numRuns: 1500 });
  });

  test("what is not a string is a PlanError", () => {
    for (const v of [undefined, null, 0, {}, [], () => 1]) expect(() => extractTargets(v as unknown as string)).toThrow(PlanError);
  });

  const N = 100_000;
  const fill = (unit: string): string => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
  const adversarial: Array<[string, string]> = [
    ["one sentence of stated figures", fill("入学率达到99.2%以上、")],
    ["a figure-dense 、 list", fill("新建1所、")],
    ["分别 with long lists", fill("小学、").slice(0, N / 2) + "分别达到" + fill("99%、").slice(0, N / 2)],
    ["均 and 各 lists", fill("小学、初中入学率均达到100%，计算机教室和多媒体设备各35套，")],
    ["one cell per line", "指标\n2020年\n2025年\n属性\n" + fill("入学率（%）\n99\n100以上\n约束性\n")],
    ["sub-rows", "指标\n2020年\n2025年\n" + fill("其中：小学\n初中\n95\n93\n98\n97\n")],
    ["tab rows", "指标\t2020年\t2025年\n" + fill("入学率(%)\t99\t100\n")],
    ["headings only", fill("一、总体目标\n(一)主要任务\n1.九年制义务教育\n")],
    ["line-broken sentences", fill("全市入学率达到\n99%，新建\n")],
    ["digits", fill("9")],
    ["Chinese digits", fill("一五零")],
    ["open brackets and quotes", fill("（“《")],
    ["comparator words", fill("力争达到控制在以上左右")],
    ["years and deadlines", fill("到二零二五年，2024年工作要点:")],
    ["zero targets", fill("其中小学力争无流生，")],
    ["junk parentheses", fill("(范文来源:范文大全)")],
    ["random pieces", fill(Array.from({ length: 5000 }, (_, i) => PIECES[(i * 7919) % PIECES.length]).join(""))],
  ];
  test.each(adversarial)("100,000 characters (%s) within the time bound", (_name, text) => {
    timed(text); // warm-up
    expect(withinBound(text)).toBe(true);
    for (const it of extractTargets(text).slice(0, 200)) checkItem(text, it);
  });

  test("the relative bound can fail too: a call RELATIVE + 1 times slower per byte than the plans beside it", () => {
    const prose = perByte(REFERENCE);
    const bytes = Buffer.byteLength(REFERENCE, "utf8");
    const t0 = performance.now();
    while (performance.now() - t0 < (RELATIVE + 1) * prose * bytes) {
      // spin
    }
    expect(perByteBound((performance.now() - t0) / bytes, prose)).toBe(false);
    expect(perByteBound(prose, prose)).toBe(true);
  });

  test("the time bound can fail: a deliberately slow call is caught", () => {
    const slow = (): void => {
      const t0 = performance.now();
      while (performance.now() - t0 < 30) {
        // spin
      }
    };
    const t0 = performance.now();
    slow();
    expect(performance.now() - t0).toBeGreaterThanOrEqual(allowedMs("x"));
  });
});
