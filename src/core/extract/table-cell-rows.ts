/**
 * Statistics tables copied one cell per line, rows and header alike (教育部 教育统计数据 pages and
 * their mirrors), cells often parted by lines of `|` and glossed in English:
 *   地区 | Region | 园数(所) | 班数(个) | 合计 | 其中:少数民族幼儿园 | …
 *   总 | 计 | Total | 291715 | 7088 | 1772314 | …
 *   北 京 Beijing | 1899 | 9 | 18770 | …
 * The header names the columns: a corner cell (地区) or a measure with its unit in brackets
 * (学校数(所), 教职工数()) opens it. A measure over several columns has its sub-columns named
 * after the measures, each group opening on 合计. A row is its label (a part: a region, a kind of
 * school) followed by its figures, left to right; a label with none heads a group of rows. Every
 * figure is an actual of its column's measure, in its unit.
 */
import { parseTarget } from "../parse-target";
import { showTarget } from "../target";
import { captionCount } from "./table-caption";
import { measureOf, PART_COLUMN, type MatrixItem } from "./table-matrix";
import { impliedCountUnit, MEASURE_END, ONE_LINE_ROW, ROW_FIGURE, TOTAL_COLUMN, UNIT_CELL } from "./table-units";
import { scaled, unitsOf, type YearbookTable } from "./table-yearbook";
import { withoutReadings, type Line } from "./text";

/** A cell's text without a converter's pinyin readings, which only stand in brackets. */
function readingless(t: string): string {
  return t.indexOf("(") >= 0 ? withoutReadings(t) : t;
}

/** A row label's Chinese words, its English gloss and spaces dropped (北 京 Beijing → 北京); "" for a label in English only. */
export function labelWords(label: string): string {
  return readingless(label).replace(GLOSS, "").replace(/\s+/g, "");
}

/** A line's cell; its Chinese words are read when first asked for (most cells are only tested for a figure). */
class Cell {
  constructor(
    private readonly s: string,
    readonly figure: boolean,
    readonly start: number,
    readonly end: number,
    readonly line: number,
    /** Set for a row's label split off its figures (Beijing, 西 Shanxi): its words, English if it has no others. */
    private words: string | null = null,
  ) {}

  /** The Chinese words, its English gloss dropped; "" for a figure or a gloss alone (9-Year Schools, Grade 1). */
  get zh(): string {
    if (this.words === null) {
      const t = this.s.slice(this.start, this.end);
      this.words = this.figure || !/[\u4e00-\u9fff]/.test(t) ? "" : labelWords(t);
    }
    return this.words;
  }
}

interface Column {
  name: string;
  unit: string | null;
}

/** A figure cell: a count, a count in brackets (a count not summed: (5)), or an empty mark. */
const FIGURE = /^[(（]?\d+(?:\.\d+)?[)）]?$|^[—–-]+$/;
/** Where the Chinese words of a cell end and its English gloss begins. */
const GLOSS = /\s*[A-Za-z].*$/;
const CORNERS = new Set(["地区", "地区名称", "项目", "指标", "类别", "学校类别", "单位名称", "单位"]);
const OPENER_START = new Set([...CORNERS].map((c) => c.charCodeAt(0)));
/** A measure with its unit in brackets, the brackets perhaps emptied by the copy: 学校数(所), 教职工数(). */
const MEASURE = /^([\u4e00-\u9fff][\u4e00-\u9fff()（）、]{0,20}?)[(（]\s*([^()（）\s]{0,6})\s*[)）]$/;
/** A page's metadata line: 来源:教育部, 单位:平方米, 发布日期:…. */
const META = /^(?:来源|发布|单位|计量单位|时间|日期|作者|点击|浏览)[:：]/;
/** Columns that hold no measure's figures. */
const NOT_MEASURES = new Set(["行次", "序号", "栏次", "编号", "备注"]);
/** A unit in brackets alone: (人). */
const UNIT_ALONE = /^[(（]([^()（）]{1,6})[)）]$/;
/** 其中: before a part's name (其中:城乡结合区, 其中:女): the part is named by itself. */
const OF_WHICH = /^其中[:：]?/;
/** A row label that numbers a group (一、高等教育, (一)研究生培养机构, 1.普通高校): no column's name. */
const NUMBERED = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d{1,2}\.)/;
const MAX_CELLS = 3000;
/** Rows read to find how many columns the body fills. */
const ROWS_FOR_WIDTH = 40;
const MAX_HEADER = 80;
/** A cell with its English gloss may run long (…研究生培养机构(不计校数) Institutions Providing Postgraduate Programs). */
const MAX_CELL = 120;
const MAX_ROW = 400;

