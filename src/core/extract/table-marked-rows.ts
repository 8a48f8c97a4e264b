/**
 * A statistics table whose rows each state their unit, in Chinese and again in English, under a
 * header of parts (no years), as a city yearbook prints it:
 *   项   目   Item   合 计
 *       Total # 市科协 区科协
 *         City-level District-level
 *   机构数               (个)   Number of Associations for Science & Technology   (unit)   15 4 11
 *    其中:专家科普报告会    (次)   Number of Experts Popular Science Reports        (times)   318 281 37
 * Each figure is its row's measure, in the row's unit, for its column's part. A wide gap between
 * two figures (155   155) is a column left blank.
 */
import { parseTarget } from "../parse-target";
import { showTarget } from "../target";
import { measureOf, type MatrixItem } from "./table-matrix";
import { isLabelHeader, UNIT_CELL } from "./table-units";
import { scaled, type YearbookTable } from "./table-yearbook";
import { withoutReadings, type Line } from "./text";

/** A row: its label, its unit marker, an English gloss (with its own unit), then its figures. */
const ROW = /^\s*((?:其中[:：]\s*)?[\u4e00-\u9fff][^()（）\d]*?)\s*[(（]\s*([^()（）\s]{1,5})\s*[)）]\s*(?:[A-Za-z][^\u4e00-\u9fff]*?)?\s+(\d+(?:\.\d+)?(?:\s+\d+(?:\.\d+)?)*)\s*$/;
const MAX_HEADER_LINES = 6;
const MAX_ROWS = 300;
const MAX_LINE = 300;
/** Rows with two figures or more: a column of one figure is a list, not a table of parts. */
const MIN_ROWS = 3;
/** Spaces that stand for a blank cell between two figures set apart by one. */
const BLANK_GAP = 3;

const lineText = (s: string, line: Line): string => s.slice(line.trimStart, line.trimEnd);

function rowOf(s: string, line: Line): RegExpExecArray | null {
  const t = lineText(s, line);
  if (t.length > MAX_LINE || t.indexOf("(") < 0 && t.indexOf("（") < 0) return null;
  const m = ROW.exec(t);
  return m && UNIT_CELL.test(m[2]) ? m : null;
}

/** The header's Chinese words, minus the corner's (项目): as printed, or with characters spaced out to a column's width joined in pairs (项   目, 合 计 → 项目, 合计). */
function headerWords(lines: string[], width: number): string[] | null {
  const runs: string[] = [];
  for (const t of lines) for (const m of withoutReadings(t).matchAll(/[\u4e00-\u9fff]+/g)) runs.push(m[0]);
  const named = (words: string[]): string[] => words.filter((w) => !isLabelHeader(w));
  if (named(runs).length === width) return named(runs);
  const paired: string[] = [];
  for (let k = 0; k < runs.length; k++) {
    if (runs[k].length === 1 && k + 1 < runs.length && runs[k + 1].length === 1) paired.push(runs[k] + runs[++k]);
    else paired.push(runs[k]);
  }
  return named(paired).length === width ? named(paired) : null;
}

/** The column of each figure: in order, a wide gap skipping a blank column, when the row has fewer figures than columns. */
function columnsOf(found: RegExpMatchArray[], width: number): number[] {
  const cols: number[] = [];
  let c = 0;
  for (let k = 0; k < found.length; k++) {
    if (k > 0) {
      const gap = (found[k].index as number) - ((found[k - 1].index as number) + found[k - 1][0].length);
      if (gap >= BLANK_GAP && found.length < width) c++;
    }
    cols.push(c++);
  }
  return cols[cols.length - 1] < width ? cols : found.map((_, k) => k);
}

/** A table whose header starts at line i (the header is no row, holds no sentence and no dated caption), or null. */
export function readMarkedRows(s: string, lines: Line[], i: number): YearbookTable | null {
  // a header names its parts in words: a line of figures or marks alone starts none (most lines of a column of figures fail here)
  if (!/[\u4e00-\u9fffA-Za-z]/.test(lineText(s, lines[i])) || rowOf(s, lines[i])) return null;
  let li = i;
  const header: string[] = [];
  for (; li < lines.length && li - i < MAX_HEADER_LINES; li++) {
    if (rowOf(s, lines[li])) break;
    const t = lineText(s, lines[li]);
    // a sentence or a dated caption (17-4 科协基本情况(2021年)) is no header line
    if (t.length > MAX_LINE || /[。；;]/.test(t) || (/[\u4e00-\u9fff]/.test(t) && /\d/.test(t))) return null;
    header.push(t);
  }
  if (li >= lines.length || !rowOf(s, lines[li])) return null;
  const items: MatrixItem[] = [];
  let width = 0;
  let wide = 0; // rows of two figures or more
  let last = li;
  const rows: Array<{ m: RegExpExecArray; at: number }> = [];
  for (; li < lines.length && rows.length < MAX_ROWS; li++) {
    if (lines[li].trimEnd === lines[li].trimStart) continue;
    const m = rowOf(s, lines[li]);
    if (!m) break;
    rows.push({ m, at: lines[li].trimStart });
    const n = m[3].split(/\s+/).length;
    width = Math.max(width, n);
    if (n >= 2) wide++;
    last = li;
  }
  if (wide < MIN_ROWS) return null;
  // columns nobody can name would pass the parts for values of the whole
  const names = headerWords(header, width);
  if (names === null && width > 1) return null;
  for (const { m, at } of rows) {
    const label = m[1].replace(/^其中[:：]\s*/, "").replace(/\s+/g, "");
    const found = [...m[3].matchAll(/\d+(?:\.\d+)?/g)];
    const cols = columnsOf(found, width);
    const figuresAt = at + m[0].length - m[3].length; // the line is trimmed: its figures end it
    for (let k = 0; k < found.length; k++) {
      const f = found[k][0];
      const shown = scaled({ ...showTarget(parseTarget(f)), comparator: "=", unit: m[2] }, f);
      const end = figuresAt + (found[k].index as number) + f.length;
      items.push({ indicator: measureOf(label, shown.unit), scope: names ? names[cols[k]] : null, shown, start: at + m[0].indexOf(m[1]), end });
    }
  }
  return items.length ? { items, nextLine: last + 1 } : null;
}
