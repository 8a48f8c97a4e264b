/**
 * English column heads and unit words of bilingual statistics yearbooks (福建统计年鉴 cn-en,
 * 中国教育统计年鉴): the measure each head names, in the Chinese the yearbook's own tables use.
 * A bilingual header often drops or wraps one Chinese head (专任教师 printed only as
 * “Full-time Teachers”); its English line names every column.
 */

/** Each English head (lower case, single spaces) and the measure it names. Longer heads are tried first. */
const HEADS: Record<string, string> = {
  "number of schools": "学校数",
  schools: "学校数",
  "number of graduates": "毕业生数",
  graduates: "毕业生数",
  "new enrollment": "招生数",
  "new enrolment": "招生数",
  entrants: "招生数",
  "total enrollment": "在校学生数",
  "total enrolment": "在校学生数",
  "students enrolled": "在校学生数",
  "teachers and staff": "教职工数",
  "staff and workers": "教职工数",
  "educational personnel": "教职工数",
  "full-time teachers": "专任教师数",
  "full time teachers": "专任教师数",
  "full-time teaching staff": "专任教师数",
  "number of classes": "班数",
  classes: "班数",
};
const HEAD = new RegExp(
  "\\b(" +
    Object.keys(HEADS)
      .sort((a, b) => b.length - a.length)
      .map((k) => k.replace(/-/g, "[- ]?").replace(/ /g, "\\s+"))
      .join("|") +
    ")\\b",
  "gi",
);

/** The measures an English header text names, in order: “New Enrollment Total Enrollment” → 招生数, 在校学生数. */
export function englishHeads(t: string): string[] {
  const out: string[] = [];
  HEAD.lastIndex = 0;
  for (let m = HEAD.exec(t); m; m = HEAD.exec(t)) {
    const name = HEADS[m[1].toLowerCase().replace(/\s+/g, " ").replace(/^full time/, "full-time")];
    if (name !== undefined) out.push(name);
  }
  return out;
}

/** The unit an English unit line states for every cell (Unit: person), or null. */
const UNITS: Record<string, string> = { person: "人", persons: "人", people: "人", school: "所", schools: "所", yuan: "元" };
const UNIT_LINE = /^unit\s*[:：]\s*(?:in\s+)?([a-z]+)\s*$/i;
export function englishUnitLine(t: string): string | null {
  const m = UNIT_LINE.exec(t);
  return m ? (UNITS[m[1].toLowerCase()] ?? null) : null;
}

/**
 * The column names of a bilingual header: the Chinese heads and the English heads each miss some
 * columns, in the same order; the shortest list that keeps both orders names every column
 * (学校数 毕业生数 招生数 … and Schools … Full-time Teachers → six names). Null when that list
 * is not `width` long.
 */
export function mergedHeads(chinese: readonly string[], english: readonly string[], width: number): string[] | null {
  const n = chinese.length;
  const m = english.length;
  // shortest common supersequence, by the longest common subsequence table
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = chinese[i] === english[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  if (n + m - lcs[0][0] !== width) return null;
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && chinese[i] === english[j]) {
      out.push(chinese[i]);
      i++;
      j++;
    } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) out.push(chinese[i++]);
    else out.push(english[j++]);
  }
  return out;
}
