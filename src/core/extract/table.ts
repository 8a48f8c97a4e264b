/**
 * Indicator tables pasted as text: one cell per line (a PDF or web copy) or one row per line
 * with tabs. A header (指标 / 2020年 / 2025年 / 属性) names the columns; each row gives a
 * label and one value per column: the baseline column is a reported figure (actual), later
 * columns are targets. 其中:小学 / 初中 sub-rows list their labels first, then their values.
 */
import { type ShownTarget } from "../target";
import { ROC_EPOCH } from "./lexicon";
import { headerNote, type TableCaption } from "./table-caption";
import { EMPTY_VALUE, growthCell, GROWTH_HEADER, readCell, shareUnit } from "./table-cell-reading";
import { HEADER_GLOSS, impliedCountUnit, isLabelHeader, LABEL_HEADER_STARTS, MEASURE_END, PLAN_HEADERS, SHARE_DONE_HEADER, UNIT_CELL } from "./table-units";
import { isSpaceCode, Line, withoutReadings } from "./text";

export interface TableCell {
  text: string;
  start: number;
  end: number;
}

export interface TableHeader {
  cells: TableCell[];
  /** Line index and cell index (within that line) where the body starts. */
  line: number;
  cell: number;
}

const UNIT_HEADERS = new Set(["单位", "计量单位"]);
const ATTR_HEADERS = new Set(["属性", "指标属性", "性质", "指标性质"]);
const ATTR_CELLS = new Set(["预期性", "约束性", "预期", "约束", "指导性"]);
const ACTUAL_WORDS = ["基期", "现状", "基数", "实际", "实绩", "完成", "现值"];
const TARGET_WORDS = ["目标", "预期", "规划"];
const VALUE_WORDS = new RegExp([...ACTUAL_WORDS, "目标", "预期值", "规划值", "预计", "年均增长", "增长率", "标准"].join("|")); // a short header over values
/** Cells of one line: split at tabs, |, or runs of two or more spaces; else the whole line. */
export function cellsOf(s: string, line: Line): TableCell[] {
  if (line.cells !== undefined && line.cells.of === s) return line.cells.cells as TableCell[];
  const cells: TableCell[] = [];
  let a = line.trimStart;
  const push = (x: number, y: number): void => {
    while (x < y && isSpaceCode(s.charCodeAt(x))) x++;
    while (y > x && isSpaceCode(s.charCodeAt(y - 1))) y--;
    if (y > x) cells.push({ text: s.slice(x, y), start: x, end: y });
  };
  for (let k = line.trimStart; k < line.trimEnd; k++) {
    const c = s.charCodeAt(k);
    const wide = (c === 32 && s.charCodeAt(k + 1) === 32) || c === 9 || c === 124;
    if (!wide) continue;
    push(a, k);
    while (k < line.trimEnd && (isSpaceCode(s.charCodeAt(k)) || s.charCodeAt(k) === 124)) k++;
    a = k;
    k--;
  }
  push(a, line.trimEnd);
  line.cells = { of: s, cells };
  return cells;
}

/** A column of a wider area's level beside the row's own (全省中位数, 全国平均水平): its figures are that area's. */
const BENCHMARK = /^(全国|全省|全市|全州|全县|全区|省|市|县)(平均|平均值|平均水平|中位数|均值)$/;

export function isYearHeader(t: string): boolean {
  // 2023年数据, 2022年数值: the year's figures, as a bare 2023年 column holds them
  // 2021学年度, 2021年度; 110学年度 (a Taiwanese page's year of the Republic: 2021)
  return /^(?:(19|20)\d\d\s*(?:年度?|学年度?)?|(?:9\d|1[01]\d)\s*(?:年度?|学年度?))\s*(底|末|年底|年末)?\s*(数据|数值)?\s*(\(.{1,8}\))?$/.test(t);
}

export function headerRole(cell: string): "label" | "unit" | "attr" | "value" | null {
  const t = cell.replace(/\s+/g, ""); // 指  标: a header spaced out to the column's width
  if (isLabelHeader(t) || headerNote(t) !== null) return "label";
  if (UNIT_HEADERS.has(t)) return "unit";
  if (ATTR_HEADERS.has(t) || SHARE_DONE_HEADER.test(t)) return "attr";
  const bare = t.replace(HEADER_GLOSS, ""); // a gloss says what the column is, not which
  if (isYearHeader(bare) || BENCHMARK.test(bare)) return "value";
  if (bare.length <= 12 && VALUE_WORDS.test(bare)) return "value";
  return null;
}