/** Where a line's cell is: the line without the `|` marks and spaces around it (empty for a line of `|` alone). */
function cellAt(s: string, line: Line): [number, number] {
  let a = line.trimStart;
  let b = line.trimEnd;
  while (a < b && (s.charCodeAt(a) === 124 || s.charCodeAt(a) === 32)) a++;
  while (b > a && (s.charCodeAt(b - 1) === 124 || s.charCodeAt(b - 1) === 32)) b--;
  return [a, b];
}

/**
 * The document's cells, one per line with text (lines of `|` or nothing skipped), read once per
 * text: a table tried at every line of a long header costs lookups, not re-reading.
 */
interface DocCells {
  s: string;
  cells: Cell[];
  /** Per line: the index of the first cell at or after it. */
  firstAt: Int32Array;
  /** Per cell: the index of the first cell after a line that is no cell (a sentence, a long line). */
  stopAt: Int32Array;
  /** Per cell: the index of the first figure at or after it. */
  figureAt: Int32Array;
}

/** Keyed by the document's lines (one array per call of the extractor): nothing outlives the call. */
const docCells = new WeakMap<Line[], DocCells>();

function cellsOfDoc(s: string, lines: Line[]): DocCells {
  const known = docCells.get(lines);
  if (known && known.s === s) return known;
  const cells: Cell[] = [];
  const firstAt = new Int32Array(lines.length + 1);
  const breaks: number[] = []; // cell indices before which a line that is no cell stands
  for (let li = 0; li < lines.length; li++) {
    firstAt[li] = cells.length;
    const [a, b] = cellAt(s, lines[li]);
    if (a === b) continue;
    const t = s.slice(a, b);
    if (b - a > MAX_ROW || t.indexOf("|") >= 0 || /[。;；,，]/.test(t)) {
      breaks.push(cells.length);
      continue;
    }
    // Beijing 21 312 1454 …: a row set on one line under a header of cells one per line is its label's cell and a cell per figure
    const row = b - a > 8 && ONE_LINE_ROW.exec(t);
    if (row) {
      const label = row[1];
      cells.push(new Cell(s, false, a, a + label.length, li, labelWords(label) || label.replace(/\s+/g, " ")));
      for (let m = ROW_FIGURE.exec(row[2]), at = a + t.length - row[2].length; m; m = ROW_FIGURE.exec(row[2])) cells.push(new Cell(s, true, at + m.index, at + m.index + m[0].length, li));
      ROW_FIGURE.lastIndex = 0;
      continue;
    }
    if (b - a > MAX_CELL) {
      breaks.push(cells.length);
      continue;
    }
    cells.push(new Cell(s, FIGURE.test(t), a, b, li));
  }
  firstAt[lines.length] = cells.length;
  const stopAt = new Int32Array(cells.length + 1).fill(cells.length);
  const figureAt = new Int32Array(cells.length + 1).fill(cells.length);
  let next = cells.length;
  for (let c = cells.length - 1, bi = breaks.length - 1; c >= 0; c--) {
    while (bi >= 0 && breaks[bi] > c) next = breaks[bi--];
    stopAt[c] = next;
    figureAt[c] = cells[c].figure ? c : figureAt[c + 1];
  }
  const doc = { s, cells, firstAt, stopAt, figureAt };
  docCells.set(lines, doc);
  return doc;
}

/** The cells from line i on, up to the first line that is no cell. */
class Cells {
  private readonly from: number;
  private readonly to: number;

