/**
 * scanFigures: the figures of a text in one forward pass. A context pass assigns each number
 * token the comparator word of its clause and whether it sits in quotes; each figure is read,
 * distractors dropped, and the rest classified (comparator words, 以上 suffixes, ranks,
 * year-on-year changes, 多/余 approximations, bare quantities).
 */
import type { NumberToken } from "../number";
import type { Comparator } from "../target";
import { DAO, isLetterOrIdeograph, isOneOf, JIN, QIAN, SHANG, ZHI, DI } from "./chars";
import { comparatorWordAt, Gov, readSuffix, WORDS_BY_CHAR } from "./comparators";
import { excluded, holdStrive, isBareRank } from "./distractors";
import { Figure, FigureSource, readFigure } from "./figure";

/** Per code unit: what the context pass must look at (one typed-array read per character). */
export const OPEN = 1; // opens a quote or title: “五五”普法, 《…100问》
export const CLOSE = 2;
export const CLAUSE = 3; // , ; 。 ! ? newline (full-width forms were mapped to ASCII)
export const WORD = 4; // may start a comparator word
export const CHAR_KIND = new Uint8Array(65536);
for (const c of "“‘《〈「『") CHAR_KIND[c.charCodeAt(0)] = OPEN;
for (const c of "”’》〉」』") CHAR_KIND[c.charCodeAt(0)] = CLOSE;
for (const c of ",;。!?\n\r") CHAR_KIND[c.charCodeAt(0)] = CLAUSE;
for (const c of WORDS_BY_CHAR.keys()) CHAR_KIND[c] = WORD;

export interface Context {
  /** Nearest comparator word before each token, in its clause. */
  gov: Array<Gov | null>;
  /** Token sits inside a closed pair of quotes or title marks. */
  quoted: boolean[];
}

/** One forward pass: comparator words per clause and quote nesting, assigned to tokens. */
export function context(s: string, toks: NumberToken[]): Context {
  const n = s.length;
  const T = toks.length;
  const gov: Array<Gov | null> = new Array(T).fill(null);
  const quoteId: number[] = new Array(T).fill(-1);
  // An open mark only hides numbers if it is closed later: a stray “ must not hide the figure.
  const closed: boolean[] = [];
  // A quote that holds a clause mark quotes a statement (“新建幼儿园80所,建成38所”), not a name (“五五”普法); a title (《…》) is always a name.
  const statement: boolean[] = [];
  const title: boolean[] = [];
  const openAt: number[] = [];
  const closeAt: number[] = [];
  const stack: number[] = [];
  let asciiOpen = -1; // stack depth at which an ASCII " is open
  let current: Gov | null = null;
  let ti = 0;
  let p = 0;
  // Runs to the end even after the last token: a closing mark there decides what was quoted.
  while (p < n) {
    if (ti < T && toks[ti].start <= p) {
      const top = stack.length ? stack[stack.length - 1] : -1;
      const end = toks[ti].end;
      while (ti < T && toks[ti].start <= p) {
        gov[ti] = current;
        quoteId[ti] = top;
        ti++;
      }
      p = Math.max(p + 1, end);
      continue;
    }
    const c = s.charCodeAt(p);
    const kind = c === 34 ? (asciiOpen >= 0 && asciiOpen === stack.length - 1 ? CLOSE : OPEN) : CHAR_KIND[c];
    if (kind === 0 || (kind === WORD && ti === T)) {
      p++;
      continue;
    }
    if (kind === CLAUSE) {
      current = null;
      if (stack.length && !title[stack[stack.length - 1]]) statement[stack[stack.length - 1]] = true;
      p++;
      continue;
    }
    if (kind === OPEN) {
      if (c === 34) asciiOpen = stack.length;
      stack.push(closed.length);
      closed.push(false);
      statement.push(false);
      openAt.push(p);
      closeAt.push(-1);
      title.push(c === 0x300a || c === 0x3008); // 《 〈
      p++;
      continue;
    }
    if (kind === CLOSE) {
      if (stack.length) {
        const id = stack.pop() as number;
        closed[id] = true;
        closeAt[id] = p;
      }
      if (asciiOpen >= stack.length) asciiOpen = -1;
      p++;
      continue;
    }
    const word = comparatorWordAt(s, p, toks[ti].start);
    if (word) current = word.gov;
    p += word ? word.w.length : 1;
  }
  const quoted: boolean[] = new Array(T);
  for (let k = 0; k < T; k++) {
    const id = quoteId[k];
    quoted[k] = id >= 0 && closed[id] && !statement[id] && (title[id] || !quotesTask(s, openAt[id], closeAt[id], toks[k]));
  }
  return { gov, quoted };
}


