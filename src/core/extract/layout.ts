/**
 * The shape of a pasted plan: headings (standalone lines such as 1.九年制义务教育, or the
 * numbered lead-in of a paragraph such as 10、提高农村义务教育保障能力。), paragraphs (lines
 * joined where a sentence was broken), tables pasted one cell per line, and the year and
 * kind (plan or report) each heading implies for the figures under it.
 */
import { isIdeograph } from "../phrase/chars";
import { DATELINE } from "./lexicon";
import { ATTACHMENTS, isPageMeta, isTailLine } from "./page-furniture";
import { type Heading, type Kind, makeHeading } from "./heading-cues";
import { hasFigure, hasFigureDigit } from "./line-figures";
import { outlineLines } from "./outline";
import { isAsciiDigit, isPhraseLines, isSpaceCode, Line, phraseLinesBefore, splitLines } from "./text";
import { findTableHeader, readTable, TableCell } from "./table";
import { captionAbove, captionYear, TableCaption } from "./table-caption";
import { readStatTable, StatItem } from "./table-stats";
import type { MatrixItem } from "./table-matrix";
import { spaceTableView } from "./table-spaces";
import { readAttrRows } from "./table-attr-rows";
import { readTransposed } from "./table-transposed";
import { readTwoWay } from "./table-two-way";
import { readYearCells } from "./table-year-cells";

export type { Heading, Kind } from "./heading-cues";

export interface Context {
  /** Nearest heading above, verbatim, trailing 。/: dropped. */
  section: string | null;
  /** Year implied by the nearest heading that states one (2024年工作要点, “十四五”). */
  headingYear: number | null;
  /** Kind implied by the nearest heading that implies one (完成情况 → actual, 工作安排 → target). */
  headingKind: Kind | null;
  /** That heading's word plans only in a plan (措施, 方案): a report's genre wins over it. */
  headingWeak: boolean;
  /** Index of the document part (第一篇, 第二篇 …) for document-level year cues. */
  part: number;
}

export interface ProseBlock {
  type: "prose";
  /** Spans of the normalized text making up the paragraph, in order. */
  spans: Array<[number, number]>;
  /** The paragraph is an item of a bulleted list (● …, - …). */
  bullet: boolean;
  /** Its lines are phrases of their own, not one sentence broken across lines (an infographic's captions). */
  phrases: boolean;
  ctx: Context;
}

export interface TableBlock {
  type: "table";
  header: TableCell[];
  cells: TableCell[];
  /** The caption line right above the header, when it states a unit (一、学校数 计量单位:所). */
  caption: TableCaption | null;
  ctx: Context;
}

/** A monitoring table read whole (table-stats.ts): its figures, already named. */
export interface StatsBlock {
  type: "stats";
  items: StatItem[];
  year: number | null;
  ctx: Context;
}

/** A two-way table (table-matrix.ts): its figures, already named. */
export interface MatrixBlock {
  type: "matrix";
  items: MatrixItem[];
  /** The year its caption names (2021年全县各类教育发展情况), or null. */
  year: number | null;
  /** The caption line right above it, when it states a unit (单位:万元): the unit of cells that state none. */
  caption: TableCaption | null;
  ctx: Context;
}

export type Block = ProseBlock | TableBlock | StatsBlock | MatrixBlock;

export interface Layout {
  blocks: Block[];
  /** Every heading and title line, for document-level cues (plan year, genre). */
  headings: Heading[];
  /** [start, end) of each part in the text. */
  parts: Array<[number, number]>;
}

const CN_NUM = "一二三四五六七八九十百零〇两";