  constructor(private readonly doc: DocCells, i: number) {
    this.from = doc.firstAt[i];
    this.to = Math.min(this.from < doc.cells.length ? doc.stopAt[this.from] : this.from, this.from + MAX_CELLS);
  }

  at(k: number): Cell | null {
    return this.from + k < this.to ? this.doc.cells[this.from + k] : null;
  }

  /** The index of the first figure, or -1 when the run of cells has none. */
  firstFigure(): number {
    const f = this.doc.figureAt[this.from];
    return f < this.to ? f - this.from : -1;
  }

  slice(a: number, b: number): Cell[] {
    return this.doc.cells.slice(this.from + a, Math.min(this.from + b, this.to));
  }
}

/** The unit a header cell states or its name implies, or null. */
function unitOfCell(name: string, marked: string | null, counted: string | null): string | null {
  if (marked && UNIT_CELL.test(marked)) return marked;
  // 代课教师, 保育员, 保健医: people, counted in 人 as their counts would be (代课教师数);
  // under a caption that counts (…受教育程度人数), 大学 and 高中 are the people of those levels, not schools
  if (counted !== null && !MEASURE_END.test(name)) return counted;
  return impliedCountUnit(name) ?? impliedCountUnit(name + "数");
}

/** The names a header's cells give, in order, with their units, or null for a header that is none. */
function namesOf(header: Cell[], counted: string | null): Column[] | null {
  const names: Column[] = [];
  let corners = 0;
  for (const c of header) {
    // 来源:教育部, 单位:平方米, 行次: a page's metadata or a column of line numbers is no measure's column
    if (/\d/.test(c.zh) || META.test(c.zh) || NOT_MEASURES.has(c.zh)) return null;
    // 项目 | 行次 | 决算数 | 项目 | …: a table set out twice side by side
    if (CORNERS.has(c.zh) && ++corners > 1) return null;
    if (!c.zh || CORNERS.has(c.zh) || NUMBERED.test(c.zh) || (names.length && names[names.length - 1].name === c.zh)) continue;
    const mark = UNIT_ALONE.exec(c.zh);
    if (mark) {
      // 入园(班)人数 over (人): a unit on a line of its own is its measure's
      if (names.length && UNIT_CELL.test(mark[1])) names[names.length - 1].unit = mark[1];
      continue;
    }
    const m = MEASURE.exec(c.zh);
    names.push(m ? { name: m[1], unit: unitOfCell(m[1], m[2], counted) } : { name: c.zh, unit: unitOfCell(c.zh, null, counted) });
  }
  return names.length >= 2 ? names : null;
}

/** The columns a header's names give rows of k figures, or null when they cannot be k. */
function columnsOf(names: Column[], k: number): Column[] | null {
  const firstTotal = names.findIndex((n) => TOTAL_COLUMN.test(n.name));
  if (firstTotal < 0) return names.length === k ? names : null;
  // 园数(所) 班数(个) … over 合计 其中:… : each group of sub-columns, opening on 合计, belongs to a measure in turn
  const parents = names.slice(0, firstTotal);
  const groups: string[][] = [];
  for (const n of names.slice(firstTotal)) {
    if (TOTAL_COLUMN.test(n.name)) groups.push([]);
    groups[groups.length - 1].push(n.name);
  }
  if (groups.length > parents.length) return null;
  // the last group takes what the other columns leave (a sub-header wrapped onto two cells counts once)
  const fixed = groups.slice(0, -1).reduce((a, g) => a + g.length, 0) + parents.length - groups.length;
  const last = k - fixed;
  if (last < 1) return null;
  // one group: the measure its sub-columns divide (grades and stages divide pupils: 在校生数 over 一年级 …), else the first
  const spanning = groups.length === 1 ? dividedBy(parents, groups[0]) : -1;
  const cols: Column[] = [];
  parents.forEach((p, pi) => {
    const gi = spanning >= 0 ? (pi === spanning ? 0 : -1) : pi < groups.length ? pi : -1;
    if (gi < 0) {
      cols.push(p);
      return;
    }
    const size = gi === groups.length - 1 ? last : groups[gi].length;
    for (let j = 0; j < size; j++) {
      // 其中:少数 / 民族幼儿园: the cells left over name the last column, wrapped
      const sub = j === size - 1 && groups[gi].length > size ? groups[gi].slice(j).join("") : groups[gi][j];
      cols.push({ name: sub === undefined || TOTAL_COLUMN.test(sub) ? p.name : sub.replace(OF_WHICH, ""), unit: p.unit });
    }
  });
  return cols.length === k ? cols : null;
}