/** What may follow the figure that ends a quoted task: its unit, a bound, a parenthesis (80所(其中公办30所以上)). */
const TASK_TAIL = /^(万|亿)?(%|[\u4e00-\u9fff]{1,2})?(以上|以下|以内|左右)?([(（][^()（）]*[)）])?[)）]?$/;

const CN_NUMERALS = "零〇一二两三四五六七八九十百千万亿个";

/**
 * “新建和改扩建城乡幼儿园1000所”: a quote of a task ends with its figure, after three words of
 * its own; “五五”, “两个一百年”, “三个课堂” and “达到70%” are names or quoted wording.
 */
function quotesTask(s: string, open: number, close: number, tok: NumberToken): boolean {
  if (!TASK_TAIL.test(s.slice(tok.end, close))) return false;
  let words = 0;
  for (let p = open + 1; p < tok.start && words < 3; p++) {
    const c = s.charCodeAt(p);
    if (isLetterOrIdeograph(c) && CN_NUMERALS.indexOf(s.charAt(p)) < 0) words++;
  }
  return words >= 3;
}

/**
 * The comparator a figure's wording gives it, written into f; returns its class:
 * 0 = a comparator word (or a range/ratio), 1 = a bare quantity with a unit, 2 = a bare
 * number, -1 = not a quantity at all (一些, 一步, 2.0版).
 */
export function classify(s: string, A: NumberToken, f: Figure, gov: Gov | null): number {
  const suffix = readSuffix(s, f.end, f.unit);
  f.tail = suffix.end;
  f.stated = true;
  if (f.kind === "ratio") {
    f.cmp = "ratio";
    f.source = "ratio";
    return 0;
  }
  // 到/至 right before the number turns 提高 … 到95% into a level.
  const before = s.charCodeAt(A.start - 1);
  const level = (gov === "inc" || gov === "dec") && (before === DAO || before === ZHI);
  const change = (gov === "inc" || gov === "dec") && !level;
  if (f.kind === "range") {
    f.cmp = change ? (gov === "inc" ? "increase_by" : "decrease_by") : "range";
    f.source = change ? "change" : "range";
    // A unitless, unworded 2023-02 is no range unless it is the whole cell (3~5).
    return !change && f.unit === null && gov === null && suffix.gov === null ? 2 : 0;
  }
  const topShare = before === QIAN && f.unit === "%" && f.kind === "single";
  if (topShare && (s.startsWith("位次", f.end) || (TOP_SHARE_BEFORE.test(s.slice(Math.max(0, A.start - 5), A.start - 1)) && !isLetterOrIdeograph(s.charCodeAt(f.end))))) {
    // 进入全县前三分之一, 位列全区前15%: within the top share, smaller is better (ESI前1%学科 names a list)
    f.cmp = "<=";
    f.source = "suffix";
    return 0;
  }
  if (f.unit === null && f.kind === "single" && holdStrive(s, A.start, f.end)) {
    // 保三争二: hold third place, strive for second; two ranks, smaller is better
    f.unit = "名";
    f.start--;
    f.cmp = "<=";
    f.source = "rank";
    return 0;
  }
  // 2.0版, 3号楼: a number glued to a word is no quantity; 投资3.5亿建设 is one, its 亿 says so,
  // and so is 17.6 in 提高了7.9、17.6和10个百分点: a list's item before its 和
  if (f.unit === null && suffix.gov === null && f.end < s.length && isLetterOrIdeograph(s.charCodeAt(f.end)) && !/[万萬亿億]$/.test(A.text) && !listItemBefore(s, f.end)) return -1;
  if ((before === QIAN && f.unit === null) || ((before === QIAN || before === DI) && (f.unit === "名" || f.unit === "位")) || (before === DI && isBareRank(s, A.start, f))) {
    // 保持在**市的前三名, 争创全市第一名: a rank, smaller is better.
    if (f.unit === null) f.unit = "名";
    f.start--;
    f.cmp = "<=";
    f.source = "rank";
    return 0;
  }
  let cmp: Comparator | null = null;
  let source: FigureSource = "bare";
  if (change) {
    cmp = gov === "inc" ? "increase_by" : "decrease_by";
    source = "change";
  } else if (suffix.gov === ">=" || suffix.gov === "<=") {
    cmp = suffix.gov;
    source = "suffix";
  } else if (suffix.gov === "approx") {
    // 控制在3%左右: an approximation states no comparator, whatever the verb (README: 左右 → none)
  } else if (before === JIN && f.unit !== "年") {
    cmp = "<="; // 近600本: nearly, so at most
    source = "near";
  } else if (before === SHANG && /^[百千万萬]/.test(A.text)) {
    cmp = ">="; // 上百位, 上万名: past a round count, the 上 part of the figure, not of its name
    source = "approx";
    f.start--;
  } else if (gov !== null) {
    cmp = gov === "inc" ? ">=" : gov === "dec" ? "<=" : gov;
    source = "word";
  } else if (f.approx) {
    cmp = ">="; // 400多万元
    source = "approx";
  }
  f.source = source;
  if (cmp !== null) {
    f.cmp = cmp;
    return 0;
  }
  // No comparator word (bare quantity, or 一零个左右): evaluated as >=.
  f.cmp = ">=";
  f.stated = false;
  return f.unit !== null ? 1 : 2;
}

