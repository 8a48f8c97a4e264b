import fc from "fast-check";
import { PlanError } from "../../src/core/errors";
import {
  defaultTolerance,
  evaluate,
  EvaluateOptions,
  gapOf,
  progressOf,
  readActual,
  Status,
  STATUS_LABELS,
  statusOf,
} from "../../src/core/evaluate";
import { Comparator, Target } from "../../src/core/target";

// Targets are built by hand so these tests do not depend on parseTarget.
function mk(comparator: Comparator, fields: Partial<Target>): Target {
  return { comparator, value: null, min: null, max: null, ratio: null, unit: null, percent: false, stated: true, ...fields };
}
const pct = (comparator: Comparator, value: number, unit = "%") => mk(comparator, { value, unit, percent: true });
const ge992 = pct(">=", 0.992); // 达到99.2%以上
const ge100 = mk(">=", { value: 100, unit: "人" });
const rank3 = mk("<=", { value: 3, unit: "名" }); // 保持在前三名
const eq0 = mk("=", { value: 0, unit: "起" }); // 无安全事故
const eq100pct = pct("=", 1);
const ratio15 = mk("ratio", { ratio: [1, 15] }); // 师生比1:15
const range35 = mk("range", { min: 3, max: 5, unit: "所" });
const up3pp = pct("increase_by", 0.03, "个百分点"); // 比上年提高3个百分点
const up3to5pp = mk("increase_by", { min: 0.03, max: 0.05, unit: "个百分点", percent: true });
const grow5 = pct("increase_by", 0.05); // 比上年增长5% (relative)
const drop5 = pct("decrease_by", 0.05); // 比上年下降5% (relative)
const drop2 = mk("decrease_by", { value: 2, unit: "个" }); // 比上年减少2个 (absolute)

/** The PlanError code thrown by fn; rethrows anything else so a foreign error fails the test. */
function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof PlanError) return e.code;
    throw e;
  }
  return undefined;
}

interface Row {
  name: string;
  target: Target | number;
  actual: unknown;
  opts?: EvaluateOptions;
  status: Status;
  gap: number | null;
  progress: number | null;
}

