/**
 * Tables whose cells a web or PDF copy set apart with single spaces, one row per line:
 *   指标 2020年 2025年 属性
 *   学前三年毛入园率(%) 88.5 92 预期性
 * A single space is no cell boundary anywhere else, so such a block is recognised by its
 * shape: a header line of three or more cells that hold no figure (years apart), then at
 * least two rows whose trailing cells are mostly figures and are no more than the header's.
 * The view returned sets a tab at each cell boundary of such blocks (offsets unchanged), so
 * that the table readers read them as they read tab-separated rows.
 */
import { isIdeograph } from "../phrase/chars";
import { headerRole, isFigureCell, isYearHeader } from "./table";
import { UNIT_MARK } from "./table-units";
import { isSpaceCode, Line } from "./text";

interface Token {
  start: number;
  end: number;
  text: string;
}

const MAX_COLUMNS = 16;
const MAX_LINE = 240;
/** Sentence punctuation: a line holding it is prose, not a row (as a pattern, and as code units for a scan that allocates nothing). */
const SENTENCE_MARKS = "。;；,，:：!?！？";
const SENTENCE = new RegExp(`[${SENTENCE_MARKS}]`);
const SENTENCE_CODES = new Uint8Array(65536);
for (const c of SENTENCE_MARKS) SENTENCE_CODES[c.charCodeAt(0)] = 1;

/** A line that may be a row or header: short, one single space between two cells, no sentence punctuation (no allocation). */
function mayBeRow(s: string, line: Line): boolean {
  if (line.trimEnd - line.trimStart > MAX_LINE) return false;
  let single = false;
  for (let k = line.trimStart; k < line.trimEnd; k++) {
    const c = s.charCodeAt(k);
    if (SENTENCE_CODES[c] === 1 || c === 124 /* | */) return false; // | bounds its own cells: 高中 (含中专) is one
    if (!single && isSpaceCode(c) && !isSpaceCode(s.charCodeAt(k - 1)) && !isSpaceCode(s.charCodeAt(k + 1))) single = true;
  }
  return single;
}

function tokens(s: string, line: Line): Token[] {
  const out: Token[] = [];
  let a = -1;
  let spaced = 0; // ideographs in the last token when it is a label spaced out one character at a time
  for (let k = line.trimStart; k <= line.trimEnd; k++) {
    const space = k === line.trimEnd || isSpaceCode(s.charCodeAt(k));
    if (!space && a < 0) a = k;
    else if (space && a >= 0) {
      const single = k - a === 1 && isIdeograph(s.charCodeAt(a));
      if (single && spaced > 0 && spaced < MAX_SPACED_OUT) {
        // 全  市, 园  数, 十 一 师: a short label spaced out to its column's width is one cell
        const prev = out[out.length - 1];
        out[out.length - 1] = { start: prev.start, end: k, text: s.slice(prev.start, k) };
        spaced++;
      } else {
        out.push({ start: a, end: k, text: s.slice(a, k) });
        spaced = single ? 1 : 0;
      }
      a = -1;
    }
  }
  return out;
}

const MAX_SPACED_OUT = 4;

/** A header line: three (min) or more short cells, none a figure unless it names a year, one single space between two of them. */
function isHeader(s: string, line: Line, toks: Token[], min = 3): boolean {
  if (toks.length < min || toks.length > MAX_COLUMNS || line.trimEnd - line.trimStart > MAX_LINE) return false;
  if (SENTENCE.test(s.slice(line.trimStart, line.trimEnd))) return false;
  if (!toks.every((t) => t.text.length <= 24 && (!isFigureCell(t.text) || isYearHeader(t.text)))) return false;
  for (let k = 1; k < toks.length; k++) if (toks[k].start - toks[k - 1].end === 1) return true;
  return false;
}

interface Row {
  toks: Token[];
  /** Tokens of the row's label (a serial number and the label's words). */
  lead: number;
}

