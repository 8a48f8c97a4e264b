/** 无…= 0: 无流生, 无一位学生…辍学, 零事故 (zero targets with no numeral of their own). */
import { figure, Figure } from "./figure";

export const ZERO_RATE_WORDS = ["流生", "流失", "辍学", "失学", "学生流失", "学生辍学"];
/** Who is counted after a zero rate word (无辍学学生): a count of people, not a rate. */
const ZERO_PEOPLE = ["学生", "儿童", "少年", "适龄儿童", "人员"];
export const ZERO_EVENT_WORDS = ["安全事故", "责任事故", "重大", "事故", "违法", "犯罪", "案件", "投诉", "伤亡", "违纪", "体罚"];
export const ZERO_NAMES = ["学校", "校", "班", "园", "单位", "乡镇", "的", "率"];
export const ZERO_COUNTERS: ReadonlyArray<readonly [string, string]> = [
  ["位", "人"], ["名", "人"], ["人", "人"], ["个", "个"], ["例", "例"], ["起", "起"], ["所", "所"], ["次", "次"],
];

export function findZeros(s: string): Figure[] {
  const out: Figure[] = [];
  for (let p = s.indexOf("无"), q = s.indexOf("零"); p >= 0 || q >= 0; ) {
    const at = p >= 0 && (q < 0 || p < q) ? p : q;
    const z = zeroAt(s, at);
    if (z) out.push(z);
    if (at === p) p = s.indexOf("无", p + 1);
    else q = s.indexOf("零", q + 1);
  }
  return out;
}

export function zeroAt(s: string, p: number): Figure | null {
  let end = -1;
  let unit: string | null = null;
  if (s.charCodeAt(p) === 0x65e0 /* 无 */ && s.charCodeAt(p + 1) === 0x4e00 /* 一 */) {
    for (const [w, u] of ZERO_COUNTERS) {
      if (s.startsWith(w, p + 2)) {
        end = p + 3;
        unit = u;
        break;
      }
    }
  }
  if (end < 0) {
    for (const w of ZERO_RATE_WORDS) {
      if (s.startsWith(w, p + 1)) {
        // A dropout *rate* is zero: the indicator these phrases sit under is a 率…
        end = p + 1 + w.length;
        unit = "%";
        // …unless the students are named (无辍学学生, 无失学辍学学生): then none of them, counted in 人
        const joined = ZERO_RATE_WORDS.find((v) => s.startsWith(v, end));
        const people = ZERO_PEOPLE.find((v) => s.startsWith(v, end + (joined?.length ?? 0)));
        if (people) {
          end += (joined?.length ?? 0) + people.length;
          unit = "人";
        }
        break;
      }
    }
  }
  if (end < 0) {
    for (const w of ZERO_EVENT_WORDS) {
      if (s.startsWith(w, p + 1)) {
        end = p + 1 + w.length;
        break;
      }
    }
  }
  if (end < 0) return null;
  // 无流生学校, 零事故校园: the zero names the indicator, it is not the figure.
  for (const w of ZERO_NAMES) if (s.startsWith(w, end)) return null;
  const z = figure("single", p, end, 0, NaN, unit, false, -1);
  z.cmp = "=";
  z.stated = true;
  return z;
}

