/**
 * Reading one target phrase: a compact cell form (≥99.2%, 3~5所, +2pp, 1:15) or plan wording
 * (全市适龄儿童少年入学率达到100%, 控制在0.5%以内, 比上年提高3-5个百分点) into a Target.
 *
 * The figure is chosen by grammar, not position: numerals inside the indicator name (age
 * bands 3--5周岁儿童, 三类残童, 第四年, “五五”普法, 十四五, 一免一补, years) are dropped, a
 * figure with a comparator word beats a bare quantity with a unit, which beats a bare number
 * (only when it is the whole text). Several distinct figures of the winning class are several
 * targets and throw: this function never guesses which one was meant.
 *
 * Every scan is a single forward pass over the text or over the token list, so the cost is
 * linear in the input (callers cache, but a pasted paragraph must stay cheap).
 */
import { PlanError } from "./errors";
import { NumberToken, scanNumbers } from "./number";
import { Figure, findZeros, Gov, isPercentUnit, normalize, readFigure, sameFigure, scanFigures } from "./phrase";
import type { Target } from "./target";

export function tryParseTarget(text: string): Target | null {
  try {
    return parseTarget(text);
  } catch {
    return null;
  }
}

export function parseTarget(text: string): Target {
  if (typeof text !== "string") throw fail(`目标应为文本，而不是“${String(text)}”`, text);
  if (tooManyNumerals(text)) throw tooMany(text);
  const s = normalize(text).trim();
  if (s === "") throw fail("目标为空：请填写目标值或目标文本（如 ≥99.2%）", text);
  const op = readOperator(s);
  return op ? parseCompact(s, op, text) : parsePhrase(s, text);
}

// ---------------------------------------------------------------------------------------
// Errors, and the pieces that turn a figure (src/core/phrase/) into a Target

function fail(message: string, input: unknown): PlanError {
  return new PlanError("not_a_target", message, input);
}

function clip(s: string): string {
  return s.length > 30 ? s.slice(0, 29) + "…" : s;
}

function scan(s: string, input: string): NumberToken[] {
  try {
    return scanNumbers(s);
  } catch (e) {
    if (e instanceof PlanError) throw fail(`无法读出“${clip(input)}”中的数值：${e.message}`, input);
    throw e;
  }
}

function build(f: Figure, input: string): Target {
  if (f.kind === "ratio" && f.b === 0) throw fail(`比例“${f.a}:${f.b}”的后项不能为零（除数为零）`, input);
  return figureTarget(f);
}

/** The Target a figure states: the one place a Figure becomes a Target (cells and running text). */
export function figureTarget(f: Figure): Target {
  if (f.kind === "ratio") return { comparator: "ratio", value: null, min: null, max: null, ratio: [f.a, f.b], unit: null, percent: false, stated: true };
  const percent = isPercentUnit(f.unit);
  if (f.kind === "range") {
    const min = Math.min(f.a, f.b);
    const max = Math.max(f.a, f.b);
    return { comparator: f.cmp, value: null, min, max, ratio: null, unit: f.unit, percent, stated: f.stated };
  }
  return { comparator: f.cmp, value: f.a, min: null, max: null, ratio: null, unit: f.unit, percent, stated: f.stated };
}

// ---------------------------------------------------------------------------------------
// Compact forms: an operator, then exactly one number, range or ratio with its unit.

interface Operator {
  gov: Gov;
  len: number;
}

function readOperator(s: string): Operator | null {
  const c = s.charCodeAt(0);
  const eq = s.charCodeAt(1) === 61;
  switch (c) {
    case 0x2265: // ≥
    case 0x2267: // ≧
    case 0x2a7e: // ⩾
    case 0x226e: // ≮ not less than (GB standards)
      return { gov: ">=", len: 1 };
    case 0x2264: // ≤
    case 0x2266: // ≦
    case 0x2a7d: // ⩽
    case 0x226f: // ≯ not more than
      return { gov: "<=", len: 1 };
    case 62: // > and >=: a cell's > means "reach", like ≥
      return { gov: ">=", len: eq ? 2 : 1 };
    case 60:
      return { gov: "<=", len: eq ? 2 : 1 };
    case 61:
      return { gov: "=", len: eq ? 2 : 1 };
    case 43: // +
      return { gov: "inc", len: 1 };
    case 45: // - −
    case 0x2212:
      return { gov: "dec", len: 1 };
    default:
      return null;
  }
}

