#!/usr/bin/env node
/**
 * Custom functions and number parsing speed; runs on the compiled lib/ (npm run build:cli).
 *   1. PLAN.TARGET_STATUS over 1,000,000 rows with text targets vs a bare `actual >= target` loop.
 *   2. parseNumber vs chinese-numbers-converter on integers both read the same.
 */

// The custom functions expect Excel's CustomFunctions global.
globalThis.CustomFunctions = {
  Error: class extends Error {
    constructor(code, message) {
      super(message);
      this.code = code;
    }
  },
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
};

const { targetStatus } = require("../../lib/functions/functions.js");
const { parseNumber } = require("../../lib/core/number.js");
const { parseTarget } = require("../../lib/core/parse-target.js");
const { targetReference } = require("../../lib/core/target.js");
const ChineseNumber = require("chinese-numbers-converter");
const { best, fmt, millionsPerSecond } = require("./measure.js");

// 1. TARGET_STATUS
const ROWS = 1_000_000;
const TEXTS = ["≥99.2%", "达到95%以上", "控制在0.5%以内", "≥1500人", "3~5所", "不低于一零%", "前三名", "=100%", "1:15", "不超过5%"];
const actuals = new Float64Array(ROWS);
const targets = new Array(ROWS);
const numbers = new Float64Array(ROWS);
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
for (let i = 0; i < ROWS; i++) {
  const text = TEXTS[i % TEXTS.length];
  const ref = targetReference(parseTarget(text));
  targets[i] = text;
  numbers[i] = ref;
  actuals[i] = ref * (0.9 + rand() * 0.2);
}
let sink = 0;
const plan = best(5, () => {
  for (let i = 0; i < ROWS; i++) sink += targetStatus(actuals[i], targets[i]).length;
});
const bare = best(5, () => {
  for (let i = 0; i < ROWS; i++) sink += actuals[i] >= numbers[i] ? 1 : 0;
});
console.log("TARGET_STATUS, 1,000,000 rows, 10 distinct text targets (best of 5)");
console.log(`  PLAN.TARGET_STATUS  ${fmt(plan)} ms  ${fmt(millionsPerSecond(ROWS, plan), 2)} M evaluations/s`);
console.log(`  bare actual>=target ${fmt(bare)} ms  ${fmt(millionsPerSecond(ROWS, bare), 2)} M evaluations/s`);
console.log(`  ratio               ${fmt(plan / bare, 2)} ×   (aim: ≤ 5×, ≥ 10 M/s)`);

// 2. parseNumber vs chinese-numbers-converter
const DIGITS = "零一二三四五六七八九";
function chinese(n) {
  // positional Chinese for 0 < n < 10^8
  const part = (x) => {
    const units = ["千", "百", "十", ""];
    let s = "", zero = false;
    const ds = String(x).padStart(4, "0");
    for (let i = 0; i < 4; i++) {
      const d = +ds[i];
      if (d === 0) {
        zero = s !== "";
        continue;
      }
      if (zero) s += "零";
      zero = false;
      s += DIGITS[d] + units[i];
    }
    return s;
  };
  const hi = Math.floor(n / 10000), lo = n % 10000;
  if (!hi) return part(lo);
  return part(hi) + "万" + (lo ? (lo < 1000 ? "零" : "") + part(lo) : "");
}
const inputs = [];
for (let i = 0; inputs.length < 10_000; i++) {
  const n = 1 + Math.floor(rand() * 99_999_999);
  const text = i % 2 ? chinese(n) : String(n);
  if (parseNumber(text).value === n && new ChineseNumber(text).toInteger() === n) inputs.push(text);
}
const REPS = 20;
const ours = best(5, () => {
  for (let r = 0; r < REPS; r++) for (const s of inputs) sink += parseNumber(s).value;
});
const theirs = best(5, () => {
  for (let r = 0; r < REPS; r++) for (const s of inputs) sink += new ChineseNumber(s).toInteger();
});
const calls = REPS * inputs.length;
console.log(`\nparseNumber vs chinese-numbers-converter, ${calls.toLocaleString()} integers (half Chinese, half Arabic; best of 5)`);
console.log(`  parseNumber               ${fmt(ours)} ms  ${fmt(millionsPerSecond(calls, ours), 2)} M/s`);
console.log(`  chinese-numbers-converter ${fmt(theirs)} ms  ${fmt(millionsPerSecond(calls, theirs), 2)} M/s`);
console.log(`  speed-up                  ${fmt(theirs / ours, 2)} ×   (aim: ≥ 1×)`);
if (sink === 0.5) console.log(""); // keep the loops from being optimised away
