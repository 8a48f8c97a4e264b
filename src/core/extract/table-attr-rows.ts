/**
 * Rows of an indicator table whose header the copy lost (a page cut below it), cells set apart by
 * single spaces, each row closed by the indicator's attribute:
 *   城镇登记失业率(%) 2.6% ≤ 4% 约束性
 *   文化体育 城乡居民文化娱乐消费支出占家庭支出比重(%) - ≥12% 预期性
 * The attribute says the line is a row of a plan's table, so its last figure is the target and
 * a figure before it the baseline (— when none); a word before the label groups rows (文化体育).
 */
import { cleanLabel, isFigureCell, labelUnit } from "./table";
import { readCell, shareUnit, WRITTEN_FIGURE } from "./table-cell-reading";
import type { MatrixItem, MatrixTable } from "./table-matrix";
import { impliedCountUnit } from "./table-units";
import type { Line } from "./text";

const ATTR_END = /\s(约束性|预期性)\s*\|?\s*$/;
const COMPARATOR = /^(≥|≤|>|<|＞|＜)$/;
const MAX_FIGURES = 3;

interface Row {
  label: { text: string; start: number; end: number };
  figures: Array<{ text: string; start: number; end: number }>;
}

function rowAt(s: string, line: Line): Row | null {
  let e = line.trimEnd - 1;
  while (e > line.trimStart && (s.charCodeAt(e) === 124 || s.charCodeAt(e) === 32)) e--;
  if (s.charCodeAt(e) !== 0x6027 /* 性 */) return null; // most lines: one look at their end
  const t = s.slice(line.trimStart, line.trimEnd);
  const attr = ATTR_END.exec(t);
  if (!attr || /[。;；,，:：]/.test(t)) return null;
  const toks: Array<{ text: string; start: number; end: number }> = [];
  for (const m of t.slice(0, attr.index).matchAll(/\S+/g)) {
    const tok = { text: m[0], start: line.trimStart + (m.index as number), end: line.trimStart + (m.index as number) + m[0].length };
    const prev = toks[toks.length - 1];
    // ≤ 4%: a comparator set apart from its figure belongs to it
    if (prev && COMPARATOR.test(prev.text)) toks[toks.length - 1] = { text: prev.text + tok.text, start: prev.start, end: tok.end };
    else toks.push(tok);
  }
  let k = toks.length;
  while (k > 0 && toks.length - k < MAX_FIGURES && (WRITTEN_FIGURE.test(toks[k - 1].text) || isFigureCell(toks[k - 1].text))) k--;
  if (k === 0 || k === toks.length) return null;
  const label = toks[k - 1];
  if (!/[\u4e00-\u9fff]/.test(label.text)) return null;
  return { label, figures: toks.slice(k) };
}

export function readAttrRows(s: string, lines: Line[], i: number): MatrixTable | null {
  const rows: Row[] = [];
  let li = i;
  for (; li < lines.length; li++) {
    if (lines[li].trimStart === lines[li].trimEnd) break;
    const row = rowAt(s, lines[li]);
    if (!row) break;
    rows.push(row);
  }
  if (rows.length < 2) return null;
  const items: MatrixItem[] = [];
  for (const { label, figures } of rows) {
    const { name, unit } = labelUnit(cleanLabel(label.text));
    figures.forEach((cell, n) => {
      const kind = n === figures.length - 1 ? "target" : "actual";
      const shown = readCell(cell.text, unit ?? shareUnit(name) ?? impliedCountUnit(name) ?? impliedCountUnit(name + "数"), kind);
      if (!shown || (shown.unit === null && shown.comparator !== "ratio")) return;
      items.push({ indicator: name, scope: null, shown, kind, start: label.start, end: cell.end });
    });
  }
  return items.length ? { items, nextLine: li } : null;
}
