/**
 * The phrase family 由A上升到B / 从2013年的A降低到2023年的B: two figures of one indicator, the
 * earlier one a reported baseline. The README labels A on the indicator marked `(基期)`, an
 * actual of its own year, and B on the indicator itself.
 */

/** A figure as the sentence reader holds it: where it starts and where its reading ends. */
export interface Span {
  start: number;
  tail: number;
}

const BEFORE_A = /[由从自](?:((?:19|20)\d\d年(?:底|末)?)|目前|当前|现在)?的?$/;
const BETWEEN = /^(?:逐步|逐年|稳步|进一步|分别)?(?:上升|提高|提升|增加|增长|增至|下降|降低|降至|减少|缩小|扩大|升至)?(?:了)?(?:到|至|为)?((?:19|20)\d\d年(?:底|末)?的?)?$/;

export interface FromTo {
  /** Index of A and of B among the figures. */
  from: number;
  to: number;
  /** Year stated before A (2013年的), or null. */
  fromYear: number | null;
}

/** The 由A…到B pairs among the figures of sentence s, in order. */
export function fromToPairs(s: string, figs: readonly Span[]): FromTo[] {
  const out: FromTo[] = [];
  for (let i = 0; i + 1 < figs.length; i++) {
    const a = figs[i];
    const b = figs[i + 1];
    const before = BEFORE_A.exec(s.slice(Math.max(0, a.start - 10), a.start));
    if (!before) continue;
    const between = s.slice(a.tail, b.start);
    if (between.length > 16 || !BETWEEN.test(between) || !/到|至|为/.test(between)) continue;
    out.push({ from: i, to: i + 1, fromYear: before[1] ? Number(before[1].slice(0, 4)) : null });
    i++;
  }
  return out;
}

/** The indicator named before 由/从, without it: 毛入园率从2013年 → 毛入园率. */
export function beforeFrom(name: string): string {
  const m = /^(.+?)[由从自](?:(?:19|20)\d\d年)?/.exec(name);
  return m ? m[1] : name;
}
