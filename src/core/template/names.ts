/**
 * Excel's rules for sheet and table names, and how a template's title becomes a name Excel
 * accepts and no other sheet or table already has.
 */

const SHEET_NAME_MAX = 31;
const TABLE_NAME_MAX = 255;

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const code = s.charCodeAt(max - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

function sameName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/**
 * A name Excel accepts for a worksheet: none of []:*?/\ (replaced by _), no leading or
 * trailing apostrophe, at most 31 characters, not blank, not the reserved "History".
 */
export function legalSheetName(name: string): string {
  let s = String(name ?? "")
    .replace(/[[\]:*?/\\]/g, "_")
    .split("")
    .map((ch) => (ch.charCodeAt(0) < 32 ? " " : ch)) // control characters (tabs, line breaks)
    .join("");
  // Cut first: the cut may expose an apostrophe or a space at the end.
  s = cut(s.replace(/^[\s']+/, ""), SHEET_NAME_MAX).replace(/[\s']+$/, "");
  if (s === "") s = "达标";
  if (sameName(s, "History")) s = "History_";
  return s;
}

/** legalSheetName, then “name (2)”, “name (3)” … until no existing sheet has it (case-insensitively). */
export function uniqueSheetName(name: string, existing: readonly string[] = []): string {
  const base = legalSheetName(name);
  const taken = (n: string) => existing.some((e) => sameName(e, n));
  if (!taken(base)) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = cut(base, SHEET_NAME_MAX - suffix.length).trimEnd() + suffix;
    if (!taken(candidate)) return candidate;
  }
}


/**
 * What Excel refuses as a name because it reads (or begins like) a cell reference, A1 or R1C1
 * ([MS-XLSB] 2.5.166: R2D2目标, C1类指标, AB12x, R, RC), and the two booleans.
 */
function looksLikeCellReference(s: string): boolean {
  return /^([A-Za-z]{1,3}[0-9]|[RrCc]([0-9]|$)|[Rr][Cc]([0-9]|$))/.test(s) || /^(true|false)$/i.test(s);
}

/**
 * A name Excel accepts for a table: starts with a letter, _ or \ (Chinese characters are
 * letters; a leading digit gets the prefix 表), then letters, digits, _ and . only (others
 * become _), at most 255 characters, and not a cell reference such as A1 or R1C1.
 */
export function legalTableName(name: string): string {
  let s = Array.from(String(name ?? "").trim())
    .map((ch, i) => (/[\p{L}\p{N}_.]/u.test(ch) || (i === 0 && ch === "\\") ? ch : "_"))
    .join("");
  if (s === "" || /^[_\\]+$/.test(s)) s = "达标表";
  if (!/^[\p{L}_\\]/u.test(s)) s = "表" + s;
  if (looksLikeCellReference(s)) s = "_" + s;
  return cut(s, TABLE_NAME_MAX);
}

/** legalTableName, then name_2, name_3 … until unique among tables and defined names (case-insensitively). */
export function uniqueTableName(name: string, existing: readonly string[] = []): string {
  const base = legalTableName(name);
  const taken = (n: string) => existing.some((e) => sameName(e, n));
  if (!taken(base)) return base;
  for (let i = 2; ; i++) {
    const suffix = `_${i}`;
    const candidate = cut(base, TABLE_NAME_MAX - suffix.length) + suffix;
    if (!taken(candidate)) return candidate;
  }
}