// Expected gaps and progress are worked out by hand from the plan numbers.
const rows: Row[] = [
  // >= percent: default tolerance 0.01 (1个百分点)
  { name: ">=99.2% reached exactly", target: ge992, actual: 0.992, status: "met", gap: 0, progress: 1 },
  { name: ">=99.2% exceeded", target: ge992, actual: 0.995, status: "met", gap: 0, progress: 0.995 / 0.992 },
  { name: ">=99.2% 0.985 within 1pp", target: ge992, actual: 0.985, status: "at_risk", gap: 0.007, progress: 0.985 / 0.992 },
  { name: ">=99.2% 0.98 beyond 1pp", target: ge992, actual: 0.98, status: "missed", gap: 0.012, progress: 0.98 / 0.992 },
  { name: ">=99.2% 0.985 tolerance 0", target: ge992, actual: 0.985, opts: { tolerance: 0 }, status: "missed", gap: 0.007, progress: 0.985 / 0.992 },
  { name: ">=99.2% 0.98 tolerance 2pp", target: ge992, actual: 0.98, opts: { tolerance: 0.02 }, status: "at_risk", gap: 0.012, progress: 0.98 / 0.992 },
  { name: ">=99.2% with baseline 0.98", target: ge992, actual: 0.986, opts: { baseline: 0.98 }, status: "at_risk", gap: 0.006, progress: 0.5 },
  { name: ">=99.2% blank", target: ge992, actual: null, status: "pending", gap: null, progress: null },
  { name: ">=99.2% empty text", target: ge992, actual: "", status: "pending", gap: null, progress: null },
  { name: ">=99.2% whitespace text", target: ge992, actual: "  ", status: "pending", gap: null, progress: null },
  { name: ">=99.2% undefined", target: ge992, actual: undefined, status: "pending", gap: null, progress: null },
  // >= count: default tolerance 5% of 100 = 5
  { name: ">=100人 96", target: ge100, actual: 96, status: "at_risk", gap: 4, progress: 0.96 },
  { name: ">=100人 94", target: ge100, actual: 94, status: "missed", gap: 6, progress: 0.94 },
  { name: ">=100人 plain text 100", target: ge100, actual: " 100 ", status: "met", gap: 0, progress: 1 },
  { name: "number target = >= 100", target: 100, actual: 96, status: "at_risk", gap: 4, progress: 0.96 },
  // <= rank: tolerance 0.15; progress without baseline = reference / actual
  { name: "rank <=3 with 5", target: rank3, actual: 5, status: "missed", gap: 2, progress: 0.6 },
  { name: "rank <=3 with 3.1", target: rank3, actual: 3.1, status: "at_risk", gap: 0.1, progress: 3 / 3.1 },
  { name: "rank <=3 with 3", target: rank3, actual: 3, status: "met", gap: 0, progress: 1 },
  { name: "rank <=3 with 2", target: rank3, actual: 2, status: "met", gap: 0, progress: 1.5 },
  { name: "rank <=3 with 0 (zero denominator, met)", target: rank3, actual: 0, status: "met", gap: 0, progress: 1 },
  { name: "rank <=3 baseline 8 actual 5", target: rank3, actual: 5, opts: { baseline: 8 }, status: "missed", gap: 2, progress: 0.6 },
  // = : both sides count; =0 has tolerance 0
  { name: "=0 with 0", target: eq0, actual: 0, status: "met", gap: 0, progress: 1 },
  { name: "=0 with 1", target: eq0, actual: 1, status: "missed", gap: 1, progress: null },
  { name: "=100% with 99.5%", target: eq100pct, actual: 0.995, status: "at_risk", gap: 0.005, progress: 0.995 },
  { name: "=100% with 100.3% (overshoot)", target: eq100pct, actual: 1.003, status: "at_risk", gap: 0.003, progress: 1.003 },
  { name: "=100% with 97%", target: eq100pct, actual: 0.97, status: "missed", gap: 0.03, progress: 0.97 },
  // ratio 1:15 → 1/15, tolerance 5% of 1/15 = 1/300
  { name: "ratio 1:15 with 1/14", target: ratio15, actual: 1 / 14, status: "missed", gap: 1 / 14 - 1 / 15, progress: 15 / 14 },
  { name: "ratio 1:15 with 1/15", target: ratio15, actual: 1 / 15, status: "met", gap: 0, progress: 1 },
  { name: "ratio 1:15 with 0.068", target: ratio15, actual: 0.068, status: "at_risk", gap: 0.068 - 1 / 15, progress: 0.068 * 15 },
  // range 3..5: tolerance 5% of min = 0.15; progress towards min
  { name: "range 3-5 with 2", target: range35, actual: 2, status: "missed", gap: 1, progress: 2 / 3 },
  { name: "range 3-5 with 4", target: range35, actual: 4, status: "met", gap: 0, progress: 4 / 3 },
  { name: "range 3-5 with 5", target: range35, actual: 5, status: "met", gap: 0, progress: 5 / 3 },
  { name: "range 3-5 with 6", target: range35, actual: 6, status: "missed", gap: 1, progress: 2 },
  { name: "range 3-5 with 2.9", target: range35, actual: 2.9, status: "at_risk", gap: 0.1, progress: 2.9 / 3 },
  { name: "range 3-5 with 5.1", target: range35, actual: 5.1, status: "at_risk", gap: 0.1, progress: 5.1 / 3 },
  // increase_by 3个百分点: required 0.9 + 0.03 = 0.93
  { name: "+3pp baseline 0.9 actual 0.925", target: up3pp, actual: 0.925, opts: { baseline: 0.9 }, status: "at_risk", gap: 0.005, progress: 0.025 / 0.03 },
  { name: "+3pp baseline 0.9 actual 0.93", target: up3pp, actual: 0.93, opts: { baseline: 0.9 }, status: "met", gap: 0, progress: 1 },
  { name: "+3pp baseline 0.9 actual 0.935", target: up3pp, actual: 0.935, opts: { baseline: 0.9 }, status: "met", gap: 0, progress: 0.035 / 0.03 },
  { name: "+3pp baseline 0.9 actual 0.91", target: up3pp, actual: 0.91, opts: { baseline: 0.9 }, status: "missed", gap: 0.02, progress: 0.01 / 0.03 },
  { name: "+3pp baseline 0.9 actual 0.88 (fell)", target: up3pp, actual: 0.88, opts: { baseline: 0.9 }, status: "missed", gap: 0.05, progress: -0.02 / 0.03 },
  { name: "+3pp baseline as text", target: up3pp, actual: 0.925, opts: { baseline: "0.9" }, status: "at_risk", gap: 0.005, progress: 0.025 / 0.03 },
  { name: "+3pp no baseline", target: up3pp, actual: 0.925, status: "not_applicable", gap: null, progress: null },
  { name: "+3pp blank baseline", target: up3pp, actual: 0.925, opts: { baseline: "" }, status: "not_applicable", gap: null, progress: null },
  { name: "+3pp blank actual, no baseline", target: up3pp, actual: null, status: "pending", gap: null, progress: null },
  // increase_by 3-5个百分点: min counts; beyond max is still met
  { name: "+3~5pp actual 0.96 (beyond max)", target: up3to5pp, actual: 0.96, opts: { baseline: 0.9 }, status: "met", gap: 0, progress: 2 },
  { name: "+3~5pp actual 0.925", target: up3to5pp, actual: 0.925, opts: { baseline: 0.9 }, status: "at_risk", gap: 0.005, progress: 0.025 / 0.03 },
  // relative growth 5% from 200: required 210; gap as a growth rate (level − actual)/200
  { name: "+5% from 200 actual 210", target: grow5, actual: 210, opts: { baseline: 200 }, status: "met", gap: 0, progress: 1 },
  { name: "+5% from 200 actual 220", target: grow5, actual: 220, opts: { baseline: 200 }, status: "met", gap: 0, progress: 2 },
  { name: "+5% from 200 actual 209", target: grow5, actual: 209, opts: { baseline: 200 }, status: "at_risk", gap: 0.005, progress: 0.9 },
  { name: "+5% from 200 actual 205", target: grow5, actual: 205, opts: { baseline: 200 }, status: "missed", gap: 0.025, progress: 0.5 },
  { name: "+5% from 200 tolerance 0.03", target: grow5, actual: 205, opts: { baseline: 200, tolerance: 0.03 }, status: "at_risk", gap: 0.025, progress: 0.5 },
  { name: "+5% from text 200", target: grow5, actual: 210, opts: { baseline: "200" }, status: "met", gap: 0, progress: 1 },
  { name: "+5% from -200 (upwards)", target: grow5, actual: -190, opts: { baseline: -200 }, status: "met", gap: 0, progress: 1 },
  { name: "+5% from baseline 0", target: grow5, actual: 10, opts: { baseline: 0 }, status: "not_applicable", gap: null, progress: null },
  // 增长1倍 = doubled (relative, like %): required 400, gap in 倍
  { name: "增长1倍 from 200 actual 400", target: mk("increase_by", { value: 1, unit: "倍" }), actual: 400, opts: { baseline: 200 }, status: "met", gap: 0, progress: 1 },
  { name: "增长1倍 from 200 actual 380", target: mk("increase_by", { value: 1, unit: "倍" }), actual: 380, opts: { baseline: 200 }, status: "missed", gap: 0.1, progress: 0.9 },
  // decrease_by
  { name: "-5% from 200 actual 195", target: drop5, actual: 195, opts: { baseline: 200 }, status: "missed", gap: 0.025, progress: 0.5 },
  { name: "-5% from 200 actual 185", target: drop5, actual: 185, opts: { baseline: 200 }, status: "met", gap: 0, progress: 1.5 },
  { name: "-5% no baseline", target: drop5, actual: 185, status: "not_applicable", gap: null, progress: null },
  { name: "-2个 from 10 actual 8", target: drop2, actual: 8, opts: { baseline: 10 }, status: "met", gap: 0, progress: 1 },
  { name: "-2个 from 10 actual 9 (tol 0.1)", target: drop2, actual: 9, opts: { baseline: 10 }, status: "missed", gap: 1, progress: 0.5 },
  { name: "-2个 from 10 actual 8.05", target: drop2, actual: 8.05, opts: { baseline: 10 }, status: "at_risk", gap: 0.05, progress: 0.975 },
  // float noise counts as equal
  { name: ">=0.3 with 0.1+0.2", target: mk(">=", { value: 0.3 }), actual: 0.1 + 0.2, status: "met", gap: 0, progress: 1 },
  { name: "<=0.3 with 0.1+0.2", target: mk("<=", { value: 0.3 }), actual: 0.1 + 0.2, status: "met", gap: 0, progress: 1 },
  { name: "=0.3 with 0.1+0.2", target: mk("=", { value: 0.3 }), actual: 0.1 + 0.2, status: "met", gap: 0, progress: 1 },
  { name: "range 0.3-0.5 with 0.1+0.2", target: mk("range", { min: 0.3, max: 0.5 }), actual: 0.1 + 0.2, status: "met", gap: 0, progress: 1 },
  { name: "=0 with 0.1+0.2-0.3", target: eq0, actual: 0.1 + 0.2 - 0.3, status: "met", gap: 0, progress: 1 },
];