const MAX_CELL_LINE = 240;
function count(t: string, c: string): number {
  let n = 0;
  for (let k = t.indexOf(c); k >= 0; k = t.indexOf(c, k + 1)) n++;
  return n;
}

/** A cell is body material when it is short (a |-separated row less so) and has no sentence punctuation. */
export function isCellLine(s: string, line: Line): boolean {
  const n = line.trimEnd - line.trimStart;
  if (n === 0) return true;
  if (n > MAX_CELL_LINE) return false;
  const t = s.slice(line.trimStart, line.trimEnd);
  // a row of |-separated cells may be long (a web copy joins each cell's lines: 高等教育 在学总规模(万人) 在校生(万人) …),
  // and so may a row the space view set in tabbed cells (序号 省份 本省县(区)总数 …, nine columns)
  // …and so may a row a PDF copy aligned with runs of spaces (1.残疾人家庭人均收入年均增长(%)      >7.5      预期性): its words are short
  if (n > 60 && count(t, "|") < 3 && (t.match(/\t+/g) ?? []).length < 3 && t.replace(/\s{2,}/g, " ").length > 60) return false;
  return t.indexOf("。") < 0 && !/[,;:]$/.test(t) && !/^(第.{1,3}[篇章]|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|专栏|表\s*\d|注[:：])/.test(t);
}

/** A rule between header and body (| --- | :---: |, ---|---, ─────): no cells. */
export function isRuleRow(s: string, line: Line): boolean {
  return /^[|+\s:\-—─=]+$/.test(s.slice(line.trimStart, line.trimEnd)) && /[-—─=]{3}/.test(s.slice(line.trimStart, line.trimEnd));
}

/** A section row inside a table (一、发展水平): it groups rows and is neither label nor value. */
function isSectionRow(s: string, line: Line): boolean {
  const t = s.slice(line.trimStart, line.trimEnd);
  return /^[一二三四五六七八九十]{1,3}、[^\d,。;:]{1,20}$/.test(t);
}

/** Cells of a header line; a label spaced out to its column's width (指  标) is one cell. */
function headerCells(s: string, line: Line): TableCell[] {
  const cells = cellsOf(s, line);
  if (cells.length > 1 && cells.every((c) => c.text.length <= 2) && headerRole(cells.map((c) => c.text).join("")) !== null) {
    return [{ text: s.slice(line.trimStart, line.trimEnd), start: line.trimStart, end: line.trimEnd }];
  }
  return cells;
}

/** The header of a table starting at line i, or null. */

export function findTableHeader(s: string, lines: Line[], i: number): TableHeader | null {
  let p = lines[i].trimStart;
  while (s.charCodeAt(p) === 124 /* | */ || s.charCodeAt(p) === 32) p++; // | 指标 | 2020年 |: a pasted grid
  if (!LABEL_HEADER_STARTS.has(s.charCodeAt(p))) return null; // most lines: one lookup
  const first = headerCells(s, lines[i]);
  if (!first.length || headerRole(first[0].text) !== "label") return null;
  const cells: TableCell[] = [];
  let values = 0;
  for (let li = i, seen = 0; li < lines.length && seen < 10; li++) {
    const line = lines[li];
    if (line.trimEnd === line.trimStart || isRuleRow(s, line)) continue;
    if (!isCellLine(s, line)) return values > 0 && isSectionRow(s, line) ? { cells, line: li, cell: 0 } : null;
    const row = headerCells(s, line);
    if (!row.length) continue; // | alone between cells one per line: no cell of the header
    seen++;
    for (let ci = 0; ci < row.length; ci++) {
      const role = headerRole(row[ci].text);
      if (role === null) return values > 0 ? { cells, line: li, cell: ci } : null;
      if (role === "value") values++;
      else if (role === "label" && cells.some((c) => c.text === row[ci].text)) return null; // 指标, 指标, …: a header names each column once
      cells.push(row[ci]);
    }
  }
  return null;
}

function nextIsCellLine(s: string, lines: Line[], from: number): boolean {
  for (let li = from; li < lines.length; li++) {
    if (lines[li].trimEnd === lines[li].trimStart) continue;
    return isCellLine(s, lines[li]);
  }
  return false;
}

