/**
 * A numbered outline's headings (a scheme's contents: 6.1人力资源, 6.2物质资源): N.M glued to a
 * short title. Its N.M counts nothing, though a unit may open the title (1.4项目价值, 4.4人员培训).
 */
import { isAsciiDigit, type Line } from "./text";

/** A heading of a numbered outline (2.3资源投入的结构性不足): N.M glued to a short title with no figure or sentence in it. */
const OUTLINE_HEADING = /^\d{1,2}\.\d{1,2}(?![万亿千百倍余多])[\u4e00-\u9fff][^\d,，。;；:：!?！？、]{2,27}$/;

/** The lines that head a numbered outline: at least two such headings, under different numbers. */
export function outlineLines(s: string, lines: Line[]): Set<number> {
  const out = new Set<number>();
  const numbers = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const { trimStart: a, trimEnd: b } = lines[i];
    if (b - a < 5 || b - a > 32 || !isAsciiDigit(s.charCodeAt(a))) continue; // most lines: one look
    const t = s.slice(a, b);
    if (!OUTLINE_HEADING.test(t)) continue;
    out.add(i);
    numbers.add(t.slice(0, t.search(/[\u4e00-\u9fff]/)));
  }
  return numbers.size >= 2 ? out : new Set();
}