describe("evaluate: table", () => {
  test.each(rows)("$name", ({ target, actual, opts, status, gap, progress }) => {
    const r = evaluate(actual, target, opts);
    expect(r.status).toBe(status);
    if (gap === null) expect(r.gap).toBeNull();
    else expect(r.gap).toBeCloseTo(gap, 12);
    if (progress === null) expect(r.progress).toBeNull();
    else expect(r.progress).toBeCloseTo(progress, 12);
    // A gap of 0 must be exactly 0, not noise.
    if (status === "met") expect(r.gap).toBe(0);
  });

  test("reason explains why there is no judgement, and only then", () => {
    expect(evaluate(0.925, up3pp).reason).toMatch(/需要基期值（比上年/);
    expect(evaluate(185, drop5).reason).toMatch(/需要基期值/);
    expect(evaluate(10, grow5, { baseline: 0 }).reason).toMatch(/基期值为0/);
    expect(evaluate(null, ge992).reason).toMatch(/填报/);
    expect(evaluate(0.98, ge992).reason).toBeNull();
    expect(evaluate(0.992, ge992).reason).toBeNull();
  });

  test("status labels", () => {
    expect(STATUS_LABELS).toEqual({ met: "达标", at_risk: "接近", missed: "未达标", pending: "待填报", not_applicable: "不适用" });
  });

  test("a number target is a bare >= target", () => {
    expect(evaluate(100, 100).status).toBe("met");
    expect(evaluate(99.99, 100).status).toBe("at_risk");
    expect(evaluate(200, 100).gap).toBe(0);
  });
});

