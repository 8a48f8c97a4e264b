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

/** Pieces on one baseline, left to right, joined: tabs at wide gaps, spaces only between Latin words. */
function joinPieces(pieces: TextPiece[], size: number): string {
  let text = "";
  let end: number | null = null;
  for (const p of pieces) {
    if (p.str.trim() === "") continue;
    if (end !== null) {
      const gap = p.x - end;
      const last = text[text.length - 1];
      if (gap >= CELL_GAP_EM * size) text += "\t";
      else if (gap > 0.2 * size && !CJK.test(last) && !CJK.test(p.str[0]) && last !== " ") text += " ";
    }
    text += p.str;
    end = p.x + p.width;
  }
  return text.replace(/ +/g, " ").trim();
}

function pageLines(pieces: TextPiece[], page: number): RawLine[] {
  const sorted = pieces.filter((p) => p.str !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: RawLine[] = [];
  for (const p of sorted) {
    const size = p.size || 10;
    const line = lines[lines.length - 1];
    // Same baseline within a third of the font size (superscripts, mixed fonts).
    if (line && Math.abs(line.y - p.y) <= size / 3) line.pieces.push(p);
    else lines.push({ pieces: [p], y: p.y, left: 0, right: 0, size: 0, text: "", page });
  }
  for (const l of lines) {
    l.pieces.sort((a, b) => a.x - b.x);
    const visible = l.pieces.filter((p) => p.str.trim() !== "");
    l.size = median(visible.map((p) => p.size || 10));
    l.left = Math.min(...visible.map((p) => p.x));
    l.right = Math.max(...visible.map((p) => p.x + p.width));
    l.text = joinPieces(l.pieces, l.size);
  }
  return lines.filter((l) => l.text !== "");
}

/** A page number as printed: 3, - 3 -, —3—, 第3页, 第 3 页 共 10 页, 3/10, Page 3. */
const PAGE_NUMBER = /^(?:[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;

/** The text of a line with its digits blurred, so that 第3页 and 第4页 count as the same running head. */
function shape(text: string): string {
  return text.replace(/\s+/g, "").replace(/\d+/g, "#");
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
  const margin = median(body.map((l) => l.right).filter((r, _, all) => r >= Math.max(...all) * 0.8));
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