/** Sub-columns that divide pupils (一年级, 小学阶段, 其中:女) and the measures that count them. */
const PUPIL_PARTS = /年级|阶段|^其中[:：]?[女男]$|^[女男]$/;
const PUPIL_MEASURES = /在校生|在园|学生|招生|毕业生/;

/** Which measure a group of sub-columns divides: the last measure of pupils when the parts are grades or stages, else the first. */
function dividedBy(parents: Column[], group: string[]): number {
  if (!group.some((g) => PUPIL_PARTS.test(g))) return 0;
  for (let p = parents.length - 1; p >= 0; p--) if (PUPIL_MEASURES.test(parents[p].name)) return p;
  return 0;
}

/** The label before a row's figures: the last Chinese cell, with the one-character cells a spaced-out label ran over (总 / 计), not the two-character heads before it (合计 | 城区 | 镇区). */
function labelBefore(cells: Cells, f: number): number {
  const at = (k: number): Cell => cells.at(k) as Cell;
  let j = f - 1;
  while (j >= 0 && !at(j).figure && at(j).zh === "") j--; // its gloss
  if (j < 0 || at(j).figure) return -1;
  let from = j;
  while (from > 0 && at(from).zh.length <= 2 && !at(from - 1).figure && at(from - 1).zh.length === 1) from--;
  return from;
}

/**
 * Columns of words between each row's label and its figures (经费性质: 全额拨款), from the first two
 * rows: as many word cells stand between the first row's figures and the second's, less the label. 0 when none.
 */
function wordColumns(cells: Cells, f0: number): number {
  const gap = (f: number): [number, number] => {
    let e = f;
    while (cells.at(e)?.figure === true) e++;
    let w = e;
    while (cells.at(w) !== null && cells.at(w)?.figure !== true) w++;
    return [w - e, w];
  };
  const [first, next] = gap(f0);
  const [second] = gap(next);
  // both rows alike, each word a cell of Chinese (a gloss or a wrapped label is no column)
  if (first < 2 || first !== second || first > 3) return 0;
  for (let k = 1; k < first; k++) if (!/^[\u4e00-\u9fff]{2,8}$/.test((cells.at(next - k) as Cell).zh)) return 0;
  return first - 1;
}

/** The unit a 单位 line states for a whole table (单位:人 |), or null (none, or several: 单位:人、所). */
export function unitLineUnit(t: string): string | null {
  if (!/^[|\s]*(?:计量)?单位/.test(t)) return null;
  const units = unitsOf(t);
  return units && units.length === 1 && UNIT_CELL.test(units[0]) ? units[0] : null;
}

/** The line a header opens on, from line i: past a unit line (单位:人 |), its English (unit:person, unit:m 2, unit:㎡) and lines of `|`; with that unit. */
function headerStart(s: string, lines: Line[], i: number): { at: number; unit: string | null } {
  const t = (j: number): string => s.slice(lines[j].trimStart, lines[j].trimEnd);
  if (!/^[|\s]*(?:计量)?单位/.test(t(i)) || !unitsOf(t(i))) return { at: i, unit: null };
  let j = i + 1;
  while (j < lines.length && j <= i + 4 && /^[|\sA-Za-z:：\d㎡²]*$/.test(t(j)) && !FIGURE.test(t(j))) j++;
  return { at: Math.min(j, lines.length - 1), unit: unitLineUnit(t(i)) };
}