describe("evaluate: text inputs (number/, parse-target.ts)", () => {
  // Actuals typed as text with a percent sign, Chinese numerals, separators and units.
  test.each([
    ["99.2%", ge992, "met", 0],
    ["98.5%", ge992, "at_risk", 0.007],
    ["九十五", ge100, "at_risk", 5],
    ["1,500人", mk(">=", { value: 1600, unit: "人" }), "missed", 100],
  ] as const)("actual %p", (actual, target, status, gap) => {
    const r = evaluate(actual, target);
    expect(r.status).toBe(status);
    expect(r.gap).toBeCloseTo(gap, 12);
  });

  test("a plan phrase as target goes through parseTarget", () => {
    const r = evaluate(0.985, "达到99.2%以上");
    expect(r.status).toBe("at_risk");
    expect(r.gap).toBeCloseTo(0.007, 12);
    const up = evaluate(0.925, "比上年提高3个百分点", { baseline: 0.9 });
    expect(up.gap).toBeCloseTo(0.005, 12);
  });

  test("an unreadable target phrase is not_a_target", () => {
    expect(codeOf(() => evaluate(1, "今年工作很好"))).toBe("not_a_target");
  });
});

describe("readActual", () => {
  test.each([
    [0, 0],
    [-3.5, -3.5],
    [0.992, 0.992],
    ["12.5", 12.5],
    [" 7 ", 7],
    ["-0.25", -0.25],
    ["1e3", 1000],
    [".5", 0.5],
    ["99.2%", 0.992],
    ["九十五", 95],
    ["1,500人", 1500],
  ] as const)("%p → %p", (x, v) => {
    expect(readActual(x)).toBeCloseTo(v, 12);
  });

  test.each([null, undefined, "", " ", "\t\n"])("blank %p → null", (x) => {
    expect(readActual(x)).toBeNull();
  });

  // Booleans, non-finite numbers, containers and unreadable text carry no number.
  test.each([true, false, NaN, Infinity, -Infinity, {}, [], [[5]], "abc", "1e400", new Date(0), Object.create(null), Symbol("s"), BigInt(10)])(
    "%p → not_a_number",
    (x) => {
      expect(codeOf(() => readActual(x))).toBe("not_a_number");
    },
  );
});