export function readTable(s: string, lines: Line[], header: TableHeader): { header: TableCell[]; cells: TableCell[]; nextLine: number } {
  const cells: TableCell[] = [];
  let li = header.line;
  let ci = header.cell;
  for (; li < lines.length; li++, ci = 0) {
    const line = lines[li];
    if (line.trimEnd === line.trimStart || isRuleRow(s, line)) continue;
    // A section row groups the rows after it; one with no table row after it is the document's next heading.
    if (isSectionRow(s, line)) {
      if (nextIsCellLine(s, lines, li + 1)) continue;
      break;
    }
    if (!isCellLine(s, line)) break;
    const row = cellsOf(s, line);
    // 学前教育 在园幼儿数(万人) 三年毛入园率(%) | 139.69 85.06 | 159.89 96.01: a web copy joined each cell's lines
    const joined = ci === 0 && row.some((c) => isFigureRun(c.text));
    for (; ci < row.length; ci++) {
      if (joined) cells.push(...spaceParts(row[ci]));
      else cells.push(row[ci]);
    }
  }
  return { header: header.cells, cells, nextLine: li };
}

/** Two or more figures set apart by spaces in one cell (139.69 85.06): the lines of a cell a copy joined. */
function isFigureRun(t: string): boolean {
  const parts = t.split(/\s+/);
  return parts.length >= 2 && parts.every((x) => VALUE_CELL.test(x));
}

/** A cell's space-separated parts, each a cell of its own with its offsets. */
function spaceParts(c: TableCell): TableCell[] {
  const out: TableCell[] = [];
  const re = /\S+/g;
  for (let m = re.exec(c.text); m; m = re.exec(c.text)) out.push({ text: m[0], start: c.start + m.index, end: c.start + m.index + m[0].length });
  return out;
}

// ---- reading rows --------------------------------------------------------------------------

export interface TableItem {
  indicator: string;
  scope: string | null;
  shown: ShownTarget;
  kind: "target" | "actual";
  /** Year of the column, or null. */
  year: number | null;
  /** The column is one of a run of consecutive years (2016年 | 2017年 | 2018年): a series a report states, or a plan's yearly steps. */
  series?: boolean;
  start: number;
  end: number;
}

export interface Column {
  role: "label" | "unit" | "attr" | "value";
  kind: "target" | "actual";
  year: number | null;
  serial: boolean;
  series?: boolean;
  /** A benchmark column's area (全省中位数): the scope of its figures. */
  scope?: string;
  /** A column of average yearly growth (年均增长(%)): each figure a change, in this unit, over the years the table spans. */
  growth?: string;
}


/** Consecutive years that make a series rather than a baseline and targets (2020 | 2025 are two; 2022 | 2023 | 2024 | 2025 may be a plan's steps). */
const SERIES = 3;

/** 110学年度, 112年度: a year of the Republic in a header, as the year it is (2021, 2023). */
function republicYear(t: string): [string] | null {
  const m = /^\s*((?:9\d|1[01]\d))\s*(?:年度?|學年度?|学年度?)/.exec(t);
  return m ? [String(Number(m[1]) + ROC_EPOCH)] : null;
}

export function columns(header: TableCell[]): Column[] {
  const cols: Column[] = header.map((h) => {
    const role = headerRole(h.text) ?? "label";
    const m = /(19|20)\d\d/.exec(h.text) ?? republicYear(h.text);
    let kind: "target" | "actual" = "target";
    // 全年计划完成数: what was planned, though it says 完成
    if (PLAN_HEADERS.test(h.text.replace(/\s+/g, ""))) kind = "target";
    else if (ACTUAL_WORDS.some((w) => h.text.indexOf(w) >= 0)) kind = "actual";
    else if (TARGET_WORDS.some((w) => h.text.indexOf(w) >= 0)) kind = "target";
    const compact = h.text.replace(/\s+/g, "");
    if (BENCHMARK.test(compact)) return { role, kind: "actual" as const, year: null, serial: false, scope: compact };
    const growth = GROWTH_HEADER.exec(compact);
    if (growth && role === "value") return { role, kind, year: null, serial: false, growth: growth[1] ?? "%" };
    return { role, kind, year: m ? Number(m[0]) : null, serial: h.text === "序号" };
  });
  // Two or more year columns: the first is the baseline, unless its header says otherwise.
  const years = cols.filter((c) => c.role === "value" && c.year !== null);
  if (years.length >= 2 && !TARGET_WORDS.some((w) => header[cols.indexOf(years[0])].text.indexOf(w) >= 0)) years[0].kind = "actual";
  // 2016年 | 2017年 | 2018年 …: a run of consecutive years is a series (the document's genre says whose)
  if (years.length >= SERIES && years.every((c, i) => i === 0 || c.year === (years[i - 1].year as number) + 1)) for (const c of years) c.series = true;
  // 2014年 | 2013年: a yearbook sets this year beside the last; no column looks ahead
  if (years.length >= 2 && (years[0].year as number) > (years[years.length - 1].year as number)) {
    for (const c of years) if (!TARGET_WORDS.some((w) => header[cols.indexOf(c)].text.indexOf(w) >= 0)) c.kind = "actual";
  }
  // 2005年 | 2010年 | 年均增长(%): the growth reaches the last year, planned or done as that column is
  const last = years[years.length - 1];
  for (const c of cols) if (c.growth !== undefined && last) Object.assign(c, { kind: last.kind, year: last.year });
  return cols;
}

