/**
 * A1 addresses and cell references inside formulas, without Office.js.
 *
 * Rows and columns are zero-based here; A1 text is one-based, as Excel shows it.
 */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 0, "AA" → 26; -1 when not letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]+$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellA1(row: number, col: number): string {
  return columnLetters(col) + (row + 1);
}

/** "B2:F10", or "B2" for one cell. */
export function rangeA1(row: number, col: number, rows: number, cols: number): string {
  const first = cellA1(row, col);
  return rows === 1 && cols === 1 ? first : `${first}:${cellA1(row + rows - 1, col + cols - 1)}`;
}

/** Whole columns, "C:C" or "C:E". */
export function columnsA1(col: number, cols = 1): string {
  return `${columnLetters(col)}:${columnLetters(col + cols - 1)}`;
}

/** Always quoted: Chinese names, spaces and names like "2008教育目标" need it anyway. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** An address without its sheet, as the pane names cells: 'Sheet 1'!B2:C3 → B2:C3. */
export function displayAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang >= 0 ? address.slice(bang + 1) : address;
}

export function qualify(sheet: string, a1: string): string {
  return `${quoteSheetName(sheet)}!${a1}`;
}

export interface RangeRef {
  sheet: string | null;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** Parses "B2", "'数据 表'!B2:F10", "Sheet1!$A$1", "C:C", "3:5". Throws on anything else. */
export function parseRangeAddress(address: string): RangeRef {
  let sheet: string | null = null;
  let rest = address.trim();
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    const s = rest.slice(0, bang);
    sheet = s.startsWith("'") && s.endsWith("'") && s.length >= 2 ? s.slice(1, -1).replace(/''/g, "'") : s;
    rest = rest.slice(bang + 1);
  }
  const [a, b = a] = rest.split(":");
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const r1 = Number(ca[2]) - 1;
    const r2 = Number(cb[2]) - 1;
    const c1 = columnIndex(ca[1]);
    const c2 = columnIndex(cb[1]);
    if (r1 >= 0 && r2 >= 0 && r1 < MAX_ROWS && r2 < MAX_ROWS && c1 < MAX_COLS && c2 < MAX_COLS) {
      return {
        sheet,
        row: Math.min(r1, r2),
        col: Math.min(c1, c2),
        rows: Math.abs(r2 - r1) + 1,
        cols: Math.abs(c2 - c1) + 1,
      };
    }
  }
  const colA = /^\$?([A-Za-z]{1,3})$/.exec(a);
  const colB = /^\$?([A-Za-z]{1,3})$/.exec(b);
  if (colA && colB) {
    const c1 = columnIndex(colA[1]);
    const c2 = columnIndex(colB[1]);
    if (c1 < MAX_COLS && c2 < MAX_COLS) {
      return { sheet, row: 0, col: Math.min(c1, c2), rows: MAX_ROWS, cols: Math.abs(c2 - c1) + 1 };
    }
  }
  const rowA = /^\$?(\d+)$/.exec(a);
  const rowB = /^\$?(\d+)$/.exec(b);
  if (rowA && rowB) {
    const r1 = Number(rowA[1]) - 1;
    const r2 = Number(rowB[1]) - 1;
    if (r1 >= 0 && r2 >= 0 && r1 < MAX_ROWS && r2 < MAX_ROWS) {
      return { sheet, row: Math.min(r1, r2), col: 0, rows: Math.abs(r2 - r1) + 1, cols: MAX_COLS };
    }
  }
  throw new Error(`不是有效的单元格地址：${address}`);
}

export function formatRangeRef(r: RangeRef): string {
  const a1 = rangeA1(r.row, r.col, r.rows, r.cols);
  return r.sheet === null ? a1 : qualify(r.sheet, a1);
}

/** One A1 cell reference found in a formula. */
export interface CellRef {
  row: number;
  col: number;
  rowAbs: boolean;
  colAbs: boolean;
}

const REF_AT = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/;
const NAME_CHAR = /[A-Za-z0-9_.\\\u0080-\uFFFF]/;

/**
 * Rewrites every A1 cell reference of a formula with `fn`, leaving string literals, quoted
 * sheet names, structured references ([@实际值]) and function names (LOG10() alone.
 */