describe("primitives", () => {
  test("defaultTolerance: 1pp for percent targets, else 5% of |reference|", () => {
    expect(defaultTolerance(ge992)).toBe(0.01);
    expect(defaultTolerance(grow5)).toBe(0.01);
    expect(defaultTolerance(up3to5pp)).toBe(0.01);
    expect(defaultTolerance(ge100)).toBeCloseTo(5, 12);
    expect(defaultTolerance(rank3)).toBeCloseTo(0.15, 12);
    expect(defaultTolerance(ratio15)).toBeCloseTo(1 / 300, 12);
    expect(defaultTolerance(range35)).toBeCloseTo(0.15, 12);
    expect(defaultTolerance(drop2)).toBeCloseTo(0.1, 12);
    expect(defaultTolerance(mk(">=", { value: -20 }))).toBeCloseTo(1, 12);
    expect(defaultTolerance(eq0)).toBe(0);
  });

  test("statusOf: NaN gap is not_applicable, 0 met, band at_risk, beyond missed", () => {
    expect(statusOf(NaN, ge992, null)).toBe("not_applicable");
    expect(statusOf(0, ge992, null)).toBe("met");
    expect(statusOf(0.01, ge992, null)).toBe("at_risk");
    expect(statusOf(0.0101, ge992, null)).toBe("missed");
    expect(statusOf(0.005, ge992, 0)).toBe("missed");
    expect(statusOf(3, ge100, 3)).toBe("at_risk");
    expect(statusOf(Infinity, ge100, null)).toBe("missed");
  });

  test.each([-0.01, NaN, Infinity, -Infinity])("statusOf rejects tolerance %p", (tol) => {
    expect(codeOf(() => statusOf(0.5, ge992, tol))).toBe("bad_argument");
  });

  test("gapOf / progressOf are NaN when a change target has no baseline", () => {
    expect(gapOf(0.95, up3pp, null)).toBeNaN();
    expect(progressOf(0.95, up3pp, null)).toBeNaN();
    expect(gapOf(190, drop5, null)).toBeNaN();
    expect(gapOf(0.95, ge992, null)).toBeCloseTo(0.042, 12);
  });

  test("progressOf: zero denominator gives 1 when met, NaN when not", () => {
    expect(progressOf(0.992, ge992, 0.992)).toBe(1);
    expect(progressOf(0.99, ge992, 0.992)).toBeNaN();
    expect(progressOf(5, mk(">=", { value: 0 }), null)).toBe(1);
    expect(progressOf(-5, mk(">=", { value: 0 }), null)).toBeNaN();
  });
});