const BARE_NUMBER = /^\d+(\.\d+)?$/;
const VALUE_CELL = /^[[〔【(]?\s*(约|≥|≤|≮|≯|>|<|>=|<=|=|不低于|不少于|不超过|不高于|达到|提高|下降)?\s*[+-]?\d+(\.\d+)?\s*(%|‰|个百分点|万?人次|万?人|万?所|个|名|位|年|岁|小时|万?平方米|万元|亿元|元|册|台|套|间|张|家|项)?\s*(以上|以下|以内|左右|及以上|及以下)?\s*([~～\-—–至]+\s*\d+(\.\d+)?\s*(%|‰)?)?\s*[\]〕】)]?$|^\d+(\.\d+)?\s*:\s*\d+(\.\d+)?$/;

type CellClass = "value" | "attr" | "unit" | "label";

/** A cell holding a figure or marking an empty one (—). */
export function isFigureCell(t: string): boolean {
  return EMPTY_VALUE.test(t) || VALUE_CELL.test(t);
}

function classOf(t: string, hasUnitColumn: boolean): CellClass {
  if (ATTR_CELLS.has(t)) return "attr";
  if (isFigureCell(t)) return "value";
  if (hasUnitColumn && UNIT_CELL.test(t)) return "unit";
  return "label";
}

/** Unit in a label's trailing parenthesis: 学前三年毛入园率(%) → %. */
export function labelUnit(label: string): { name: string; unit: string | null } {
  const m = /[(（]([^()（）\d]{1,8}|[mM]2)[)）]\s*$/.exec(label);
  if (m && UNIT_CELL.test(m[1].trim())) return { name: label.slice(0, m.index).trim(), unit: m[1].trim() };
  return { name: label, unit: null };
}

/** 幼儿教师专科及以上学历比例 / 其中:本科及以上学历比例 → 幼儿教师本科及以上学历比例: a 其中 row counts part of its parent's population. */
function subsetName(parent: string, own: string): string {
  const m = /^(.{0,12}(教师|学生|幼儿|儿童|校长|园长|人员|职工))/.exec(parent);
  return m && !own.startsWith(m[1]) && !own.includes(m[2]) ? m[1] + own : own;
}

/** A short label that names a part (小学, 初中, 城区, 公办) rather than an indicator (…率, …数). */
function isScopeLabel(t: string): boolean {
  const name = labelUnit(t).name;
  return name.length <= 6 && !MEASURE_END.test(name);
}

/** A label cell that is only a unit marker: (%), （％）, (万人). */
function isUnitMarker(t: string): boolean {
  const m = /^[(（]([^()（）]{1,8})[)）]$/.exec(t.trim());
  return m !== null && UNIT_CELL.test(m[1].trim());
}

