/**
 * Two-way tables: the first column names a part (a level, a region, a 专业类别: the scope), the
 * other columns name indicators, and each cell is that indicator's figure for that part:
 *   类别 | 学校数 | 班级数 | 专任教师数 | 学生与专任教师比
 *   小学 | 334   | 8697   | 18955      | 19.57
 * pasted one row per line (`|`, tabs) or one cell per line. No header cell is a year or a
 * value column (those are indicator tables, table.ts), so the body must prove the shape: at
 * least two rows of one label and exactly one value per indicator column.
 */
import { parseTarget } from "../parse-target";
import { showTarget, type ShownTarget } from "../target";
import { cellsOf, isCellLine, isRuleRow, TableCell } from "./table";
import type { Line } from "./text";
import { captionTopic } from "./table-caption";
import { DONE_HEADERS, impliedCountUnit, inTenThousands, MEASURE_END, PLAN_HEADERS, PLANNED_MEASURE, SERIAL, SERIAL_HEADERS, TOTAL_COLUMN, UNIT_CELL, UNIT_MARK, canonicalUnit } from "./table-units";
import { withSuffix } from "./naming";

export interface MatrixItem {
  indicator: string;
  scope: string | null;
  shown: ShownTarget;
  /** Set by a column of planned or of done figures (计划任务数 | 累计完成数); else the table's kind. */
  kind?: "target" | "actual";
  /** The year of the figure's column (a yearbook's 2006 | 2007), if any. */
  year?: number;
  start: number;
  end: number;
}

export interface MatrixTable {
  items: MatrixItem[];
  nextLine: number;
}