describe("evaluate: argument errors", () => {
  test.each([-1, NaN, Infinity, "0.01" as unknown as number])("tolerance %p → bad_argument", (tolerance) => {
    expect(codeOf(() => evaluate(0.98, ge992, { tolerance }))).toBe("bad_argument");
    // Checked even when there is nothing to judge yet, so a bad formula shows at once.
    expect(codeOf(() => evaluate(null, ge992, { tolerance }))).toBe("bad_argument");
  });

  test.each([
    NaN,
    Infinity,
    null,
    true,
    {},
    mk(">=", { value: null }),
    mk("range", { min: 5, max: 3 }),
    mk("range", { min: 3 }),
    mk("ratio", { ratio: [1, 0] }),
    mk("increase_by", {}),
    { ...ge992, comparator: ">" },
  ])("malformed target %p → bad_argument", (target) => {
    expect(codeOf(() => evaluate(1, target as unknown as Target))).toBe("bad_argument");
  });

  test("unreadable actual or baseline → not_a_number", () => {
    expect(codeOf(() => evaluate("abc", ge992))).toBe("not_a_number");
    expect(codeOf(() => evaluate(true, ge992))).toBe("not_a_number");
    expect(codeOf(() => evaluate(0.95, up3pp, { baseline: "abc" }))).toBe("not_a_number");
  });
});

// ---- property tests ----

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const positive = fc.double({ min: 1e-3, max: 1e6, noNaN: true });
const arbTarget: fc.Arbitrary<Target> = fc.oneof(
  fc.tuple(fc.constantFrom<Comparator>(">=", "<=", "="), finite, fc.boolean()).map(([c, v, p]) => mk(c, { value: v, percent: p })),
  fc.tuple(finite, finite).map(([a, b]) => mk("range", { min: Math.min(a, b), max: Math.max(a, b) })),
  fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 })).map(([a, b]) => mk("ratio", { ratio: [a, b] })),
  fc
    .tuple(fc.constantFrom<Comparator>("increase_by", "decrease_by"), positive, fc.constantFrom("%", "个百分点", "人"), fc.boolean())
    .map(([c, v, unit, ranged]) =>
      ranged ? mk(c, { min: v, max: v * 2, unit, percent: unit !== "人" }) : mk(c, { value: v, unit, percent: unit !== "人" }),
    ),
);
const arbBaseline = fc.option(finite, { nil: null });
const isChange = (t: Target) => t.comparator === "increase_by" || t.comparator === "decrease_by";

describe("properties", () => {
  test("gap is never negative; NaN only for a change target without a usable baseline", () => {
    fc.assert(
      fc.property(arbTarget, finite, arbBaseline, (t, a, b) => {
        const g = gapOf(a, t, b);
        if (Number.isNaN(g)) return isChange(t) && (b === null || (b === 0 && t.unit === "%"));
        return g >= 0;
      }),
      { numRuns: 2000 },
    );
  });

  test("gap === 0 ⇔ status met", () => {
    fc.assert(
      fc.property(arbTarget, finite, finite, fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }), (t, a, b, tol) => {
        const r = evaluate(a, t, { baseline: b, tolerance: tol });
        if (r.status === "not_applicable") return r.gap === null;
        return (r.gap === 0) === (r.status === "met");
      }),
      { numRuns: 2000 },
    );
  });

  test("tolerance 0 never yields at_risk", () => {
    fc.assert(
      fc.property(arbTarget, finite, arbBaseline, (t, a, b) => evaluate(a, t, { baseline: b, tolerance: 0 }).status !== "at_risk"),
      { numRuns: 2000 },
    );
  });

  test("a larger tolerance never makes the status worse", () => {
    const rank: Record<Status, number> = { met: 0, at_risk: 1, missed: 2, pending: -1, not_applicable: -1 };
    fc.assert(
      fc.property(arbTarget, finite, arbBaseline, positive, positive, (t, a, b, x, y) => {
        const lo = evaluate(a, t, { baseline: b, tolerance: Math.min(x, y) }).status;
        const hi = evaluate(a, t, { baseline: b, tolerance: Math.max(x, y) }).status;
        return rank[hi] <= rank[lo];
      }),
      { numRuns: 1000 },
    );
  });

  test("increasing the actual never increases the gap of a >= target (nor of an increase_by)", () => {
    fc.assert(
      fc.property(finite, finite, finite, arbBaseline, fc.boolean(), (v, a1, a2, b, inc) => {
        const t = inc ? mk("increase_by", { value: Math.abs(v), unit: "人" }) : mk(">=", { value: v });
        const base = inc ? (b === null ? 0 : b) : b;
        const [lo, hi] = a1 <= a2 ? [a1, a2] : [a2, a1];
        return gapOf(hi, t, base) <= gapOf(lo, t, base);
      }),
      { numRuns: 2000 },
    );
  });

  test("met ⇔ progress >= 1 for one-sided targets without baseline", () => {
    fc.assert(
      // Values >= 1 so the epsilon is purely relative, as progress is.
      fc.property(fc.constantFrom<Comparator>(">=", "<="), fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: 1, max: 1e6, noNaN: true }), (c, v, a) => {
        const r = evaluate(a, mk(c, { value: v }));
        return (r.status === "met") === ((r.progress as number) >= 1 - 1e-9);
      }),
      { numRuns: 2000 },
    );
  });

  test("readActual round-trips a formatted number", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => readActual(String(x)) === x),
      { numRuns: 2000 },
    );
    // Excel-style displays: fixed decimals, thousands separators, percent.
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
        const x = n / 10 ** d;
        return readActual(x.toFixed(d)) === Number(x.toFixed(d));
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (n) => readActual(n.toLocaleString("en-US")) === n),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), (n) => Math.abs((readActual(`${n / 10}%`) as number) - n / 1000) < 1e-12),
      { numRuns: 500 },
    );
  });
});