export function cleanLabel(t: string): string {
  // 初中學校數(shù)(所): a converter's pinyin reading is no part of a label (its unit marker stays)
  return withoutReadings(t)
    .replace(/^(\d{1,2}[.、]|\(\d{1,2}\)|[①-⑳]|[★☆*#]+)\s*/, "")
    .replace(/[★☆*#]+$/, "")
    .replace(/\s+/g, "")
    .trim();
}

function numericValue(text: string): number | null {
  const m = /\d+(\.\d+)?/.exec(text);
  return m ? Number(m[0]) : null;
}

function boundWord(text: string): "up" | "down" | null {
  if (/以上|≥|≮|>|不低于|不少于|达到/.test(text)) return "up";
  if (/以下|以内|≤|≯|<|不超过|不高于/.test(text)) return "down";
  return null;
}

/**
 * Values of k sub-rows over n value columns, in reading order. Row-major (each row's cells
 * in turn) or column-major (a multi-line cell per column): whichever puts bound words
 * (以上, ≥) in target columns and makes targets exceed baselines; column-major on a tie.
 */
function arrange(values: TableCell[], k: number, cols: Column[]): TableCell[][] {
  const n = cols.length;
  const rowMajor = (r: number, c: number): TableCell => values[r * n + c];
  const colMajor = (r: number, c: number): TableCell => values[c * k + r];
  const score = (at: (r: number, c: number) => TableCell): number => {
    let sc = 0;
    for (let r = 0; r < k; r++) {
      let base: number | null = null;
      for (let c = 0; c < n; c++) {
        const cell = at(r, c);
        const bound = boundWord(cell.text);
        if (bound) sc += cols[c].kind === "target" ? 2 : -2;
        const v = numericValue(cell.text);
        if (cols[c].kind === "actual") base = v;
        else if (base !== null && v !== null) sc += v >= base || bound === "down" ? 1 : -1;
      }
    }
    return sc;
  };
  const at = score(rowMajor) > score(colMajor) ? rowMajor : colMajor;
  const rows: TableCell[][] = [];
  for (let r = 0; r < k; r++) {
    const row: TableCell[] = [];
    for (let c = 0; c < n; c++) row.push(at(r, c));
    rows.push(row);
  }
  return rows;
}

/**
 * The items of a table's body. A caption naming a measure (一、学校数 计量单位:所) makes rows
 * that name parts (幼儿园, # 初中) scopes of it, and rows whose label the copy lost its total-less
 * figures: 学校数 with no scope.
 */
export function tableItems(header: TableCell[], cells: TableCell[], captionLine: TableCaption | null = null): TableItem[] {
  const cols = columns(header);
  const caption = captionLine ?? (header.length ? headerNote(header[0].text) : null);
  const valueCols = cols.filter((c) => c.role === "value");
  if (!valueCols.length) return [];
  const hasUnitColumn = cols.some((c) => c.role === "unit");
  const hasSerial = cols.some((c) => c.serial);
  const items: TableItem[] = [];
  let lastRow: { name: string; unit: string | null } | null = null;

  /** A row that names a part under a caption naming the measure: 幼儿园 under 一、学校数 计量单位:所. */
  const captionMeasure = (label: string, unit: string | null): boolean => caption?.indicator != null && unit === null && !MEASURE_END.test(label);
  const pushRow = (row: TableCell[], labelCell: TableCell | null, name: string, scope: string | null, unit: string | null): void => {
    for (let c = 0; c < valueCols.length && c < row.length; c++) {
      const cell = row[c];
      if (unit === null && BARE_NUMBER.test(cell.text)) continue; // a figure with no unit anywhere is no item: skip parsing it
      const growth = valueCols[c].growth;
      const shown = growth === undefined ? readCell(cell.text, unit, valueCols[c].kind) : growthCell(cell.text, growth);
      if (!shown) continue;
      if (shown.unit === null && shown.comparator !== "ratio") continue;
      const first = labelCell ?? row[0];
      items.push({ indicator: name, scope: valueCols[c].scope ?? scope, shown, kind: valueCols[c].kind, year: valueCols[c].year, series: valueCols[c].series, start: Math.min(first.start, cell.start), end: Math.max(first.end, cell.end) });
    }
  };
  /** Rows of label then figures where some labels were lost: the label opens its row, the other rows count the caption's measure. */
  const unlabelledRows = (label: TableCell | null, vals: TableCell[], k: number, measure: string, unit: string | null): void => {
    const n = valueCols.length;
    for (let r = 0; r < k; r++) {
      const row = vals.slice(r * n, r * n + n);
      if (r === 0 && label) {
        const own = labelUnit(cleanLabel(label.text));
        const part = captionMeasure(own.name, own.unit);
        const rowUnit = own.unit ?? shareUnit(own.name) ?? unit ?? impliedCountUnit(own.name);
        pushRow(row, label, part ? measure : own.name, part ? own.name : null, rowUnit);
      } else pushRow(row, null, measure, null, unit);
    }
  };

  let labels: TableCell[] = [];
  let values: TableCell[] = [];
  let serial = -1; // the last row number read
  let units: TableCell[] = [];
  const flushGroup = (): void => {
    if (!values.length) return;
    // | 校本部教职工数(万人) | 5.27 | |||||||: a row that fills only its first columns
    const k = values.length < valueCols.length && labels.length > 0 ? 1 : Math.floor(values.length / valueCols.length);
    const measure = caption?.indicator ?? null;
    if (k === 0 || (labels.length === 0 && measure === null)) {
      labels = [];
      values = [];
      units = [];
      return;
    }
    if (measure !== null && labels.length < k) {
      // rows of label then figures, some labels lost: the label opens its row, the rest have none
      unlabelledRows(labels.length ? labels[labels.length - 1] : null, values.slice(0, k * valueCols.length), k, measure, caption?.unit ?? null);
      labels = [];
      values = [];
      units = [];
      return;
    }
    const rowLabels = labels.slice(Math.max(0, labels.length - k));
    const before = labels.length > rowLabels.length ? labels[labels.length - rowLabels.length - 1] : null;
    // 其中:小学 / 初中 name scopes of the row above; 其中:公办园在园幼儿占比 is an indicator of its own
    const sub = /^其中[:：]?/.test(rowLabels[0].text) && isScopeLabel(cleanLabel(rowLabels[0].text.replace(/^其中[:：]?/, "")));
    let parent: { name: string; unit: string | null } | null = null;
    if (sub) parent = before ? labelUnit(cleanLabel(before.text)) : lastRow;
    const rows = k > 1 ? arrange(values.slice(0, k * valueCols.length), k, valueCols) : [values.slice(0, valueCols.length)];
    for (let r = 0; r < rows.length && r < rowLabels.length; r++) {
      const labelCell = rowLabels[r];
      const own = labelUnit(cleanLabel(labelCell.text.replace(/^其中[:：]?/, "")));
      const unitCell = units[r] ? units[r].text : null;
      let name = own.name;
      let scope: string | null = null;
      let unit = own.unit ?? unitCell;
      if (sub && parent) {
        scope = own.name;
        name = parent.name;
        unit = own.unit ?? unitCell ?? parent.unit;
      } else if (captionMeasure(own.name, unit)) {
        scope = own.name;
        name = caption?.indicator as string;
      }
      if (!sub && r > 0 && /^其中/.test(labelCell.text) && lastRow) {
        name = subsetName(lastRow.name, name);
        // 在校生(万人) / 其中:中等职业教育: a part stating no unit is counted as its whole
        if (!MEASURE_END.test(name)) unit ??= lastRow.unit;
      }
      unit ??= shareUnit(name);
      unit ??= caption?.unit ?? null;
      unit ??= impliedCountUnit(name); // 专任助教人数 | 91 | 84: a count the label names is counted in its noun's unit
      if (!sub && !/^其中/.test(labelCell.text)) lastRow = { name, unit };
      pushRow(rows[r], labelCell, name, scope, unit);
    }
    labels = [];
    values = [];
    units = [];
  };

  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const cls = classOf(cell.text, hasUnitColumn);
    if (cls === "label") {
      if (values.length) flushGroup();
      if (isUnitMarker(cell.text)) {
        // a unit line (（％）) under its label belongs to that label; a repeated one adds nothing
        const last = labels[labels.length - 1];
        if (last && labelUnit(cleanLabel(last.text)).unit === null) labels[labels.length - 1] = { text: last.text + cell.text, start: last.start, end: cell.end };
        continue;
      }
      labels.push(cell);
    } else if (cls === "value") {
      // 序号 column: an integer right before a label is the row number, not a value; the next number
      // is one even after a row that filled only some columns ([1800] over a span, then 11 | …)
      const rowDone = values.length % valueCols.length === 0;
      if (hasSerial && /^\d{1,3}$/.test(cell.text) && i + 1 < cells.length && classOf(cells[i + 1].text, hasUnitColumn) === "label") {
        if (rowDone || Number(cell.text) === serial + 1) {
          serial = Number(cell.text);
          continue;
        }
      }
      values.push(cell);
    } else if (cls === "unit") {
      units.push(cell);
    }
  }
  flushGroup();
  return items;
}