/** A figure cell: a number (1,443 with its thousands separators) with an optional unit, 约/余/多, a range (85万-90万人, 15:1-17:1), or an empty mark. */
const VALUE = /^(约|近|超过)?[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(万|亿)?\s*(%|‰|[^\d\s|]{0,3}?)(余|多)?(以上|以下|左右)?\s*([-~～—–至]{1,2}\s*\d+(\.\d+)?\s*(万|亿)?\s*(%|‰|[^\d\s|]{0,3})?)?$|^\d+(\.\d+)?:\d+(\.\d+)?([-~～—–]\d+(\.\d+)?:\d+(\.\d+)?)?$/;
const EMPTY = /^([—–\-－/／…*＊]+|无|暂无)$/;
/** Units a column header may carry in parentheses: 生均拨款(万元), 对口岗位薪酬(月/元). */
const HEADER_UNITS = ["个百分点", "平方公里", "平方米", "万元", "亿元", "人次", "%", "‰", "元", "人", "所", "个", "名", "位", "间", "台", "套", "册", "本", "张", "家", "项", "处", "条", "座", "辆", "场", "次", "户", "亩", "公里", "千米", "米", "岁", "年", "个月", "天", "小时", "课时", "学时"];
/** A share named in a header's parentheses: 学校数量(占比) → 学校数量占比, in %. */
const SHARE = /^(占比|比例|比重|百分比)$/;

const MAX_COLUMNS = 12;

function isValue(t: string): boolean {
  return VALUE.test(t) || EMPTY.test(t);
}

/** A header or row label: short, no figure of its own. */
function isLabel(t: string): boolean {
  return t.length >= 2 && t.length <= 24 && !isValue(t) && !/^\d/.test(t) && !/(19|20)\d\d\s*年/.test(t) && !/[。;,:]/.test(t);
}

/** A header of a measure in a year (2000年文盲人口(万), 2010年文盲率(%)): the year, and the measure it dates. */
const YEAR_LED = /^((?:19|20)\d\d)年(?:末|底|度)?(?=\D)/;
function yearLed(t: string): { year: number; rest: string } | null {
  const y = YEAR_LED.exec(t);
  if (!y) return null;
  const rest = t.slice(y[0].length);
  return isLabel(rest) && (measures(rest) || named(rest).unit !== null) ? { year: Number(y[1]), rest } : null;
}

/** A column of the row's own figure (指标 | 数值 | 数据来源): the row label is the indicator. */
const VALUE_HEADERS = /^(数值|数据|数量|值|现值|现状值|实际值|统计值)$/;
/** Columns of notes, never figures. */
const NOTE_HEADERS = /^(数据来源|来源|备注|说明|依据|资料来源|序号)$/;

interface Column {
  /** plan, done: the figures planned and done for the row's indicator. */
  role: "indicator" | "value" | "note" | "plan" | "done";
  name: string;
  unit: string | null;
  /** The year the header dates its measure in (2010年文盲率(%)). */
  year?: number;
}

/** A name and its unit marker: 学前三年毛入园率(%) → %, 生均拨款(万元) → 万元, 学校数量(占比) → 学校数量占比 in %. */
export function named(t: string): { name: string; unit: string | null } {
  const m = /^(.+?)[(（]([^()（）]{1,8})[)）]$/.exec(t);
  if (!m) return { name: t, unit: null };
  const marker = canonicalUnit(m[2]);
  if (SHARE.test(marker)) return { name: m[1] + marker, unit: "%" };
  for (const u of HEADER_UNITS) if (marker.split(/[/／]/).includes(u)) return { name: m[1], unit: u };
  // 在校生数(万人), 文盲人口(万): counted in ten thousands of the unit the marker or the name says
  const tenK = /^万(.*)$/.exec(marker);
  const counted = tenK === null || /元$/.test(tenK[1]) ? null : tenK[1] ? (HEADER_UNITS.includes(tenK[1]) ? tenK[1] : null) : impliedCountUnit(m[1]) ?? impliedCountUnit(m[1] + "数");
  if (counted) return { name: m[1], unit: "万" + counted };
  return { name: t, unit: null };
}

function column(header: string): Column {
  const t = header.replace(/\s+/g, "").replace(/^(其中|#)[:：]?(?=.)/, ""); // 其中专任教师: a part's column, named by itself
  const dated = yearLed(t);
  if (dated) {
    const col = column(dated.rest);
    return col.role === "indicator" ? { ...col, year: dated.year } : col;
  }
  if (PLAN_HEADERS.test(t)) return { role: "plan", name: "", unit: null };
  if (DONE_HEADERS.test(t)) return { role: "done", name: "", unit: null };
  if (VALUE_HEADERS.test(t)) return { role: "value", name: "", unit: null };
  if (NOTE_HEADERS.test(t)) return { role: "note", name: "", unit: null };
  // 专任教师数 | 学校数: a count's column says what it counts in, as labellers read it (人, 所);
  // so does a column of people (专任教师 | 行政人员), not one of schools (小学 | 初中 count pupils as often as schools)
  const own = named(t);
  const people = impliedCountUnit(own.name + "数") === "人" ? "人" : null;
  return { role: "indicator", name: own.name, unit: own.unit ?? impliedCountUnit(own.name) ?? people };
}

type Cell = TableCell & { line: number };

/**
 * The cells of the lines from i on, read only as far as asked (a failed attempt at line i
 * reads a few dozen cells, so trying every line stays linear), while they are table material.
 */
class CellRun {
  private readonly cells: TableCell[] = [];
  /** The line of each cell, kept apart so that a cell read is never copied. */
  private readonly lineOfCell: number[] = [];
  private li: number;
  private done = false;
  /** The last cell read is a list number alone, waiting for its label. */
  private lastBare = false;

  /** Years dropped from the first column (a 年度 column spanning each year's rows), with where each stood. */
  readonly years: Array<{ at: number; year: number }> = [];

  /**
   * yearColumn: the header's first cell names a column of years, read apart from the table's cells.
   * serialColumn: it is 序号, and each row's number before its label is no cell of the table.
   */
  constructor(private readonly s: string, private readonly lines: Line[], i: number, private readonly yearColumn = false, private readonly serialColumn = false) {
    this.li = i;
  }

  lineOf(k: number): number {
    return this.lineOfCell[k];
  }

  at(k: number): TableCell | null {
    // a list number alone (1.) waits for its label on the next line
    while ((this.cells.length <= k || this.lastBare) && !this.done) {
      if (this.li >= this.lines.length) {
        this.done = true;
        break;
      }
      const line = this.lines[this.li++];
      if (line.trimEnd === line.trimStart || isRuleRow(this.s, line)) continue; // ---|---|---: a markdown table's rule
      // 一、高中阶段 inside a table is a row label that numbers a group, not a heading
      if (!isCellLine(this.s, line) && !(this.cells.length >= 3 && line.trimEnd - line.trimStart <= 20 && GROUP_MARK.test(this.s.slice(line.trimStart, line.trimEnd)) && this.valueNext())) {
        this.done = true;
        break;
      }
      const lineCells = cellsOf(this.s, line);
      for (let ci = 0; ci < lineCells.length; ci++) {
        const c = lineCells[ci];
        // 年度 | 类型 | 科目数 over 2010年 | 专项能力 | 6 and 技能鉴定 | 11: a year opening its line dates the rows after it
        if (this.yearColumn && ci === 0 && lineCells.length > 1) {
          const y = YEAR_CELL.exec(c.text.replace(/\s+/g, ""));
          if (y || this.cells.length === 0) {
            if (y) this.years.push({ at: c.start, year: Number(y[1]) });
            continue;
          }
        }
        // 序号 | 省份 | … over 1 | 北京市 | 17 | …: the numbers are the rows', not the table's (合计 has none)
        if (this.serialColumn && ci === 0 && lineCells.length > 2 && (this.cells.length === 0 || (SERIAL.test(c.text) && !isValue(lineCells[1].text)))) continue;
        const prev = this.cells[this.cells.length - 1];
        // 1. on a line of its own, 高级中学 on the next: one label
        if (prev && this.lastBare && !isValue(c.text)) {
          this.cells[this.cells.length - 1] = { ...prev, text: prev.text + c.text, end: c.end };
          this.lineOfCell[this.cells.length - 1] = this.li - 1;
        } else {
          this.cells.push(c);
          this.lineOfCell.push(this.li - 1);
        }
        this.lastBare = BARE_MARK.test(this.cells[this.cells.length - 1].text);
      }
    }
    return k < this.cells.length ? this.cells[k] : null;
  }

  /** The next line with text starts with a figure. */
  private valueNext(): boolean {
    for (let j = this.li; j < this.lines.length && j < this.li + 3; j++) {
      const line = this.lines[j];
      if (line.trimEnd === line.trimStart) continue;
      const first = cellsOf(this.s, line)[0];
      return first !== undefined && isValue(first.text);
    }
    return false;
  }
}

/** A header cell over a column of years, and a year in that column (2010年, 2019年度). */
const YEAR_HEADER = /^(年度|年份|学年|学年度)$/;
const YEAR_CELL = /^((?:19|20)\d\d)(?:年度?|学年)?$/;

/** A column that names records rather than parts (实事项目名称). */
const RECORD_NAMES = /(名称|项目|内容|事项)$/;

/** A list number alone in its cell: 1., (2), 三、. */
const BARE_MARK = /^(\d{1,2}[.、]|[(（]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])$/;

/** 15:1-17:1: a range of ratios to one, read as the range of their first terms. */
const RATIO_RANGE = /^(\d+(?:\.\d+)?):1\s*[-~～—–]{1,2}\s*(\d+(?:\.\d+)?):1$/;

function readValue(text: string, col: Column): ShownTarget | null {
  if (EMPTY.test(text)) return null;
  const rr = RATIO_RANGE.exec(text);
  if (rr) return { comparator: "range", value: null, unit: null, min: Number(rr[1]), max: Number(rr[2]) };
  let shown: ShownTarget;
  try {
    shown = showTarget(parseTarget(text));
  } catch {
    return null;
  }
  if (shown.comparator === "ratio") return shown;
  // a figure under 万平方米 or 万人 is counted in 平方米 or 人 (万元 and 亿元 stay units)
  if (shown.unit === null && col.unit !== null && shown.comparator !== "range") shown = inTenThousands(text, col.unit) ?? shown;
  const out: ShownTarget = { ...shown, unit: shown.unit ?? col.unit };
  // a cell is a measurement: exact unless it says otherwise (约, 左右 → none; 余 → >=)
  if (out.comparator === "none" && !/^约|左右$/.test(text)) out.comparator = "=";
  return out;
}

/** A cell's roles, read once: each line's cells are tried again by the attempts that start on the lines above it. */
const LABEL = 1;
const VALUE_CELL = 2;
const roles = new WeakMap<TableCell, number>();
function cellRole(c: TableCell): number {
  let r = roles.get(c);
  if (r === undefined) {
    r = (isLabel(c.text.replace(GROUP_MARK, "").replace(/\s+/g, "")) ? LABEL : 0) | (isValue(c.text) ? VALUE_CELL : 0);
    roles.set(c, r);
  }
  return r;
}

/** A two-way table whose header starts at line i, or null. */
export function readMatrix(s: string, lines: Line[], i: number): MatrixTable | null {
  const first = cellsOf(s, lines[i]);
  const corner0 = first.length ? first[0].text.replace(/\s+/g, "") : "";
  if (!first.length || !isLabel(corner0)) return null;
  const yearColumn = first.length >= 3 && YEAR_HEADER.test(corner0);
  // …over places or kinds (省份, 地区, 学校); a column of named records (实事项目名称) is the records reader's
  const serialColumn = first.length >= 4 && SERIAL_HEADERS.has(corner0) && !RECORD_NAMES.test(first[1].text.replace(/\s+/g, ""));
  // a figure comes within the header and the first row, or this is a list of words (a site's menu)
  const reach = lines[Math.min(lines.length - 1, i + 2 * MAX_COLUMNS + 2)];
  if (!/[0-9]/.test(s.slice(lines[i].trimStart, reach.trimEnd))) return null;
  const run = new CellRun(s, lines, i, yearColumn, serialColumn);
  const label = (k: number): boolean => {
    const c = run.at(k);
    return c !== null && (cellRole(c) & LABEL) !== 0;
  };
  // a header cell may date its measure (2010年文盲率(%)); a row label may not
  const headerLabel = (k: number): boolean => label(k) || (run.at(k) !== null && yearLed((run.at(k) as TableCell).text.replace(/\s+/g, "")) !== null);
  const value = (k: number): boolean => {
    const c = run.at(k);
    return c !== null && (cellRole(c) & VALUE_CELL) !== 0;
  };
  /** (所), （万人）: a cell that only states a unit, or null. */
  const unitMark = (k: number): string | null => {
    const m = UNIT_MARK.exec(run.at(k)?.text ?? "");
    return m && UNIT_CELL.test(m[1]) ? m[1] : null;
  };
  let n = 0;
  // a header names each column once: a run of one word (序号, 序号, …) is no header
  while (n <= 2 * MAX_COLUMNS + 1 && headerLabel(n) && (n === 0 || (run.at(n) as TableCell).text !== (run.at(0) as TableCell).text || unitMark(n) !== null)) n++;
  // the header ends where the first row label is followed by a value
  n--;
  if (n < 2 || !value(n + 1)) return null;
  // 学校数 招生数 over (所) (人): a line of units under the header gives each column its unit
  let units = 0;
  while (units < n && unitMark(n - 1 - units) !== null) units++;
  const names = n - units;
  if (units < 2 || (units !== names && units !== names - 1)) units = 0;
  const h = n - units; // header cells that name
  if (h < 2 || h > MAX_COLUMNS) return null;
  // 学校数(所) | 教职工数(人) | 专任教师数(人) with no corner cell: the first row has a figure under each
  let firstRow = 0;
  while (firstRow <= h && value(n + 1 + firstRow)) firstRow++;
  const corner = !(firstRow === h && measures((run.at(0) as TableCell).text.replace(/\s+/g, "")));
  if (corner && h < 3) return null;
  const cols: Column[] = [];
  for (let k = corner ? 1 : 0; k < h; k++) cols.push(column((run.at(k) as TableCell).text));
  for (let u = 0; u < units; u++) {
    const j = cols.length - units + u;
    if (j >= 0 && cols[j].unit === null) cols[j] = { ...cols[j], unit: unitMark(h + u) };
  }
  // 职工总数(人) | 合计 | 其中专任教师 on a second header line: 合计 is the column above it, one figure per row
  let m0 = 0;
  while (m0 <= cols.length && value(n + 1 + m0)) m0++;
  const total = cols.findIndex((c, j) => j > 0 && TOTAL_COLUMN.test(c.name));
  if (m0 === cols.length - 1 && total > 0) {
    cols.splice(total, 1);
    // its parts (其中专任教师) count in the parent's unit
    for (let j = total; j < cols.length; j++) if (cols[j].unit === null) cols[j] = { ...cols[j], unit: cols[total - 1].unit };
  }
  if (!cols.some((c) => c.role !== "note")) return null;
  const items: MatrixItem[] = [];
  const rows: Row[] = [];
  const topic = cols.some((c) => c.role === "plan" || c.role === "done") ? captionTopic(s, lines, i) : null;
  let k = n;
  let full = 0;
  let last = run.lineOf(n - 1);
  while (label(k)) {
    // 1. 中等技术学校 with no figures, between rows that have them: a row left empty
    if (full >= 2 && label(k + 1)) {
      k++;
      continue;
    }
    // 占地面积 | 万平方米 | 90.87 | …: a unit cell after the label is the row's unit
    const unitCell = run.at(k + 1);
    const head = run.at(k) as TableCell;
    // …or the label's last word, set off by a space (校舍面积 万平方米)
    const inLabel = / (\S{1,4})$/.exec(head.text);
    const labelUnit = inLabel && UNIT_CELL.test(inLabel[1]) ? inLabel[1] : null;
    const cellUnit = unitCell !== null && UNIT_CELL.test(unitCell.text) && !isValue(unitCell.text) ? unitCell.text : null;
    const rowUnit = labelUnit ?? cellUnit;
    const from = cellUnit === null || labelUnit !== null ? k + 1 : k + 2;
    // a row is its label and the values up to the next label; a short row (a cell merged into
    // the row above) is read from the left
    let m = 0;
    while (m < cols.length && value(from + m)) m++;
    if (m === 0) break;
    if (m === cols.length) full++;
    else if (full < 2) return null; // the first two rows prove the shape (and bound a failed attempt)
    const text = (labelUnit === null ? head.text : head.text.slice(0, head.text.length - labelUnit.length)).replace(GROUP_MARK, "").replace(/\s+/g, "");
    rows.push({ label: text, unit: rowUnit, first: items.length });
    // a row names a part (东部地区, 新能源类(新增)) under indicator columns, the indicator itself under a 数值 column
    const scope = text.replace(/[(（][^()（）]{1,8}[)）]$/, "");
    const own = named(text);
    for (let j = 0; j < m; j++) {
      const c = run.at(from + j) as TableCell;
      const col = cols[j];
      if (col.role === "note") continue;
      if (col.role === "plan" || col.role === "done") {
        items.push(...plannedOrDone(c, col.role, own, scope, rowUnit, topic, head.start));
        continue;
      }
      const shown = readValue(c.text, col.role === "value" ? { ...col, unit: own.unit ?? rowUnit } : { ...col, unit: col.unit ?? rowUnit });
      if (!shown) continue;
      const indicator = col.role === "value" ? own.name : col.name;
      // 计划招生人数 beside 毕业班数: a column of a planned measure plans, whatever the table's kind
      const planned = col.role === "indicator" && PLANNED_MEASURE.test(col.name) ? { kind: "target" as const } : {};
      items.push({ indicator, scope: col.role === "value" ? null : scope, shown, start: head.start, end: c.end, ...planned, ...(col.year ? { year: col.year } : {}) });
    }
    last = run.lineOf(from - 1 + m);
    k = from + m;
  }
  if (full < 2 || !items.length) return null;
  if (measuresByRow(cols, rows)) transpose(items, rows);
  if (run.years.length) datedByYearColumn(items, run.years);
  return { items, nextLine: last + 1 };
}

/**
 * A planned or a done figure (计划任务数 | 累计完成数) of the row's indicator: the row label when it
 * measures (完成率), else the caption's (邵阳市增加公办义务教育学位完成情况统计 → 增加公办义务教育学位数)
 * for the part the label names. A plan's bare figure states no comparator.
 */
function plannedOrDone(c: TableCell, role: "plan" | "done", own: { name: string; unit: string | null }, scope: string, rowUnit: string | null, topic: string | null, start: number): MatrixItem[] {
  const measured = measures(own.name);
  const indicator = measured ? own.name : topic;
  if (indicator === null) return [];
  const shown = readValue(c.text, { role, name: "", unit: own.unit ?? rowUnit ?? impliedCountUnit(indicator) });
  if (!shown) return [];
  const kind = role === "plan" ? "target" : "actual";
  if (kind === "target" && shown.comparator === "=" && !/^=/.test(c.text)) shown.comparator = "none";
  return [{ indicator, scope: measured ? null : scope, shown, kind, start, end: c.end }];
}

/** Each item takes the year last stated in the year column above its row. */
function datedByYearColumn(items: MatrixItem[], years: ReadonlyArray<{ at: number; year: number }>): void {
  for (let j = 0; j < items.length; j++) {
    let year: number | undefined;
    for (const y of years) if (y.at <= items[j].start) year = y.year;
    if (year !== undefined) items[j] = { ...items[j], year };
  }
}

interface Row {
  label: string;
  unit: string | null;
  /** Index of the row's first item. */
  first: number;
}

/** A name that measures (园数, 占地面积, 入园率) rather than names a part (全市, 吴兴区, 小学). */
function measures(name: string): boolean {
  return MEASURE_END.test(name.replace(/[(（][^()（）]{1,8}[)）]$/, ""));
}

/**
 * 单位 | 全市 | 吴兴区 | 南浔区 over 园数 | 175 | 42 | 25: the columns name parts and the rows
 * measures (a yearbook's table by county), so each row is an indicator and each column its scope.
 */
function measuresByRow(cols: Column[], rows: Row[]): boolean {
  const named = cols.filter((c) => c.role === "indicator");
  if (named.length < 2 || named.some((c) => measures(c.name))) return false;
  return 2 * rows.filter((r) => measures(r.label)).length > rows.length;
}

function transpose(items: MatrixItem[], rows: Row[]): void {
  rows.forEach((r, i) => {
    const end = i + 1 < rows.length ? rows[i + 1].first : items.length;
    // #园长, 其中:专任教师: a part of the row above, counted in people
    const own = named(r.label.replace(/^(#|其中[:：]?)/, ""));
    const name = measures(own.name) ? own.name : own.name + "数";
    for (let j = r.first; j < end; j++) {
      const it = items[j];
      const unit = it.shown.unit ?? own.unit ?? impliedCountUnit(name);
      items[j] = { ...it, indicator: name, scope: it.indicator, shown: { ...it.shown, unit } };
    }
  });
}

/** A row label that numbers a group of rows: 一、高等教育, (一)研究生, 1. 高中. */
const GROUP_MARK = /^([一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、])/;
/** The unit a statistics table states once, above its header: 单位:人, 单位：万元. */
const UNIT_LINE = /^单位[:：]\s*([^\s|]{1,4})/;
/** An English gloss after the Chinese (博 士 doctor´s degree), or a gloss on its own line (graduates). */
const GLOSS = /\s+[A-Za-z][^\u4e00-\u9fff]*$/;
const MAX_GROUPED_CELLS = 4000;

/**
 * A statistics table that states its unit once (单位:人) and has no corner cell: the column
 * headers, then rows whose labels may number groups (一、高等教育 with no figures of its own,
 * (一)研究生 with them), one cell per line with `|` between, often bilingual:
 *   单位:人 | 毕业生数 graduates | 招生数 | 在校生数 | 一、高等教育 | | | | (一)研究生 | 728627 | 1106551 | 3139598
 * English glosses are dropped; each figure is its column's indicator for its row's part.
 */
export function readGroupedMatrix(s: string, lines: Line[], i: number): MatrixTable | null {
  if (s.charCodeAt(lines[i].trimStart) !== 0x5355 /* 单 */) return null;
  const unitLine = UNIT_LINE.exec(s.slice(lines[i].trimStart, lines[i].trimEnd));
  if (!unitLine || !HEADER_UNITS.includes(unitLine[1])) return null;
  const unit = unitLine[1];
  const cells: Cell[] = [];
  let li = i + 1;
  for (; li < lines.length && cells.length < MAX_GROUPED_CELLS; li++) {
    const line = lines[li];
    const text = s.slice(line.trimStart, line.trimEnd);
    if (text === "" || /^[|\s]+$/.test(text)) continue;
    // prose, or the next table's unit line, ends it (so trying every 单位 line stays linear)
    if (text.replace(GLOSS, "").length > 60 || /[。;]/.test(text) || (text.charCodeAt(0) === 0x5355 && UNIT_LINE.test(text))) break;
    for (const c of cellsOf(s, line)) {
      // an English gloss on its own (graduates, unit:m2) is dropped; 其中: marks a part, named by itself
      const t = c.text.replace(GLOSS, "").trim().replace(/^其中\s*[:：]?\s*(?=\S)/, "");
      if (t === "" || (!/[\u4e00-\u9fff]/.test(t) && !isValue(t))) continue;
      cells.push({ ...c, text: t, line: li });
    }
  }
  const label = (k: number) => k < cells.length && isLabel(cells[k].text.replace(GROUP_MARK, "").replace(/\s+/g, ""));
  const value = (k: number) => k < cells.length && isValue(cells[k].text);
  let n = 0;
  while (label(n) && !GROUP_MARK.test(cells[n].text)) n++;
  if (n < 2 || n > MAX_COLUMNS) return null;
  const cols = cells.slice(0, n).map((c) => column(c.text));
  // 合计 | 城区 | 镇区 | 乡村: columns that name parts make each row a measure in the stated unit
  const byRow = cols.every((c) => c.role === "indicator" && PART_COLUMN.test(c.name));
  const items: MatrixItem[] = [];
  let k = n;
  let full = 0;
  let last = cells[n - 1].line;
  // a first row whose label is only an English gloss (Total): the table's total
  const unlabelled = byRow && !label(k) && cols.every((_, j) => value(k + j));
  while (label(k) || (unlabelled && k === n)) {
    const own = k === n && unlabelled ? 0 : 1;
    let m = 0;
    while (m < cols.length && value(k + own + m)) m++;
    if (m === cols.length) full++;
    const head = cells[k];
    const part = own ? head.text.replace(GROUP_MARK, "").replace(/\s+/g, "") : "合计";
    for (let j = 0; j < m; j++) {
      const c = cells[k + own + j];
      const col = cols[j];
      if (col.role !== "indicator") continue;
      const shown = readValue(c.text, { ...col, unit: col.unit ?? unit });
      if (!shown) continue;
      if (byRow) items.push({ indicator: measureOf(part, shown.unit), scope: col.name, shown, start: head.start, end: c.end });
      else items.push({ indicator: col.name, scope: part, shown, start: head.start, end: c.end });
    }
    last = cells[k + own + m - 1 < k ? k : k + own + m - 1].line;
    k += own + m;
  }
  return full >= 2 && items.length ? { items, nextLine: last + 1 } : null;
}

/** Column headers that name a part of the whole, not a measure: 合计, 城区, 乡村, 公办, 女. */
export const PART_COLUMN = /^(合计|总计|小计|城区|镇区|乡村|农村|城镇|县镇|城市|县城|城乡结合区|镇乡结合区|公办|民办|男|女|全[国省市县区])$/;

/** A row's measure in the table's unit, as prose names one: 危房 in 平方米 → 危房面积, 小学 in 所 → 小学数. */
export function measureOf(label: string, unit: string | null): string {
  return MEASURE_END.test(label) ? label : withSuffix(label, { unit, source: "bare", cmp: "=" }, false);
}