// ---- fuzz: only PlanError escapes evaluate ----

const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true }),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, "", " ", "%", "99.2%", "九十五", "1,500人", "1:15", "--", "1e400", "0x10", true, null),
  fc.array(fc.double()),
  fc.constant(Object.create(null)),
);
const anyTarget: fc.Arbitrary<unknown> = fc.oneof(arbTarget, fc.double(), fc.constantFrom(ge992, up3pp, grow5, ratio15, range35));

function onlyPlanError(run: () => unknown): boolean {
  try {
    const r = run() as { status: Status; gap: number | null; progress: number | null };
    // A returned evaluation is coherent.
    return r.status in STATUS_LABELS && (r.gap === null || r.gap >= 0) && (r.progress === null || Number.isFinite(r.progress));
  } catch (e) {
    return e instanceof PlanError;
  }
}

describe("fuzz", () => {
  test("random actual / baseline / tolerance", () => {
    fc.assert(
      fc.property(junk, anyTarget, junk, fc.oneof(junk, fc.double({ min: 0, max: 1, noNaN: true })), (a, t, b, tol) =>
        onlyPlanError(() => evaluate(a, t as Target, { baseline: b as number, tolerance: tol as number })),
      ),
      { numRuns: 4000 },
    );
  });

  test("random target phrases", () => {
    const phrase = fc.oneof(
      fc.string(),
      fc
        .tuple(
          fc.constantFrom("达到", "不低于", "控制在", "比上年提高", "比上年下降", "保持", "", "力争"),
          fc.constantFrom("99.2", "3-5", "1:15", "三", "100", "", "-"),
          fc.constantFrom("%", "个百分点", "人", "以上", "以内", "名", ""),
        )
        .map((p) => p.join("")),
    );
    fc.assert(
      fc.property(junk, phrase, junk, (a, t, b) => onlyPlanError(() => evaluate(a, t, { baseline: b as number }))),
      { numRuns: 1500 },
    );
  });
});

describe("tolerance boundary", () => {
  test("a gap equal to the tolerance up to float noise is at risk, not missed", () => {
    // 0.992 − 0.982 is 0.010000000000000009 in binary floating point.
    expect(evaluate(0.982, "≥99.2%").status).toBe("at_risk");
    expect(evaluate(0.982, "≥99.2%", { tolerance: 0.01 }).status).toBe("at_risk");
    expect(evaluate(0.9819, "≥99.2%").status).toBe("missed");
  });
});
