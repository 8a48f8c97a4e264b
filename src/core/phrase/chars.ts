/** Characters of plan text: full-width forms, spaces, ideographs, and cheap character tests. */

/** Full-width ASCII (％ ～ ＞＝ ：１２) → ASCII, one code unit for one, so offsets stay valid. */
export function normalize(s: string): string {
  let p = 0;
  while (p < s.length && !isWide(s.charCodeAt(p))) p++;
  if (p === s.length) return s;
  const out = new Uint16Array(s.length);
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    out[k] = !isWide(c) ? c : c === 0x3000 ? 32 : c === 0xfe6a ? 37 : c - 0xfee0;
  }
  let text = "";
  for (let k = 0; k < out.length; k += 8192) text += String.fromCharCode.apply(null, Array.from(out.subarray(k, k + 8192)));
  return text;
}

export function isWide(c: number): boolean {
  return (c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || c === 0xfe6a;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

export function skipSpaces(s: string, p: number): number {
  while (p < s.length && isSpace(s.charCodeAt(p))) p++;
  return p;
}

export function isIdeograph(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

export function isLetterOrIdeograph(c: number): boolean {
  return isIdeograph(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export const CN_DIGITS = "零〇一二两三四五六七八九十";


/** Lists keyed by first character, so a position costs one map lookup, not a scan of the table. */
export function byFirstChar<T>(items: ReadonlyArray<T>, key: (item: T) => string): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const c = key(item).charCodeAt(0);
    const list = map.get(c);
    if (list) list.push(item);
    else map.set(c, [item]);
  }
  return map;
}


/** Code of a one-character string, for comparisons that allocate nothing. */
export function code(ch: string): number {
  return ch.charCodeAt(0);
}

export const DI = code("第");
export const NIAN_JI = code("级");
export const LAI = code("来");
export const JIN = code("近");
export const XING = code("性");
export const GAO = code("高");
export const CHU = code("初");
export const SHI = code("十");
export const SHANG = code("上");
export const WU = code("五");
export const QIAN = code("前");
export const DAO = code("到");
export const ZHI = code("至");
export const DATE_AFTER = "月日号";
export const INCIDENT_AFTER = "事案安责重违";
export const MASKS = "Xx*×";

/** c is one of the characters of set (short sets: a few comparisons, no allocation). */
export function isOneOf(set: string, c: number): boolean {
  for (let k = 0; k < set.length; k++) if (set.charCodeAt(k) === c) return true;
  return false;
}

/** The last position before end of any character of set, or -1: where the last clause of s starts, less one. */
export function lastOneOf(s: string, set: string, end = s.length): number {
  for (let k = end - 1; k >= 0; k--) if (isOneOf(set, s.charCodeAt(k))) return k;
  return -1;
}