/** An area or a standing before 前 and a share: 全县前三分之一, 排名前10%. */
const TOP_SHARE_BEFORE = /(?:全[国省市县区州校]|排名|位列|位居|名列|进入)$/;

/** 和10, 及5.2: a conjunction right before the list's next number. */
function listItemBefore(s: string, p: number): boolean {
  const d = s.charCodeAt(p + 1);
  return isOneOf("和及与", s.charCodeAt(p)) && d >= 48 && d <= 57;
}

export function sameFigure(x: Figure, y: Figure): boolean {
  return x.kind === y.kind && x.cmp === y.cmp && x.stated === y.stated && x.a === y.a && x.unit === y.unit && (x.kind === "single" || x.b === y.b);
}

/** What a reader does with the figures scanFigures finds; the hooks are where readers differ. */
export interface FigureVisitor {
  /** A figure classify accepted (cls ≥ 0); toks[i] is its first token, gov the word over it. */
  figure(f: Figure, cls: number, i: number, gov: Gov | null): void;
  /** A zero target (无流生), in text order among the figures. parseTarget takes them all first. */
  zero?(z: Figure): void;
  /** Whether a change word (提高, 下降) governs the figure at start; if not, it reads as if no word did. */
  changeGoverns?(s: string, start: number): boolean;
}

/**
 * The figures of s in one forward pass: each is read, distractors dropped, the rest classified.
 * Tokens inside a figure or its 以上/左右 tail, and the 一 of a zero (无一位), are not figures.
 */
export function scanFigures(s: string, toks: NumberToken[], zeros: Figure[], visit: FigureVisitor): void {
  const ctx = context(s, toks);
  let zi = 0;
  let consumedTo = 0;
  for (let i = 0; i < toks.length; ) {
    const A = toks[i];
    if (A.start < consumedTo) {
      i++;
      continue;
    }
    while (zi < zeros.length && zeros[zi].end <= A.start) {
      if (visit.zero) visit.zero(zeros[zi]);
      zi++;
    }
    if (zi < zeros.length && zeros[zi].start < A.end) {
      i++; // the 一 of 无一位 belongs to the zero target
      continue;
    }
    const f = readFigure(s, toks, i);
    const ai = i;
    i = f.next;
    consumedTo = f.end;
    if (excluded(s, toks, ai, f, ctx.quoted[ai])) continue;
    let cls = classify(s, A, f, ctx.gov[ai]);
    if (cls >= 0 && f.source === "change" && visit.changeGoverns && !visit.changeGoverns(s, A.start)) {
      f.start = A.start;
      cls = classify(s, A, f, null); // 改造提升村卫生室30个: 提升 is the verb of a count, not a change
    }
    if (cls < 0) continue;
    consumedTo = f.tail; // covered even if the visitor then drops the figure
    visit.figure(f, cls, ai, ctx.gov[ai]);
  }
  if (visit.zero) for (; zi < zeros.length; zi++) visit.zero(zeros[zi]);
}
