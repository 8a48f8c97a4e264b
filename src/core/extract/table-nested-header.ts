/**
 * A `|` table whose header runs over two or three lines (an HTML header with spanning groups,
 * copied row after row), each row of the body the same count of figures after one or two labels:
 *   教育阶段 | 资助项目 | 2022年秋资助合计 | 受助学生困难类别 | 备注 |
 *   金额(万元) | 人数 | 人次 | 脱贫户学生资助金额、人数和人次 | 低保家庭学生(人数) | … |
 *   金额(万元) | 人数 | 人次 |
 *   2022年秋 | 学前 | 224.4252 | 2072 | 4172 | 130.078 | 1203 | … |
 *   学前(秋) | 免保教费 | 156.47 | 2072 | … |
 *   免生活费 | 67.9552 | 2068 | … |
 * The first line's cells after its corners span the lines below; on the second line, the cells
 * that name the third line's cells (…金额、人数和人次) span them. The columns are the leaves in
 * reading order, and must number the figures of every row. A row's two labels are a group
 * (学前(秋), kept by the rows after it that give one label) and an item, unless the first is a
 * time (2022年秋). Figures are actuals of their column, in the unit its cell or group marks
 * (金额(万元), (人数)), or its name implies (人数 → 人, 人次, 金额 in the money unit stated above).
 */
import { parseTarget } from "../parse-target";
import { showTarget } from "../target";
import { cellsOf, type TableCell } from "./table";
import { named, type MatrixItem, type MatrixTable } from "./table-matrix";
import { BARE_NUMBER, compact, EMPTY_MARK, impliedCountUnit } from "./table-units";
import type { Line } from "./text";

const NOTE = /^(备注|说明|附注)$/;
const TIME = /^(19|20)\d\d\s*年/;
const TOTAL = /(合计|总计|小计)$/;
/** Column names that say only what is counted (金额, 人数): the group over them names the measure. */
const GENERIC = /^(金额|资金|人数|人次|户数|数量|所数|个数)$/;
const MONEY = /(亿元|万元|元)/;
const MAX_HEADER_LINES = 3;
const MIN_COLUMNS = 3;
const MAX_COLUMNS = 24;
const MAX_ROWS = 200;
const LOOK_ABOVE = 16;

const isFigure = (t: string): boolean => BARE_NUMBER.test(t) || EMPTY_MARK.test(t);
/** A | within the line (looked for there only: a search on through the text would cost its length per line). */
function hasBar(s: string, line: Line): boolean {
  for (let k = line.trimStart; k < line.trimEnd; k++) if (s.charCodeAt(k) === 124) return true;
  return false;
}

/** The cells of a line that hold text; a line of bare | dividers has none. */
const textCells = (s: string, line: Line): TableCell[] => cellsOf(s, line).filter((c) => c.text !== "|");

interface Leaf {
  name: string;
  unit: string | null;
  year: number | null;
}

/** A nested-header table whose first header line is line i, or null. */
export function readNestedHeader(s: string, lines: Line[], i: number): MatrixTable | null {
  if (!hasBar(s, lines[i])) return null;
  const top = textCells(s, lines[i]);
  if (top.length < 3 || top.some((c) => isFigure(c.text))) return null;
  const header: TableCell[][] = [top];
  let j = i + 1;
  for (; j < lines.length && header.length <= MAX_HEADER_LINES; j++) {
    const cells = textCells(s, lines[j]);
    if (!cells.length) continue;
    if (cells.some((c) => isFigure(c.text))) break;
    header.push(cells);
  }
  if (header.length < 2 || header.length > MAX_HEADER_LINES) return null;
  const body = readBody(s, lines, j);
  if (!body) return null;
  const corners = Math.max(...body.rows.map((r) => r.labels.length));
  const groups = top.slice(corners).filter((c) => !NOTE.test(compact(c.text)));
  if (!groups.length) return null;
  const leaves = leavesOf(groups.map((c) => compact(c.text)), header.slice(1).map((l) => l.map((c) => compact(c.text))), body.width);
  if (!leaves) return null;
  const money = moneyAbove(s, lines, i);
  return { items: itemsOf(body.rows, leaves, money), nextLine: body.nextLine };
}

interface Row {
  labels: TableCell[];
  values: TableCell[];
}

/** The rows from line j on: one or two labels, then figures, every row as many. */
function readBody(s: string, lines: Line[], j: number): { rows: Row[]; width: number; nextLine: number } | null {
  const rows: Row[] = [];
  let width = 0;
  let next = j;
  for (let k = j; k < lines.length && rows.length < MAX_ROWS; k++) {
    const cells = textCells(s, lines[k]);
    if (!cells.length) continue;
    let n = 0;
    while (n < cells.length && !isFigure(cells[n].text)) n++;
    const values = cells.slice(n);
    if (n < 1 || n > 2 || values.some((c) => !isFigure(c.text))) break;
    if (width === 0) width = values.length;
    // a shorter row after two proven ones is a copy cut off mid-row: read from the left, and end there
    const cut = values.length < width && values.length > 0 && rows.length >= 2;
    if (values.length !== width && !cut) break;
    rows.push({ labels: cells.slice(0, n), values });
    next = k + 1;
    if (cut) break;
  }
  if (rows.length < 2 || width < MIN_COLUMNS || width > MAX_COLUMNS) return null;
  return { rows, width, nextLine: next };
}

