#!/usr/bin/env node
/**
 * 均衡 in core: 3,000 school rows × 7 indicators (优质均衡 2017), with the 审核 checks, per-school
 * verdicts and the county CVs, against a bare loop that only sums R and P. Prints figures only.
 * Needs the built command line (npm run build:cli; npm run bench does it).
 */
const path = require("path");
const { best, fmt } = require("./measure");

const lib = path.resolve(__dirname, "../../lib/core/balance");
const { evaluateBalance } = require(path.join(lib, "verdict.js"));
const { YOUZHI_2017_WORKBOOK } = require(path.join(lib, "workbook-standard.js"));

let seed = 20261205;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const rows = Array.from({ length: 3000 }, (_, i) => {
  const students = 80 + Math.floor(rnd() * 1800);
  const teachers = Math.round(students * 0.07);
  return {
    school: `学校${i + 1}`,
    stage: i % 3 === 0 ? "初中" : "小学",
    students,
    teachers,
    degree: Math.round(teachers * 0.7),
    backbone: Math.round(students * 0.011 * (0.6 + rnd())),
    artsport: Math.round(students * 0.01 * (0.6 + rnd())),
    teachingArea: students * 5 * (0.7 + rnd() * 0.7),
    indoorSport: rnd() < 0.5 ? null : 100 * rnd(),
    sportArea: students * 9 * (0.7 + rnd() * 0.7),
    equipment: students * 2200 * (0.7 + rnd() * 0.7),
    rooms: Math.max(1, Math.round(students * 0.024 * (0.7 + rnd() * 0.7))),
  };
});

const full = best(7, () => {
  const r = evaluateBalance(YOUZHI_2017_WORKBOOK, rows);
  if (r.checks.some((c) => c.severity === "error")) throw new Error("bench rows refused");
});
const keys = ["degree", "backbone", "artsport", "teachingArea", "sportArea", "equipment", "rooms"];
let sink = 0;
const bare = best(7, () => {
  for (const k of keys) {
    let R = 0;
    let P = 0;
    for (const row of rows) {
      R += row[k];
      P += row.students;
    }
    sink += R / P;
  }
});
// The sums are used, so the bare loop cannot be optimised away.
if (!(sink > 0)) throw new Error("bare loop summed nothing");
console.log(`balance, 3,000 school rows × 7 indicators with checks: ${fmt(full)} ms; bare ΣR, ΣP loop ${fmt(bare)} ms; ratio ${(full / bare).toFixed(0)}×`);