function isCnNum(c: number): boolean {
  return c > 0 && CN_NUM.indexOf(String.fromCharCode(c)) >= 0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A numbering marker at p: its style and length, or null. */
export function markerAt(s: string, p: number, end: number): { style: string; len: number } | null {
  const c = s.charCodeAt(p);
  if (c === 0x7b2c /* 第 */) {
    let k = p + 1;
    while (k < end && (isCnNum(s.charCodeAt(k)) || isDigit(s.charCodeAt(k)))) k++;
    if (k === p + 1) return null;
    for (const w of ["篇", "章", "部分", "节"]) if (s.startsWith(w, k)) return { style: w, len: k + w.length - p };
    return null;
  }
  if (s.startsWith("专栏", p)) return { style: "专栏", len: 2 };
  if (c === 0x3010 /* 【 */) {
    // 【教育基本情况】2022年,全县…: a bracketed lead names the section its line opens
    const inLine = s.slice(p + 1, Math.min(end, p + 22)).indexOf("】"); // looked for in its line only
    const close = inLine < 0 ? -1 : p + 1 + inLine;
    // 【财新网】, 【新华社】: a news source's tag names no section
    const source = /(网|讯|报|社|电)$/.test(s.slice(p + 1, close));
    return close > p + 1 && close < end && close - p <= 21 && !source && !hasFigureDigit(s, p + 1, close) ? { style: "【】", len: close + 1 - p } : null;
  }
  if (c === 0x8868 /* 表 */) {
    // a table caption: 表1 “十四五”时期教育发展主要指标
    let k = p + 1;
    while (k < end && (isDigit(s.charCodeAt(k)) || isCnNum(s.charCodeAt(k)))) k++;
    return k > p + 1 ? { style: "表", len: k - p } : null;
  }
  if (c >= 0x2460 && c <= 0x2473) return { style: "①", len: 1 };
  // a bullet of a web list (- 学校21.26万所, • …): each item is its own sentence
  if ((c === 45 || c === 0x2022 || c === 0xb7 || c === 0x25cf || c === 0x25aa) && isSpaceCode(s.charCodeAt(p + 1))) return { style: "-", len: 1 };
  if (c === 40 /* ( */) {
    let k = p + 1;
    if (isCnNum(s.charCodeAt(k))) {
      while (k < end && isCnNum(s.charCodeAt(k))) k++;
      return s.charCodeAt(k) === 41 && k - p <= 4 ? { style: "(一)", len: k + 1 - p } : null;
    }
    while (k < end && isDigit(s.charCodeAt(k))) k++;
    return k > p + 1 && k - p <= 3 && s.charCodeAt(k) === 41 ? { style: "(1)", len: k + 1 - p } : null;
  }
  if (isCnNum(c)) {
    let k = p;
    while (k < end && isCnNum(s.charCodeAt(k))) k++;
    const m = s.charCodeAt(k);
    if (k - p <= 3 && (m === 0x3001 /* 、 */ || m === 46 /* . */)) return { style: "一、", len: k + 1 - p };
    return null;
  }
  if (isDigit(c)) {
    let k = p;
    while (k < end && isDigit(s.charCodeAt(k))) k++;
    if (k - p > 2) return null;
    const m = s.charCodeAt(k);
    if (m === 0x3001) return { style: "1.", len: k + 1 - p };
    if (m === 46 /* . */) {
      // 1.九年制 and 1.2024年工作要点 are markers; 1.5 is a number.
      const d = s.charCodeAt(k + 1);
      if (!isDigit(d)) return { style: "1.", len: k + 1 - p };
      let q = k + 1;
      while (q < end && isDigit(s.charCodeAt(q))) q++;
      if (q - k - 1 === 4 && s.charCodeAt(q) === 0x5e74 /* 年 */) return { style: "1.", len: k + 1 - p };
      return null;
    }
    if (m === 41 /* ) */) return { style: "1)", len: k + 1 - p };
    return null;
  }
  return null;
}

const TERMINAL = "。!?";

function endsSentence(s: string, line: Line): boolean {
  if (line.trimEnd <= line.trimStart) return true;
  const c = s.charAt(line.trimEnd - 1);
  return TERMINAL.indexOf(c) >= 0 || c === ":" || c === "…";
}

/** 国家助学金标准:2000元/生·年 on a line of its own: a label and its figure, a record that ends its paragraph (not a phone number or a page's word count). */
const LABELLED_FIGURE = /^(?!.*(电话|传真|邮编|手机|热线|字数|QQ|邮箱|网址))[^,;。:\d]{2,24}:\s*(约|近)?\d{1,7}(\.\d+)?(\s*[-—–~至]\s*\d+(\.\d+)?)?\s*(%|万?元(\/[生人年月天班][·/]?[年月天]?)?|万?人次?|所|个|名|平方米(\/生)?|亩|册|年|个月|天)?$/;

/** A line a table may start on: no sentence in it, and short unless its cells are set off by | or tabs (most prose lines fail at once). */
function mayStartTable(grid: string, a: number, b: number): boolean {
  if (grid.startsWith("序号 ", a)) return true; // a spaced monitoring table's header (table-stats.ts)
  let delimited = false;
  for (let k = a; k < b; k++) {
    const c = grid.charCodeAt(k);
    if (c === 0x3002 /* 。 */) return false;
    if (c === 124 /* | */ || c === 9 /* tab */) delimited = true;
  }
  // an English caption over rows (Number of Schools, Educational Personnel and … by Type and Level) may be long
  const c0 = grid.charCodeAt(a);
  return delimited || b - a <= 60 || (c0 >= 65 && c0 <= 90 && b - a <= 200);
}

function has(set: string, c: number): boolean {
  return c > 0 && set.indexOf(String.fromCharCode(c)) >= 0;
}

/**
 * The heading part of a numbered segment starting at p (after its marker at m): the whole
 * segment if short, else a lead-in ended by 。 or : (or a space after a short title) within
 * the first 40 characters. Returns the heading's end, or -1 when the segment is a list item.
 */
function leadInEnd(s: string, m: number, end: number, alone = false): number {
  const limit = Math.min(end, m + 42);
  let depth = 0;
  let punct = false;
  for (let k = m; k < limit; k++) {
    const c = s.charCodeAt(k);
    if (c === 40 || c === 0x201c || c === 0x300a) depth++;
    else if ((c === 41 || c === 0x201d || c === 0x300b) && depth > 0) depth--;
    if (depth > 0) continue;
    // 1.新增学位:1500个, 1.一般家庭:13,000元/月: a label and its value, a list item
    if (c === 58 /* : */ && isLabelledValue(s, k + 1, end)) return -1;
    if (c === 0x3002 /* 。 */ || c === 58 /* : */) return hasFigure(s, m, k) ? -1 : k;
    if (c === 59 /* ; */ || c === 33 || c === 63) return -1;
    if (c === 44 || c === 0x3001) punct = true;
    if (isSpaceCode(c) && !punct && k - m >= 2) {
      // 二、目标任务 始终坚持…: a short title, then the text on the same line
      let q = k;
      while (q < end && isSpaceCode(s.charCodeAt(q))) q++;
      if (q < end && isIdeograph(s.charCodeAt(q)) && !hasFigureDigit(s, m, k)) return k;
    }
  }
  // a whole short line is a heading; one with a comma is a sentence broken across lines, unless a
  // blank line follows it (一、攻坚克难、干在实处,“十四五”工作高点起步)
  if (end <= limit && (!punct || alone) && !hasFigure(s, m, end)) return end;
  return -1;
}

/** Fewer characters than a wrapped line of a page holds (a page of Chinese text wraps at 28 to 40). */
const SHORT_LINE = 22;
/** A line that goes on with the sentence before it: a count (新增学位\n4500个), a particle or punctuation; not a year (2025年,…). */
const RUNS_ON = /^(?:[0-9.]+(?![0-9.]*\s*年)|[的地得和与及等了着过、,;:)”’])/;

