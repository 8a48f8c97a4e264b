#!/usr/bin/env node
/**
 * npm run fuzz [-- --rounds N] : the property and fuzz tests of `npm test`, run again with random
 * seeds. `npm test` always uses one fixed seed (tests/setup/fixed-seed.ts); this explores others
 * and, on a failure, prints the seed and the command that replays it, so that the
 * counterexample can become a fixed test. Prints figures; the exit code says whether one failed.
 */
const { spawnSync } = require("child_process");
const { randomInt } = require("crypto");
const path = require("path");

const PROPERTY_TESTS = [
  "tests/core/number.fuzz.test.ts",
  "tests/core/parse-target.fuzz.test.ts",
  "tests/core/extract.fuzz.test.ts",
  "tests/core/number.test.ts",
  "tests/core/evaluate.test.ts",
  "tests/core/template-plan.test.ts",
  "tests/functions/functions.test.ts",
];

const i = process.argv.indexOf("--rounds");
const rounds = i >= 0 ? Number(process.argv[i + 1]) : 5;
const root = path.resolve(__dirname, "..");
const jest = path.join(root, "node_modules", ".bin", "jest");
let failed = 0;
for (let r = 1; r <= rounds; r++) {
  const seed = randomInt(0, 2 ** 31 - 1);
  const started = Date.now();
  const run = spawnSync(jest, ["--silent", ...PROPERTY_TESTS], { cwd: root, env: { ...process.env, FUZZ_SEED: String(seed) }, encoding: "utf8" });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status === 0) {
    console.log(`round ${r}/${rounds}: seed ${seed} passed (${seconds} s)`);
    continue;
  }
  failed++;
  const report = `${run.stdout}\n${run.stderr}`;
  const counterexamples = report.split("\n").filter((l) => /Counterexample|Property failed|✕/.test(l));
  console.log(`round ${r}/${rounds}: seed ${seed} FAILED (${seconds} s)`);
  for (const l of counterexamples.slice(0, 20)) console.log("  " + l.trim());
  console.log(`  replay: FUZZ_SEED=${seed} npx jest ${PROPERTY_TESTS.join(" ")}`);
  console.log("  then copy the counterexample into a fixed test beside the property.");
}
console.log(`${rounds - failed} of ${rounds} rounds passed`);
process.exit(failed > 0 ? 1 : 0);