function parseCompact(s: string, op: Operator, input: string): Target {
  const rest = s.slice(op.len).trim();
  if (rest === "") throw fail(`“${clip(input)}”的比较符号后缺少目标数值`, input);
  const toks = scan(rest, input);
  if (toks.length === 0 || toks[0].start !== 0) throw fail(`无法识别“${clip(input)}”：比较符号后应为数值（如 ≥99.2%）`, input);
  const f = readFigure(rest, toks, 0);
  if (f.end !== rest.length || f.next !== toks.length) {
    throw fail(`无法识别“${clip(input)}”中的“${clip(rest.slice(f.end))}”`, input);
  }
  if (f.kind === "ratio" && op.gov !== "=") throw fail(`比例“${rest}”前只能用“=”`, input);
  if (f.kind === "range" && op.gov !== "inc" && op.gov !== "dec") {
    throw fail(`“${clip(input)}”：比较符号后应为单个数值，范围请直接写作 3~5`, input);
  }
  f.cmp = op.gov === "inc" ? "increase_by" : op.gov === "dec" ? "decrease_by" : op.gov;
  f.stated = true;
  return build(f, input);
}

// ---------------------------------------------------------------------------------------
// Plan wording: the figure is chosen by grammar (src/core/phrase/), then must be unique.

/** A phrase states one target and names it; hundreds of numbers are a table or a report. */
const MAX_NUMBERS = 500;

function tooMany(input: string): PlanError {
  return fail(`“${clip(input)}”包含多个目标（数百个数值），请每格只写一个目标`, input);
}

const NUMERAL = new Uint8Array(65536);
for (let d = 0; d <= 9; d++) NUMERAL[48 + d] = NUMERAL[0xff10 + d] = 1;
for (const c of "零〇○一二两兩三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億廿卅") NUMERAL[c.charCodeAt(0)] = 1;

/**
 * More runs of numerals than MAX_NUMBERS tokens could hold (a token spans at most a few runs:
 * 1,000.5, 三分之二): refuse before tokenizing, so a pasted report costs one cheap pass.
 */
function tooManyNumerals(s: string): boolean {
  let runs = 0;
  let inRun = false;
  for (let p = 0; p < s.length; p++) {
    const isNum = NUMERAL[s.charCodeAt(p)] === 1;
    if (isNum && !inRun && ++runs > 4 * MAX_NUMBERS) return true;
    inRun = isNum;
  }
  return false;
}

function parsePhrase(s: string, input: string): Target {
  const toks = scan(s, input);
  if (toks.length > MAX_NUMBERS) throw tooMany(input);
  const zeros = findZeros(s);
  // Per class: the first figure, and a different one if seen (then it holds several targets).
  const first: Array<Figure | null> = [null, null, null];
  const other: Array<Figure | null> = [null, null, null];
  const offer = (cls: number, f: Figure): void => {
    if (cls === 2 && (f.start !== 0 || f.tail !== s.length)) return; // 985 in a name, not a cell of its own
    if (!first[cls]) first[cls] = f;
    else if (!other[cls] && !sameFigure(first[cls] as Figure, f)) {
      other[cls] = f;
      if (cls === 0) throw several(s, first[0] as Figure, f, input); // nothing later can change it
    }
  };
  for (const z of zeros) offer(0, z);
  scanFigures(s, toks, zeros, { figure: (f, cls) => offer(cls, f) });
  for (let cls = 0; cls < 3; cls++) {
    const f = first[cls];
    if (!f) continue;
    if (other[cls]) throw several(s, f, other[cls] as Figure, input);
    return build(f, input);
  }
  throw fail(`“${clip(input)}”中没有可读的目标数值`, input);
}

function several(s: string, x: Figure, y: Figure, input: string): PlanError {
  return fail(`“${clip(input)}”包含多个目标（${s.slice(x.start, x.tail)}、${s.slice(y.start, y.tail)}…），请每格只写一个目标`, input);
}
