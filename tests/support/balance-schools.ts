/**
 * Seeded school rows for the balance workbook tests: plain 小学 and 初中 rows, 九年一贯制 and
 * 十二年一贯制 schools (one row per 学段) and a 完全中学 初中部, with figures spread around the
 * youzhi-2017 standards so that each file holds met, amber (85–100%) and red cells.
 */
import type { InputRow } from "../../src/core/balance/workbook-plan";

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` rows (at least); figures are per 学段 for teachers, whole-school for shared resources of split types. */
export function balanceSchools(count: number, seed: number): InputRow[] {
  const r = rng(seed);
  const around = (standard: number, students: number, per100: boolean) => {
    // 70%–140% of the standard, so some rows fail, some are amber, most pass.
    const f = 0.7 + r() * 0.7;
    return per100 ? (standard * students) / 100 * f : standard * students * f;
  };
  const rows: InputRow[] = [];
  let n = 0;
  const stageRow = (school: string, stage: "小学" | "初中", students: number, type: string | null, extra: InputRow, shared: number) => {
    const p = stage === "小学";
    rows.push({
      school,
      stage,
      type,
      students,
      degree: Math.round(around(p ? 4.2 : 5.3, students, true)),
      backbone: Math.round(around(1, students, true)),
      artsport: Math.round(around(0.9, students, true)),
      teachingArea: Math.round(around(p ? 4.5 : 5.8, shared, false) * 100) / 100 + 30,
      indoorSport: r() < 0.5 ? null : Math.round(r() * 20 * 100) / 100,
      sportArea: Math.round(around(p ? 7.5 : 10.2, shared, false) * 100) / 100,
      equipment: Math.round(around(p ? 2000 : 2500, shared, false) / 100) / 100, // 万元
      rooms: Math.max(1, Math.round(around(p ? 2.3 : 2.4, shared, true))),
      // 基本均衡's other figures: computers, books, teachers, teachers with a 中级 title or above.
      computers: Math.round(around(12, shared, true)),
      books: Math.round(around(p ? 25 : 35, shared, false)),
      teachers: Math.round(around(p ? 5.5 : 7.5, students, true)),
      titled: Math.round(around(p ? 2.5 : 3.5, students, true)),
      ...extra,
    });
    // 审核: teachers of a kind are among the 专任 teachers, so 专任 is at least each part.
    const row = rows[rows.length - 1];
    row.teachers = Math.max(...(["teachers", "degree", "backbone", "artsport", "titled"] as const).map((k) => Number(row[k] ?? 0)));
  };
  while (rows.length < count) {
    n++;
    const kind = n % 9;
    const big = () => 80 + Math.floor(r() * 1800);
    if (kind === 3) {
      const a = big();
      const b = big();
      const split = { primary: a, junior: b };
      stageRow(`第${n}九年一贯制学校`, "小学", a, "九年一贯制", split, a + b);
      stageRow(`第${n}九年一贯制学校`, "初中", b, "九年一贯制", split, a + b);
    } else if (kind === 6) {
      const b = big();
      const c = big();
      stageRow(`第${n}中学`, "初中", b, "完全中学", { junior: b, senior: c }, b + c);
    } else if (kind === 8) {
      const [a, b, c] = [big(), big(), big()];
      const split = { primary: a, junior: b, senior: c };
      stageRow(`第${n}十二年一贯制学校`, "小学", a, "十二年一贯制", split, a + b + c);
      stageRow(`第${n}十二年一贯制学校`, "初中", b, "十二年一贯制", split, a + b + c);
    } else {
      const stage = kind % 2 === 0 ? "小学" : "初中";
      const p = big();
      stageRow(`第${n}${stage === "小学" ? "小学" : "初级中学"}`, stage, p, r() < 0.5 ? stage : null, {}, p);
    }
  }
  return rows;
}
