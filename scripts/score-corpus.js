#!/usr/bin/env node
/**
 * `npm run score`: the extractor (lib/, built by build:cli) against every gold set in
 * tests/fixtures/extraction/real, with the shared scorer's rules (scripts/gold-score.js).
 *   node scripts/score-corpus.js [regex on gold file names] [--docs out.tsv]
 * prints one line per set and the total; --docs also writes one TSV line per document.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { readGold, scoreGold, figures } = require("./gold-score.js");

const REAL = path.join(__dirname, "../tests/fixtures/extraction/real");
const args = process.argv.slice(2);
const docsOut = args.includes("--docs") ? args[args.indexOf("--docs") + 1] : null;
const pattern = new RegExp(args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--docs") ?? ".");

let extractTargets;
try {
  ({ extractTargets } = require("../lib/core/extract"));
} catch {
  console.error("lib/ is missing: run `npm run build:cli` first.");
  process.exit(1);
}

const fmt = (x) => x.toFixed(3);
const line = (name, s) =>
  `${name}\t${s.gold}\t${s.predicted}\t${s.matched}\t${fmt(s.f1)}\t${fmt(s.precision)}\t${fmt(s.recall)}\t${fmt(s.dice)}\t${fmt(s.deadline)}\t${fmt(s.kind)}`;

const files = fs.readdirSync(REAL).filter((f) => /^gold-.*\.jsonl$/.test(f) && pattern.test(f)).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
const all = [];
const tsv = [];
console.log("set\tgold\tpredicted\tmatched\tF1\tP\tR\tDice\tdeadline\tkind");
for (const file of files) {
  const gold = readGold(fs.readFileSync(path.join(REAL, file), "utf8"));
  const s = scoreGold(gold, (doc) => fs.readFileSync(path.join(REAL, doc), "utf8"), extractTargets);
  console.log(line(file, s));
  for (const d of s.docs) {
    all.push(d);
    // raw counts per document: sums of Dice, deadline and kind over its matches
    tsv.push([file, d.doc, d.gold, d.predicted, d.matched, d.dice.toFixed(4), d.deadline, d.kind].join("\t"));
  }
}
console.log(line(`all (${all.length} documents)`, figures(all)));
if (docsOut) fs.writeFileSync(docsOut, tsv.join("\n") + "\n");
