/**
 * PDF text as a plan's lines, from the positions of its text pieces: pieces on one baseline
 * make a line, a wide gap between them is a table cell boundary (a tab), a line that runs to
 * the right margin continues on the next, and running heads, footers and page numbers that
 * repeat on the pages are dropped. Pure: the pieces come from pdf.js (see pdf.ts).
 */

/** One piece of text as pdf.js places it: x, y of its baseline start (y up), width and font size. */
export interface TextPiece {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfLine {
  text: string;
  page: number;
}

interface RawLine {
  pieces: TextPiece[];
  cells: Cell[];
  y: number;
  left: number;
  right: number;
  size: number;
  text: string;
  page: number;
}

const CJK = /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/;
/** Gap wider than this many font sizes between two pieces: a new table cell. */
const CELL_GAP_EM = 1;
/** A line reaching within this many font sizes of the right margin continues on the next line. */
const FULL_LINE_EM = 1.5;
const SENTENCE_END = /[。！？；：!?;:]$/;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
}

interface Cell {
  x: number;
  end: number;
  text: string;
}

/** Spaces next to Chinese are layout (Writer's and Word's autospacing between 汉字 and digits), not text. */
function tidy(text: string): string {
  return text.replace(/ +/g, " ").replace(CJK_SPACE_AFTER, "$1").replace(CJK_SPACE_BEFORE, "$1").trim();
}
const CJK_SPACE_AFTER = /([\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]) (?=\S)/g;
const CJK_SPACE_BEFORE = /(\S) (?=[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f])/g;

/** Pieces on one baseline, left to right, as cells: a gap wider than CELL_GAP_EM starts a new one; spaces only between Latin words. */
function cellsOf(pieces: TextPiece[], size: number): Cell[] {
  const cells: Cell[] = [];
  for (const p of pieces) {
    if (p.str.trim() === "") continue;
    const cell = cells[cells.length - 1];
    if (!cell || p.x - cell.end >= CELL_GAP_EM * size) {
      cells.push({ x: p.x, end: p.x + p.width, text: p.str });
      continue;
    }
    const last = cell.text[cell.text.length - 1];
    if (p.x - cell.end > 0.2 * size && !CJK.test(last) && !CJK.test(p.str[0]) && last !== " ") cell.text += " ";
    cell.text += p.str;
    cell.end = Math.max(cell.end, p.x + p.width);
  }
  for (const c of cells) c.text = tidy(c.text);
  return cells.filter((c) => c.text !== "");
}

function glue(a: string, b: string): string {
  return CJK.test(a[a.length - 1] ?? "") || CJK.test(b[0] ?? "") ? a + b : `${a} ${b}`;
}

/**
 * A table cell whose text wraps puts its next line below the row, alone in its column:
 * 九年义务教育巩固 / 率. Such a line (fewer cells than the row, each under a cell of the row
 * that is filled to its column's edge, within two lines' height) is folded back into the row.
 */
function foldWrappedCells(lines: RawLine[], pageRight: number): RawLine[] {
  const out: RawLine[] = [];
  let row: RawLine | null = null;
  for (const l of lines) {
    if (row && row !== l && l.cells.length < row.cells.length && row.y - l.y <= 2 * l.size * 1.5) {
      const r: RawLine = row;
      const full = (i: number) => r.cells[i].end >= (r.cells[i + 1]?.x ?? pageRight) - 2.5 * r.size;
      const under = l.cells.map((c) => r.cells.findIndex((rc, i) => Math.abs(rc.x - c.x) <= 0.5 * l.size && full(i)));
      if (under.every((i) => i >= 0)) {
        l.cells.forEach((c, k) => {
          const rc = r.cells[under[k]];
          rc.text = glue(rc.text, c.text);
          rc.end = c.end;
        });
        r.y = l.y;
        continue;
      }
    }
    out.push(l);
    row = l.cells.length >= 2 ? l : null;
  }
  return out;
}

function pageLines(pieces: TextPiece[], page: number): RawLine[] {
  const sorted = pieces.filter((p) => p.str !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: RawLine[] = [];
  for (const p of sorted) {
    const size = p.size || 10;
    const line = lines[lines.length - 1];
    // Same baseline within a third of the font size (superscripts, mixed fonts).
    if (line && Math.abs(line.y - p.y) <= size / 3) line.pieces.push(p);
    else lines.push({ pieces: [p], cells: [], y: p.y, left: 0, right: 0, size: 0, text: "", page });
  }
  for (const l of lines) {
    l.pieces.sort((a, b) => a.x - b.x);
    const visible = l.pieces.filter((p) => p.str.trim() !== "");
    l.size = median(visible.map((p) => p.size || 10));
    l.left = Math.min(...visible.map((p) => p.x));
    l.right = Math.max(...visible.map((p) => p.x + p.width));
    l.cells = cellsOf(l.pieces, l.size);
  }
  const kept = foldWrappedCells(
    lines.filter((l) => l.cells.length > 0),
    Math.max(...lines.map((l) => l.right)),
  );
  for (const l of kept) l.text = l.cells.map((c) => c.text).join("\t");
  return kept;
}

/** A page number as printed: 3, - 3 -, —3—, 第3页, 第 3 页 共 10 页, 3/10, Page 3. */
const PAGE_NUMBER = /^(?:[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;

/** A line's text for comparing running heads: in a line that carries a page number, the digits are blurred (第3页 and 第4页 are the same footer). */
function shape(text: string): string {
  const t = text.replace(/\s+/g, "");
  return /页|page|\d+\/\d+|[-—–－]\d+[-—–－]/i.test(t) ? t.replace(/\d+/g, "#") : t;
}

/** Running heads, footers and page numbers: among the first and last two lines of each page, a page number, or a line repeated on at least half the pages (and at least two). */
function furniture(pages: RawLine[][]): Set<RawLine> {
  const edges = (ls: RawLine[]) => new Set([...ls.slice(0, 2), ...ls.slice(-2)]);
  const count = new Map<string, number>();
  for (const ls of pages) for (const k of new Set([...edges(ls)].map((l) => shape(l.text)))) count.set(k, (count.get(k) ?? 0) + 1);
  const need = Math.max(2, Math.ceil(pages.length / 2));
  const drop = new Set<RawLine>();
  for (const ls of pages)
    for (const l of edges(ls)) if (PAGE_NUMBER.test(l.text) || (count.get(shape(l.text)) ?? 0) >= need) drop.add(l);
  return drop;
}

/** The document's lines, each with its page (1-based), with wrapped lines of a paragraph joined. */
export function pdfLines(pages: TextPiece[][]): PdfLine[] {
  const raw = pages.map((pieces, i) => pageLines(pieces, i + 1));
  const drop = furniture(raw);
  const body = raw.flat().filter((l) => !drop.has(l));
  // The right edge of the text area, from every line (running heads included): the usual edge of the widest lines.
  const rights = raw.flat().map((l) => l.right);
  const widest = Math.max(...rights);
  const margin = median(rights.filter((r) => r >= widest * 0.8));
  const out: PdfLine[] = [];
  let open = false;
  for (const l of body) {
    const prev = out[out.length - 1];
    if (open && prev && !l.text.includes("\t")) {
      const a = prev.text[prev.text.length - 1];
      prev.text += CJK.test(a) || CJK.test(l.text[0]) ? l.text : ` ${l.text}`;
    } else out.push({ text: l.text, page: l.page });
    const full = l.right >= margin - FULL_LINE_EM * l.size;
    open = full && !l.text.includes("\t") && !SENTENCE_END.test(l.text);
  }
  return out;
}