export function mapCellRefs(formula: string, fn: (ref: CellRef) => string): string {
  let out = "";
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const end = literalEnd(formula, i);
    if (end > i) {
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : "";
    if (!NAME_CHAR.test(prev) && prev !== "$") {
      const m = REF_AT.exec(formula.slice(i, i + 16));
      if (m) {
        const next = formula[i + m[0].length] ?? "";
        const col = columnIndex(m[2]);
        const row = Number(m[4]) - 1;
        const isRef = !NAME_CHAR.test(next) && next !== "(" && next !== "!" && col < MAX_COLS && row >= 0 && row < MAX_ROWS;
        if (isRef) {
          out += fn({ row, col, rowAbs: m[3] === "$", colAbs: m[1] === "$" });
          i += m[0].length;
          continue;
        }
      }
      // Skip the whole name so that its tail is never read as a reference.
      const word = WORD.exec(formula.slice(i, i + 256));
      if (word) {
        out += word[0];
        i += word[0].length;
        continue;
      }
    }
    out += formula[i];
    i++;
  }
  return out;
}

const WORD = /^[A-Za-z0-9_.\\\u0080-\uFFFF]+/;

/**
 * End of the literal starting at i: a "string" or 'sheet name' (doubled quotes escape) or a
 * [structured reference] (nested brackets); i itself when no literal starts there.
 */
function literalEnd(formula: string, i: number): number {
  const ch = formula[i];
  const n = formula.length;
  if (ch === '"' || ch === "'") {
    let j = i + 1;
    while (j < n) {
      if (formula[j] !== ch) j++;
      else if (formula[j + 1] === ch) j += 2;
      else return j + 1;
    }
    return n;
  }
  if (ch === "[") {
    let depth = 0;
    for (let j = i; j < n; j++) {
      if (formula[j] === "[") depth++;
      else if (formula[j] === "]" && --depth === 0) return j + 1;
    }
    return n;
  }
  return i;
}

function refA1(r: CellRef): string {
  return `${r.colAbs ? "$" : ""}${columnLetters(r.col)}${r.rowAbs ? "$" : ""}${r.row + 1}`;
}

/**
 * Moves references by (dRow, dCol). "relocate" moves every reference (a whole layout placed
 * elsewhere); "copy" moves only the relative parts, as Excel does when a formula is copied.
 */
export function shiftFormula(formula: string, dRow: number, dCol: number, mode: "relocate" | "copy"): string {
  if (dRow === 0 && dCol === 0) return formula;
  return mapCellRefs(formula, (r) => {
    const row = r.rowAbs && mode === "copy" ? r.row : r.row + dRow;
    const col = r.colAbs && mode === "copy" ? r.col : r.col + dCol;
    if (row < 0 || col < 0 || row >= MAX_ROWS || col >= MAX_COLS) return "#REF!";
    return refA1({ ...r, row, col });
  });
}

/** A1 formula written in the cell (row, col) → R1C1; identical relative formulas give identical text. */
export function toR1C1(formula: string, row: number, col: number): string {
  return mapCellRefs(formula, (r) => {
    const dr = r.row - row;
    const dc = r.col - col;
    const rp = r.rowAbs ? `R${r.row + 1}` : dr === 0 ? "R" : `R[${dr}]`;
    const cp = r.colAbs ? `C${r.col + 1}` : dc === 0 ? "C" : `C[${dc}]`;
    return rp + cp;
  });
}

const R1C1_AT = /^R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?/;

/** R1C1 formula in the cell (row, col) → A1 (used by the fake workbook to show what Excel would store). */
export function fromR1C1(formula: string, row: number, col: number): string {
  let out = "";
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const prev = i > 0 ? formula[i - 1] : "";
    const ch = formula[i];
    if ((ch === "R" || ch === "r") && !NAME_CHAR.test(prev)) {
      const m = R1C1_AT.exec(formula.slice(i, i + 32).toUpperCase());
      const next = m ? formula[i + m[0].length] ?? "" : "";
      if (m && !NAME_CHAR.test(next) && next !== "(" && next !== "!") {
        const part = (p: string | undefined, base: number): [number, boolean] =>
          p === undefined ? [base, false] : p.startsWith("[") ? [base + Number(p.slice(1, -1)), false] : [Number(p) - 1, true];
        const [r, rowAbs] = part(m[1], row);
        const [c, colAbs] = part(m[2], col);
        out += refA1({ row: r, col: c, rowAbs, colAbs });
        i += m[0].length;
        continue;
      }
    }
    const end = literalEnd(formula, i);
    if (end > i) {
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const word = !NAME_CHAR.test(prev) ? WORD.exec(formula.slice(i, i + 256)) : null;
    if (word) {
      out += word[0];
      i += word[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