/**
 * The header's columns in reading order. Every group of the first line spans the lines below;
 * on a middle line, the cells that name two or more of the last line's cells span them.
 */
function leavesOf(groups: string[], lower: string[][], width: number): Leaf[] | null {
  const groupYear = groups.map((g) => (TIME.test(g) ? Number(g.slice(0, 4)) : null));
  const year = groupYear.find((y) => y !== null) ?? null;
  const prefix = groups.length === 1 ? measureOf(groups[0]) : "";
  const second = lower[0];
  if (lower.length === 1) {
    if (second.length !== width) return null;
    return second.map((t) => leaf(t, prefix, null, year));
  }
  const last = lower[1];
  const childNames = new Set(last.map((t) => named(t).name));
  const spanning = second.map((t) => [...childNames].filter((c) => t.indexOf(c) >= 0).length >= 2);
  const g = spanning.filter(Boolean).length;
  if (g === 0 || last.length % g !== 0 || second.length - g + last.length !== width) return null;
  const share = last.length / g;
  const leaves: Leaf[] = [];
  let taken = 0;
  // the first group's cells before any other (2022年秋资助合计 over 金额 | 人数 | 人次) are its own
  let leading = groups.length > 1 ? measureOf(groups[0]) : prefix;
  second.forEach((t, k) => {
    if (!GENERIC.test(named(t).name)) leading = prefix;
    if (!spanning[k]) {
      leaves.push(leaf(t, leading, null, year));
      return;
    }
    const { name, unit } = named(t);
    const over = measureOf(withoutChildren(name, childNames));
    for (const c of last.slice(taken, taken + share)) leaves.push(leaf(c, over, unit, year));
    taken += share;
  });
  return leaves;
}

/** A column's name and unit: a generic name takes its group's (资助 + 金额), a unit its mark or its name says. */
function leaf(t: string, group: string, groupUnit: string | null, year: number | null): Leaf {
  const { name, unit } = named(t);
  const mark = /^(.+?)[(（](人数|人次)[)）]$/.exec(t);
  const base = mark ? mark[1] + mark[2] : name;
  const full = GENERIC.test(base) ? group + base : base;
  return { name: full, unit: unit ?? (mark ? impliedUnit(mark[2]) : null) ?? groupUnit ?? impliedUnit(full), year };
}

function impliedUnit(name: string): string | null {
  if (name.endsWith("人次")) return "人次";
  return impliedCountUnit(name);
}

/** 2022年秋资助合计 → 资助: the measure a group names, without its time and its total. */
function measureOf(group: string): string {
  return named(group).name.replace(/^(19|20)\d\d\s*年(春|秋|度)?(季|季学期)?/, "").replace(TOTAL, "");
}

/** 脱贫户学生资助金额、人数和人次 → 脱贫户学生资助: the list of the cells it spans dropped. */
function withoutChildren(name: string, children: Set<string>): string {
  let t = name;
  for (;;) {
    const before = t;
    for (const c of children) if (t.endsWith(c)) t = t.slice(0, -c.length).replace(/[、和及与,]$/, "");
    if (t === before) return t;
  }
}

/** The money unit a line above the table states (单位:人数/人次,万元), or null. */
function moneyAbove(s: string, lines: Line[], i: number): string | null {
  for (let j = i - 1; j >= 0 && j >= i - LOOK_ABOVE; j--) {
    const t = s.slice(lines[j].trimStart, lines[j].trimEnd);
    const k = t.indexOf("单位");
    if (k < 0) continue;
    const m = MONEY.exec(t.slice(k));
    if (m) return m[1];
  }
  return null;
}

function itemsOf(rows: Row[], leaves: Leaf[], money: string | null): MatrixItem[] {
  const items: MatrixItem[] = [];
  let group: string | null = null;
  for (const row of rows) {
    let item: string | null = null;
    let scope: string | null;
    if (row.labels.length === 2) {
      const first = compact(row.labels[0].text);
      group = TIME.test(first) ? null : first.replace(/[(（][^()（）]*[)）]$/, "");
      item = group === null ? null : compact(row.labels[1].text);
      scope = group ?? compact(row.labels[1].text);
    } else if (group !== null) {
      item = compact(row.labels[0].text);
      scope = group;
    } else {
      const label = compact(row.labels[0].text);
      scope = TOTAL.test(label) ? null : label;
    }
    row.values.forEach((c, k) => {
      if (EMPTY_MARK.test(c.text)) return;
      const col = leaves[k];
      const unit = col.unit ?? (/(金额|资金|经费)$/.test(col.name) ? money : null);
      const shown = showTarget(parseTarget(c.text));
      items.push({
        indicator: (item ?? "") + col.name,
        scope,
        shown: { ...shown, comparator: "=", unit: shown.unit ?? unit },
        start: row.labels[0].start,
        end: c.end,
        ...(col.year === null ? {} : { year: col.year }),
      });
    });
  }
  return items;
}