export function readCellRows(s: string, lines: Line[], from: number): YearbookTable | null {
  const { at: i, unit: tableUnit } = headerStart(s, lines, from);
  const first = s.slice(lines[i].trimStart, lines[i].trimEnd).replace(/^[|\s]+/, "");
  if (first.length > MAX_CELL || !(OPENER_START.has(first.charCodeAt(0)) || /[(（数率]/.test(first) || tableUnit !== null)) return null; // most lines: no corner, no unit, no measure
  const opener = readingless(first).replace(GLOSS, "").replace(/[|\s]+/g, ""); // 合计 Total | → 合计
  const measure = MEASURE.exec(opener);
  // 地区, 学校数(所), 教职工数(), or a measure under a unit line (单位:人 / 毕业生数)
  // …or, under a unit line, the first of columns that are parts (单位:平方米 / 合计 / 城区 / 镇区 / 乡村)
  const parts = tableUnit !== null && TOTAL_COLUMN.test(opener);
  if (!parts && !CORNERS.has(opener) && !(measure && (measure[2] === "" || UNIT_CELL.test(measure[2]))) && !(opener.length <= 8 && MEASURE_END.test(opener) && /^[\u4e00-\u9fff]+$/.test(opener))) return null;
  const cells = new Cells(cellsOfDoc(s, lines), i);
  const f0 = cells.firstFigure();
  if (f0 < 2 || f0 > MAX_HEADER) return null;
  const figure = (k: number): boolean => cells.at(k)?.figure === true;
  // 单位 | 经费性质 | 编制人数 | 实有人数 over 思明区教育局 | 全额拨款 | 16 | 15: columns of words after each row's label
  const texts = wordColumns(cells, f0);
  const l0 = labelBefore(cells, f0) - texts;
  const named = l0 < 1 ? null : namesOf(cells.slice(0, l0), captionCount(s, lines, from));
  const names = named && named.length > texts + 1 ? named.slice(texts) : texts ? null : named;
  if (!names) return null;
  // k: the most figures a row of the first rows holds; a row of fewer fills its first columns
  let k = 0;
  for (let f = f0, rows = 0; cells.at(f) !== null && rows < ROWS_FOR_WIDTH; rows++) {
    let n = 0;
    while (figure(f + n)) n++;
    k = Math.max(k, n);
    f += n;
    while (cells.at(f) !== null && !figure(f)) f++;
  }
  // 合计 | 城区 | 镇区 | 乡村: columns of parts make each row a measure (危房, 教学及辅助用房) in the table's unit
  const byRow = parts && names.length === k && names.every((n) => PART_COLUMN.test(n.name.replace(OF_WHICH, "")));
  const found = byRow ? names.map((n) => ({ name: n.name.replace(OF_WHICH, ""), unit: null })) : k >= 2 ? columnsOf(names, k) : null;
  if (!found) return null;
  const cols = tableUnit === null ? found : found.map((c) => (c.unit === null ? { ...c, unit: tableUnit } : c));
  const items: MatrixItem[] = [];
  let full = 0;
  let last = (cells.at(f0) as Cell).line;
  for (let p = l0; cells.at(p) !== null; ) {
    let f = p;
    while (cells.at(f) !== null && !figure(f)) f++;
    if (cells.at(f) === null) break;
    const from = labelBefore(cells, f) - texts;
    if (from < p || (texts && f - from !== texts + 1)) break;
    let n = 0;
    while (figure(f + n)) n++;
    if (n > k) break;
    if (n === k) full++;
    const scope = cells.slice(from, f - texts).map((c) => c.zh).join("").replace(NUMBERED, "");
    for (let c = 0; c < n; c++) {
      const cell = cells.at(f + c) as Cell;
      const text = s.slice(cell.start, cell.end).replace(/[()（）]/g, "");
      if (!/^\d/.test(text)) continue;
      const shown = showTarget(parseTarget(text));
      const value = scaled({ ...shown, comparator: "=", unit: cols[c].unit }, text);
      if (byRow) items.push({ indicator: measureOf(scope.replace(OF_WHICH, "") || "合计", value.unit), scope: cols[c].name, shown: value, start: cell.start, end: cell.end });
      else items.push({ indicator: cols[c].name, scope: scope || null, shown: value, start: cell.start, end: cell.end });
    }
    last = (cells.at(f + n - 1) as Cell).line;
    p = f + n;
  }
  return full >= 2 && items.length ? { items, nextLine: last + 1 } : null;
}