/** What follows a label's colon is its value alone: a short figure (1500个, 13,000元/月, 98.5%). */
const LABELLED_VALUE = /^\s*[0-9][0-9,.]*\s*[^\s,，。;；:：]{0,6}\s*[。;；]?\s*$/;
function isLabelledValue(s: string, a: number, end: number): boolean {
  return end - a <= 20 && LABELLED_VALUE.test(s.slice(a, end));
}

/** Starts of the segments of a line: a new one at each space followed by a marker. */
function segmentStarts(s: string, line: Line): number[] {
  const starts = [line.trimStart];
  for (let k = line.trimStart + 1; k < line.trimEnd; k++) {
    if (!isSpaceCode(s.charCodeAt(k - 1)) || isSpaceCode(s.charCodeAt(k))) continue;
    const mk = markerAt(s, k, line.trimEnd);
    if (mk && mk.style !== "1)" && mk.style !== "①" && mk.style !== "-") starts.push(k);
  }
  return starts;
}

/** An unnumbered title line: short, no sentence punctuation, no figure. */
function isPlainTitle(s: string, a: number, b: number): boolean {
  if (b - a > 30 || b - a < 2) return false;
  for (let k = a; k < b; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x3002 || c === 44 || c === 59 || c === 33 || c === 63 || c === 0x3001) return false;
    if (c === 58 && k < b - 1) return false;
  }
  return !hasFigureDigit(s, a, b);
}

