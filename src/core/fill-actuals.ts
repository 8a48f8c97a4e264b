/**
 * Filling 实际值 of a target template from a summary's or bulletin's reported figures: which
 * reported figure belongs to which indicator row.
 */
import { indicatorKey, scopeKey } from "./indicator-name";
import { targetReference, type Target } from "./target";
import { parseRowTarget, type TemplateDefinition } from "./template/definition";

export interface ActualMatch {
  rowKey: string;
  indicator: string;
  summaryKey: string;
  summaryIndicator: string;
  summaryScope: string | null;
  /** In Excel's numbers (0.612 for 61.2%). */
  actual: number;
  /** The summary's figure as text, e.g. ≥60万元 for “60余万元”. */
  reported: string;
  /** True when the summary gave an approximation (余, 多, 近): the actual is its stated bound. */
  approximate: boolean;
  quote: string;
}

export interface FillResult {
  /** A copy of the template with `actual` set on matched rows. */
  template: TemplateDefinition;
  matches: ActualMatch[];
  /** Rows with several equally good summary figures: left blank, never guessed. */
  ambiguous: { rowKey: string; candidates: string[] }[];
  /** The summary's level figures that filled no row, in summary order, for the user to assign by hand. */
  unmatched: UnmatchedFigure[];
}

/** A reported figure no template row took. */
export interface UnmatchedFigure {
  summaryKey: string;
  indicator: string;
  scope: string | null;
  /** In Excel's numbers (0.612 for 61.2%). */
  actual: number;
  reported: string;
  approximate: boolean;
  quote: string;
}

const WHOLE_AREA = /^全(县|市|区|省|旗|州|盟)$/;

/** Words that make an indicator a flow (培养学科带头人数: newly trained) rather than a stock (学科带头人数). */
const FLOW_WORDS = /新增|新建|新招|培养|培训|累计|建设|建成|完成|选派|招聘|撤并|改扩建/;

/** 1 exact, 2 one contains the other (the shorter at least 4 characters and half the longer, no flow word added), 0 no match. */
function indicatorMatch(a: string, b: string): 0 | 1 | 2 {
  const x = indicatorKey(a);
  const y = indicatorKey(b);
  if (x === y) return 1;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (!(short.length >= 4 && short.length * 2 >= long.length && long.includes(short))) return 0;
  return FLOW_WORDS.test(long.replace(short, "")) ? 0 : 2;
}

/** Same unit, or both percent-like (an actual rate against a rate or a point change), or both head counts. */
function unitsCompatible(target: Target, actual: Target): boolean {
  if (target.unit === actual.unit) return true;
  if (target.percent && actual.percent) return true;
  const people = ["人", "名", "位"];
  return target.unit !== null && actual.unit !== null && people.includes(target.unit) && people.includes(actual.unit);
}

function scopesCompatible(x: string | null, y: string | null): boolean {
  const a = scopeKey(x);
  const b = scopeKey(y);
  return a === null || b === null || a === b || a.includes(b) || b.includes(a);
}

/** Lower is better: exact scope, then a whole-area scope (全县), then no scope, then a related scope. */
function scopeRank(templateScope: string | null, summaryScope: string | null): number {
  const template = scopeKey(templateScope);
  const summary = scopeKey(summaryScope);
  if (template !== null && template === summary) return 0;
  if (summary !== null && WHOLE_AREA.test(summary)) return template === null ? 1 : 3;
  if (summary === null) return 2;
  return template === null ? 4 : 3;
}

/**
 * Fills 实际值 of a target template from a summary's reported figures. A summary row
 * supplies a template row when (1) the indicators match by indicatorKey (unit markers, scope
 * prefixes such as 全县, 比例/占比/率, spaces, full-width forms and Traditional characters
 * do not count): equal, or one contains the other and the shorter is at
 * least 4 characters and half the longer (本科上线率 ⊂ 普通高校本科上线率), and the extra words
 * hold no flow word (培养学科带头人数 is not 学科带头人数: newly trained vs on the staff); (2) the scopes
 * agree (equal, one contains the other, or either is unstated); (3) the units agree (same
 * unit, both percent-like, or both head counts 人/名/位). Among candidates, an exact
 * indicator beats containment, then the scope decides: equal, whole-area (全县/全市), unstated,
 * related. A tie is reported as ambiguous and left blank. Rows already holding an actual keep it.
 * Summary figures that filled no row come back as `unmatched`, for the user to assign.
 */
export function fillActualsFromSummary(template: TemplateDefinition, summary: TemplateDefinition): FillResult {
  const reported = summary.rows
    .filter((r) => r.kind === "actual" && typeof r.reported === "string")
    .map((r) => ({ row: r, figure: parseRowTarget(r.reported as string, r, "实际值") }));
  const matches: ActualMatch[] = [];
  const ambiguous: FillResult["ambiguous"] = [];
  const rows = template.rows.map((row) => {
    if (row.target === null || (row.actual !== undefined && row.actual !== null)) return { ...row };
    const target = parseRowTarget(row.target, row, "目标");
    const ranked = reported
      .map((c) => ({ c, how: indicatorMatch(row.indicator, c.row.indicator) }))
      .filter(({ c, how }) => how > 0 && scopesCompatible(row.scope, c.row.scope) && unitsCompatible(target, c.figure))
      .map(({ c, how }) => ({ c, rank: how * 10 + scopeRank(row.scope, c.row.scope) }))
      .sort((a, b) => a.rank - b.rank);
    if (ranked.length === 0) return { ...row };
    const best = ranked.filter((x) => x.rank === ranked[0].rank);
    if (best.length > 1) {
      ambiguous.push({ rowKey: row.key, candidates: best.map((x) => x.c.row.key) });
      return { ...row };
    }
    const { row: s, figure } = best[0].c;
    const actual = targetReference(figure);
    matches.push({
      rowKey: row.key,
      indicator: row.indicator,
      summaryKey: s.key,
      summaryIndicator: s.indicator,
      summaryScope: s.scope,
      actual,
      reported: s.reported as string,
      approximate: figure.comparator !== "=",
      quote: s.quote,
    });
    return { ...row, actual };
  });
  const used = new Set(matches.map((m) => m.summaryKey));
  const unmatched = reported
    .filter(({ row: r }) => !used.has(r.key))
    .map(({ row: r, figure }) => ({
      summaryKey: r.key,
      indicator: r.indicator,
      scope: r.scope,
      actual: targetReference(figure),
      reported: r.reported as string,
      approximate: figure.comparator !== "=",
      quote: r.quote,
    }));
  return { template: { ...template, rows }, matches, ambiguous, unmatched };
}
