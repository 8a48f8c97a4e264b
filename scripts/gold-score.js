/**
 * The gold sets' matching rules, in one place (the shared scorer's, score.mjs): a prediction matches a
 * gold item when its span overlaps the gold quote's span and comparator, value(s) and unit agree;
 * indicator-name Dice, deadline and kind accuracy are taken over the matches. Used by the gold tests
 * (tests/core/extract-gold.test.ts) and by `npm run score` (scripts/score-corpus.js).
 */
"use strict";

function spansOf(item, text) {
  if (Number.isInteger(item.start) && Number.isInteger(item.end)) return [[item.start, item.end]];
  const out = [];
  for (let i = text.indexOf(item.quote); i >= 0 && item.quote; i = text.indexOf(item.quote, i + 1)) out.push([i, i + item.quote.length]);
  return out;
}

const overlaps = (a, b) => a.some(([s1, e1]) => b.some(([s2, e2]) => s1 < e2 && s2 < e1));

function normUnit(u) {
  const s = String(u ?? "").trim().replace(/％/g, "%");
  return /百分点$/.test(s) ? "pp" : s;
}

const values = (t) =>
  Array.isArray(t.ratio) ? t.ratio : t.min !== undefined || t.max !== undefined ? [t.min ?? null, t.max ?? null] : [t.value];
const close = (a, b) => a !== null && b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function sameValues(a, b) {
  const va = values(a);
  const vb = values(b);
  return va.length === vb.length && va.every((v, i) => close(v, vb[i]));
}

function bigrams(s) {
  const t = s.replace(/\s/g, "");
  const out = [];
  for (let i = 0; i < t.length - 1; i++) out.push(t.slice(i, i + 2));
  return out.length ? out : [t];
}

/** Character-bigram Dice, the scorer's measure of indicator names. */
function dice(a, b) {
  const A = bigrams(a);
  const pool = bigrams(b);
  const size = pool.length;
  let hit = 0;
  for (const x of A) {
    const i = pool.indexOf(x);
    if (i >= 0) {
      hit++;
      pool.splice(i, 1);
    }
  }
  return (2 * hit) / (A.length + size);
}

function readGold(jsonl) {
  return jsonl
    .split("\n")
    .filter((l) => l.trim().startsWith("{"))
    .map((l) => JSON.parse(l));
}

/** One document: its gold items against the extractor's predictions. Counts, so that documents add up. */
function scoreDoc(gold, pred, text) {
  const predSpans = pred.map((p) => spansOf(p, text));
  const used = new Set();
  const r = { gold: gold.length, predicted: pred.length, matched: 0, dice: 0, deadline: 0, kind: 0, misses: [] };
  for (const g of gold) {
    const gs = spansOf(g, text);
    const i = pred.findIndex(
      (p, k) => !used.has(k) && overlaps(gs, predSpans[k]) && g.comparator === p.comparator && sameValues(g, p) && normUnit(g.unit) === normUnit(p.unit),
    );
    if (i < 0) {
      r.misses.push(`${g.doc}: ${g.comparator} ${JSON.stringify(values(g))} ${g.unit} «${g.quote}»`);
      continue;
    }
    used.add(i);
    r.matched++;
    r.dice += dice(g.indicator, pred[i].indicator);
    if ((g.deadline ?? null) === (pred[i].deadline ?? null)) r.deadline++;
    if ((g.kind ?? "target") === pred[i].kind) r.kind++;
  }
  return r;
}

/** Sums document counts into the scorer's figures. */
function figures(docs) {
  const t = { gold: 0, predicted: 0, matched: 0, dice: 0, deadline: 0, kind: 0 };
  for (const d of docs) for (const k of Object.keys(t)) t[k] += d[k];
  const precision = t.predicted ? t.matched / t.predicted : 0;
  const recall = t.gold ? t.matched / t.gold : 0;
  return {
    ...t,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    dice: t.dice / Math.max(1, t.matched),
    deadline: t.deadline / Math.max(1, t.matched),
    kind: t.kind / Math.max(1, t.matched),
    misses: docs.flatMap((d) => d.misses ?? []),
  };
}

/** Scores one gold file's documents: readText(doc) gives a document's text, extract(text) its items. */
function scoreGold(goldItems, readText, extract) {
  const docs = [];
  for (const doc of [...new Set(goldItems.map((g) => g.doc))]) {
    const text = readText(doc);
    docs.push({ doc, ...scoreDoc(goldItems.filter((g) => g.doc === doc), extract(text), text) });
  }
  return { docs, ...figures(docs) };
}

module.exports = { spansOf, overlaps, normUnit, values, sameValues, dice, readGold, scoreDoc, figures, scoreGold };