/** s is the normalized text, original the caller's (same offsets). */
export function layout(s: string, original: string = s): Layout {
  const lines = splitLines(s);
  const grid = spaceTableView(s, lines); // tables read with their single-space cells set apart
  const blocks: Block[] = [];
  const headings: Heading[] = [];
  const parts: Array<[number, number]> = [[0, s.length]];
  const stack: Heading[] = [];
  let plain: Heading | null = null;
  let latest: Heading | null = null;
  let para: Array<[number, number]> | null = null;
  let open = false; // the last prose line did not end its sentence
  let tail = false; // inside a block of related-article links

  let cached: Context | null = null; // the context changes only with a heading
  const ctx = (): Context => {
    if (cached) return cached;
    let headingYear: number | null = null;
    let headingKind: Kind | null = null;
    let headingWeak = false;
    const chain = plain ? [plain, ...stack.slice().reverse()] : stack.slice().reverse();
    for (const h of chain) {
      if (headingYear === null && h.year !== null) headingYear = h.year;
      if (headingKind === null && h.kind !== null) {
        headingKind = h.kind;
        headingWeak = h.weak;
      }
    }
    cached = { section: latest ? latest.text : null, headingYear, headingKind, headingWeak, part: parts.length - 1 };
    return cached;
  };
  const flush = (): void => {
    const captions = para ? phraseLinesBefore(s, para) : 0;
    const parts = captions ? [para!.slice(0, captions), para!.slice(captions)] : para && para.length ? [para] : [];
    parts.forEach((part, k) => blocks.push({ type: "prose", spans: part, bullet: markerAt(s, part[0][0], part[0][1])?.style === "-", phrases: (captions > 0 && k === 0) || isPhraseLines(s, part), ctx: ctx() }));
    para = null;
    open = false;
  };
  const pushHeading = (h: Heading): void => {
    flush();
    cached = null;
    headings.push(h);
    latest = h;
    if (h.style === "") {
      plain = h;
      return;
    }
    plain = null;
    if (h.style === "篇") stack.length = 0;
    const at = stack.findIndex((x) => x.style === h.style);
    if (at >= 0) stack.length = at;
    stack.push(h);
  };
  const addProse = (a: number, b: number): void => {
    if (b <= a) return;
    if (!para) para = [];
    para.push([a, b]);
  };

  let attachments = false;
  let wrapped = false;
  const outline = outlineLines(s, lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const a = line.trimStart;
    const b = line.trimEnd;
    if (a === b) continue;
    if (i === 0 && /^source\s*:/i.test(s.slice(a, Math.min(b, a + 10)))) continue; // a scraper's metadata line
    if (outline.has(i)) {
      // 1.4项目价值, 4.4人员培训体系: a numbered outline's heading, whose 1.4 counts no 项
      pushHeading(makeHeading(s, original, a, b, "1.1"));
      continue;
    }
    if (b - a <= 100 && (DATELINE.test(s.slice(a, b)) || isPageMeta(s, a, b)) && s.slice(a, b).indexOf("。") < 0) {
      // 2016-08-29 13:58:00 来源:央广网, 发布时间:2017年04月11日: the page's dateline, no sentence
      flush();
      continue;
    }
    if (b - a <= 40 && isTailLine(s.slice(a, b))) {
      flush();
      tail = true;
      continue;
    }
    if (tail) {
      // the links after 相关文章 are short titles; a sentence or a numbered heading ends them
      if (b - a <= 40 && markerAt(s, a, b) === null && !/[。,;]/.test(s.slice(a, b))) continue;
      tail = false;
    }
    // 附件:1.…分配表 / 2.…绩效目标表: the titles of attachments, no headings of the text (a blank line or a sentence ends them)
    if (ATTACHMENTS.test(s.slice(a, Math.min(b, a + 6)))) {
      // an attachment is a document of its own: the body's headings (三、下一步工作要求) no longer frame it
      flush(); // (the paragraph before keeps them)
      stack.length = 0;
      pushHeading(makeHeading(s, original, a, b, ""));
      attachments = true;
      wrapped = true; // 附件:1.… may itself wrap
      continue;
    }
    if (attachments) {
      // its numbered titles, each maybe wrapped onto one more line
      const numbered = markerAt(s, a, b) !== null;
      // 附件:汇总表 over 序号 省份 …: a line the space view set as a table's (it differs there) is the attachment itself
      if (b - a <= 60 && !/[。;；]/.test(s.slice(a, b)) && (numbered || wrapped) && grid.slice(a, b) === s.slice(a, b)) {
        wrapped = numbered;
        continue;
      }
      attachments = false;
    }
    // 指 标 / 2005年 / 2012年 one cell per line: a yearbook, before its corner and years pass for a table's header
    const yearCells = readYearCells(s, lines, i);
    if (yearCells) {
      flush();
      blocks.push({ type: "matrix", items: yearCells.items, year: null, caption: null, ctx: ctx() });
      i = yearCells.nextLine - 1;
      continue;
    }
    // rows closed by 约束性 with no header, or indicators across with a row per year
    const plainRows = readAttrRows(s, lines, i) ?? readTransposed(grid, lines, i);
    if (plainRows) {
      flush();
      blocks.push({ type: "matrix", items: plainRows.items, year: null, caption: captionAbove(s, lines, i), ctx: ctx() });
      i = plainRows.nextLine - 1;
      continue;
    }
    const header = findTableHeader(grid, lines, i);
    if (header) {
      flush();
      const table = readTable(grid, lines, header);
      blocks.push({ type: "table", header: table.header, cells: table.cells, caption: captionAbove(s, lines, i), ctx: ctx() });
      i = table.nextLine - 1;
      continue;
    }
    const stats = mayStartTable(grid, a, b) ? readStatTable(grid, lines, i) : null;
    if (stats) {
      flush();
      blocks.push({ type: "stats", items: stats.items, year: stats.year, ctx: ctx() });
      i = stats.nextLine - 1;
      continue;
    }
    const matrix = mayStartTable(grid, a, b) ? readTwoWay(s, grid, lines, i) : null;
    if (matrix) {
      flush();
      blocks.push({ type: "matrix", items: matrix.items, year: captionYear(s, lines, i), caption: captionAbove(s, lines, i), ctx: ctx() });
      i = matrix.nextLine - 1;
      continue;
    }
    // 01 on a line of its own, a blank line after it: a section's ornamental number (WeChat pages), no figure
    if (b - a <= 2 && isAsciiDigit(s.charCodeAt(a)) && isAsciiDigit(s.charCodeAt(b - 1)) && i + 1 < lines.length && lines[i + 1].trimStart === lines[i + 1].trimEnd) {
      flush();
      open = false;
      continue;
    }
    const startsMarked = markerAt(s, a, b) !== null;
    if (open && !startsMarked) {
      // a sentence broken across lines (PDF or web copy): the line continues the paragraph
      addProse(a, b);
      open = !endsSentence(s, line);
      if (b - a <= 60 && LABELLED_FIGURE.test(s.slice(a, b))) {
        flush();
        open = false;
      }
      continue;
    }
    // A line may hold several segments: 三、主要工作措施 1.2024年工作要点:
    const starts = segmentStarts(s, line);
    for (let k = 0; k < starts.length; k++) {
      const p = starts[k];
      const q = k + 1 < starts.length ? starts[k + 1] : b;
      const mk = markerAt(s, p, q);
      if (!mk) {
        if (k === 0 && !open && para === null && isPlainTitle(s, p, q)) {
          pushHeading(makeHeading(s, original, p, q, ""));
          continue;
        }
        addProse(p, q);
        continue;
      }
      let m = p + mk.len;
      while (m < q && isSpaceCode(s.charCodeAt(m))) m++;
      if (mk.style === "篇" || mk.style === "章" || mk.style === "部分" || mk.style === "节") {
        // 第一篇 stands alone, possibly glued to the next marker (第一篇一.继续推进…)
        if (mk.style === "篇") {
          const last = parts[parts.length - 1];
          last[1] = p;
          parts.push([p, s.length]);
        }
        const glued = m < q ? markerAt(s, m, q) : null;
        const stop = glued ? m : leadInEnd(s, m, q);
        if (stop < 0) {
          pushHeading(makeHeading(s, original, p, m, mk.style));
          addProse(m, q);
        } else {
          pushHeading(makeHeading(s, original, p, stop, mk.style));
          if (glued) starts.splice(k + 1, 0, m);
          else addProse(stop + 1, q);
        }
        continue;
      }
      if (mk.style === "【】") {
        pushHeading(makeHeading(s, original, p, p + mk.len, mk.style));
        addProse(p + mk.len, q);
        continue;
      }
      // a blank line after it, or a line too short to have been wrapped (一、强化制度建设,筑牢研学旅行发展根基)
      // whose sentence does not go on below it
      const next = i + 1 < lines.length ? lines[i + 1] : null;
      const unwrapped = next !== null && q - m <= SHORT_LINE && !has(",，、", s.charCodeAt(q - 1)) && !RUNS_ON.test(s.slice(next.trimStart, next.trimStart + 12));
      const alone = q === b && ((next !== null && next.trimStart === next.trimEnd) || unwrapped);
      const caption = q - p <= 60 && s.slice(p, q).indexOf("。") < 0; // not 表2为全国…参与率。总体上,有24.4%…: a sentence about a table
      const stop = mk.style === "表" ? (caption ? q : -1) : mk.style === "1)" || mk.style === "①" || mk.style === "-" ? -1 : leadInEnd(s, m, q, alone);
      if (stop < 0) {
        flush();
        addProse(p, q);
      } else {
        pushHeading(makeHeading(s, original, p, stop, mk.style));
        addProse(stop + 1, q);
      }
    }
    // a bulleted line is a whole item, even without a full stop
    open = !endsSentence(s, line) && markerAt(s, a, b)?.style !== "-" && !(b - a <= 60 && LABELLED_FIGURE.test(s.slice(a, b)));
    if (!open) flush(); // a paragraph ends with a line that ends its sentence
  }
  flush();
  return { blocks, headings, parts };
}