/** A body row under a header of h cells: label words, then at most h - 1 cells, mostly figures. */
function rowOf(s: string, line: Line, toks: Token[], h: number): Row | null {
  if (!toks.length || toks.length > MAX_COLUMNS + 4 || line.trimEnd - line.trimStart > MAX_LINE) return null;
  if (SENTENCE.test(s.slice(line.trimStart, line.trimEnd).replace(/^[(（]?\d+[.、)）]/, "").replace(/^其中[:：]/, ""))) return null;
  let lead = 0;
  if (toks.length > 1 && /^\d{1,3}$/.test(toks[0].text) && !isFigureCell(toks[1].text)) lead = 1; // 序号
  while (lead < toks.length && !isFigureCell(toks[lead].text)) lead++;
  const rest = toks.length - lead;
  if (rest < 1 || rest > h) return null;
  let figures = 0;
  for (let k = lead; k < toks.length; k++) if (isFigureCell(toks[k].text)) figures++;
  return 2 * figures >= rest ? { toks, lead } : null;
}

/** A section row inside the block (一、普及水平): one short cell with no figure. */
function isSectionLine(toks: Token[]): boolean {
  return toks.length === 1 && toks[0].text.length <= 20 && !isFigureCell(toks[0].text);
}

/**
 * The text with a tab at every cell boundary of each space-set table (same length, same
 * offsets); the text itself when it has none.
 */
export function spaceTableView(s: string, lines: Line[]): string {
  // same-length replacements, in text order once sorted: the view is built from slices once
  const edits: Array<{ a: number; b: number; text: string }> = [];
  const tab = (a: number, b: number): void => {
    edits.push({ a, b, text: "\t".repeat(b - a) });
  };
  // 全  市: the characters of a spaced-out label close up, the spaces go after them
  const squeeze = (t: Token): void => {
    if (!/\s/.test(t.text)) return;
    const compact = t.text.replace(/\s+/g, "");
    edits.push({ a: t.start, b: t.end, text: compact + " ".repeat(t.end - t.start - compact.length) });
  };
  for (let i = 0; i < lines.length; i++) {
    if (!mayBeRow(s, lines[i])) continue;
    let head = tokens(s, lines[i]);
    let top = i; // the header's last line
    // 指 标 over 单位 2015年 2020年: a label spaced out to its column's width heads the header's first column
    if (head.length <= 4 && head.every((t) => t.text.length <= 2 || /\s/.test(t.text)) && headerRole(head.map((t) => t.text).join("")) === "label" && i + 1 < lines.length) {
      const next = tokens(s, lines[i + 1]);
      if (!isHeader(s, lines[i + 1], next, 2)) continue;
      head = [head[0], ...next];
      top = i + 1;
    } else if (!isHeader(s, lines[i], head)) continue;
    const h = head.length;
    // 学校数 招生数 over (所) (人): a line of units under the header is part of it
    const units = top + 1 < lines.length ? tokens(s, lines[top + 1]) : [];
    const unitLine = units.length >= 2 && (units.length === h || units.length === h - 1) && units.every((t) => UNIT_MARK.test(t.text));
    const rows: Row[] = [];
    let j = unitLine ? top + 2 : top + 1;
    while (j < lines.length && j <= top + 3 && lines[j].trimEnd === lines[j].trimStart) j++; // a blank line under the header
    for (; j < lines.length; j++) {
      const toks = tokens(s, lines[j]);
      const row = rowOf(s, lines[j], toks, h);
      if (row) rows.push(row);
      // 一、普及水平 over its rows, or a blank line between groups of rows: the table goes on when a row follows
      else if (!((isSectionLine(toks) || toks.length === 0) && j + 1 < lines.length && rowOf(s, lines[j + 1], tokens(s, lines[j + 1]), h))) break;
    }
    if (rows.filter((r) => r.toks.length - r.lead >= 2).length < 2) continue;
    for (let k = top > i ? 2 : 1; k < h; k++) tab(head[k - 1].end, head[k].start);
    if (unitLine) for (let k = 1; k < units.length; k++) tab(units[k - 1].end, units[k].start);
    head.forEach(squeeze);
    for (const { toks, lead } of rows) {
      // the label's words are cells of their own only when the row has no more cells than the header
      const from = toks.length <= h ? 1 : Math.max(1, lead);
      for (let k = from; k < toks.length; k++) tab(toks[k - 1].end, toks[k].start);
      toks.forEach(squeeze);
    }
    i = j - 1;
  }
  if (!edits.length) return s;
  edits.sort((x, y) => x.a - y.a);
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(s.slice(at, e.a), e.text);
    at = e.b;
  }
  parts.push(s.slice(at));
  return parts.join("");
}
