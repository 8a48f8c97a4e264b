/** 县域差异系数: per 学段 and indicator X̄ = ΣR/ΣP, S, CV, threshold, verdict; then the 综合. */
import { qualify } from "../a1";
import type { PlanRule } from "../formulas/rules";
import { RULE_COLORS } from "../status";
import type { CellValue, FormulaMode, PlanColumn } from "../template";
import { STAGES, type Stage, type WorkbookIndicator, type WorkbookStandard } from "./school-inputs";
import { schoolKeys, valueFormat } from "./school-sheet";
import { BALANCE_LABELS, column, letterOf, sheetPlan, str, type SheetPlan } from "./workbook-sheet";

const COUNTY_COLUMNS: readonly PlanColumn[] = [
  column("stage", "学段", "reference", 6, true),
  column("code", "指标", "reference", 6, true),
  column("indicator", "指标名称", "reference", 36, true),
  column("schools", "学校数", "computed", 8),
  column("students", "在校生数", "computed", 10),
  column("mean", "全县值 X̄", "computed", 12),
  column("sd", "标准差 S", "computed", 12),
  column("cv", "差异系数 CV", "computed", 12),
  column("threshold", "标准（≤）", "reference", 10),
  column("verdict", "是否达标", "computed", 10),
];

/** Rows of the county sheet: per 学段, one per indicator then the 综合. */
export interface CountyRowKey {
  stage: Stage;
  /** Indicator code, or "all" for the 综合 row. */
  code: string;
}

export function countyRowKeys(std: WorkbookStandard): CountyRowKey[] {
  return STAGES.flatMap((stage) => [...std.indicators.map((i) => ({ stage, code: i.code })), { stage, code: "all" }]);
}

export function countySheet(std: WorkbookStandard, mode: FormulaMode, name: string, table: string, school: SheetPlan, rows: number): SheetPlan {
  const columns = COUNTY_COLUMNS.map((c) => ({ ...c }));
  const last = rows + 1;
  const range = (key: string) => {
    const l = letterOf(school.columns, key);
    return qualify(school.sheetName, `$${l}$2:$${l}$${last}`);
  };
  const C = (key: string, row: number) => letterOf(columns, key) + row;
  const stages = range("stage");
  const checks = range("check");
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  const keys = countyRowKeys(std);
  keys.forEach((key, i) => {
    const row = i + 2;
    const stageCell = C("stage", row);
    // Any row of this 学段 with a data problem blocks its figures (errors block the computation).
    const blocked = `SUMPRODUCT((${stages}=${stageCell})*(LEN(${checks})>0))>0`;
    const guard = (f: string) => `=IF(${blocked},${str(BALANCE_LABELS.blocked)},${f})`;
    if (key.code === "all") {
      const first = i + 2 - std.indicators.length;
      const cvs = `${C("cv", first)}:${C("cv", row - 1)}`;
      const verdicts = `${C("verdict", first)}:${C("verdict", row - 1)}`;
      const composite = std.countyRule === "composite";
      const what = composite ? `${std.indicators.length} 项的平均` : `${std.indicators.length} 项的平均，供参考`;
      values.push([key.stage, "综合", `综合差异系数（${what}）`, null, null, null, null, null, composite ? std.cvThresholds[key.stage] : null, null]);
      formulas.push([
        null,
        null,
        null,
        `=${C("schools", first)}`,
        `=${C("students", first)}`,
        null,
        null,
        `=IF(COUNT(${cvs})=${std.indicators.length},AVERAGE(${cvs}),"")`,
        null,
        composite
          ? `=IF(ISNUMBER(${C("cv", row)}),IF(${C("cv", row)}<=${C("threshold", row)},${str(BALANCE_LABELS.met)},${str(BALANCE_LABELS.missed)}),IF(COUNTIF(${C("cv", first)}:${C("cv", row - 1)},${str(BALANCE_LABELS.blocked)})>0,${str(BALANCE_LABELS.blocked)},""))`
          : `=IF(COUNTIF(${verdicts},${str(BALANCE_LABELS.met)})=${std.indicators.length},${str(BALANCE_LABELS.met)},IF(COUNTIF(${verdicts},${str(BALANCE_LABELS.blocked)})>0,${str(BALANCE_LABELS.blocked)},IF(COUNT(${cvs})=${std.indicators.length},${str(BALANCE_LABELS.missed)},"")))`,
      ]);
      numberFormats.push(["@", "@", "@", "0", "0", "General", "General", "0.0000", "General", "General"]);
      return;
    }
    const ind = std.indicators.find((x) => x.code === key.code) as WorkbookIndicator;
    const k = schoolKeys(ind.code);
    const scale = ind.per100 ? "*100" : "";
    const students = C("students", row);
    const mean = C("mean", row);
    const n = C("schools", row);
    const sd =
      mode === "portable"
        ? guard(`IF(${n}=0,"",SQRT(SUMPRODUCT((${stages}=${stageCell})*${range("h_P")}*(${range(k.x)}-${mean})^2)/${students}))`)
        : guard(`IF(${n}=0,"",${C("cv", row)}*${mean})`);
    const cv =
      mode === "portable"
        ? guard(`IF(${n}=0,"",IF(${mean}=0,"全县值为0，无法计算",${C("sd", row)}/${mean}))`)
        : guard(`IF(${n}=0,"",PLAN.SCHOOL_CV(${range(`h_R_${ind.code}_${key.stage}`)},${range(`h_P_${key.stage}`)},${ind.per100 ? "TRUE()" : "FALSE()"}))`);
    const each = std.countyRule === "each";
    values.push([key.stage, ind.code, ind.name, null, null, null, null, null, each ? std.cvThresholds[key.stage] : null, null]);
    formulas.push([
      null,
      null,
      null,
      `=COUNTIFS(${stages},${stageCell},${range("h_valid")},1)`,
      `=SUMIFS(${range("h_P")},${stages},${stageCell})`,
      guard(`IF(${students}=0,"",SUMIFS(${range(k.r)},${stages},${stageCell})/${students}${scale})`),
      sd,
      cv,
      null,
      each
        ? `=IF(ISNUMBER(${C("cv", row)}),IF(${C("cv", row)}<=${C("threshold", row)},${str(BALANCE_LABELS.met)},${str(BALANCE_LABELS.missed)}),IF(${C("cv", row)}=${str(BALANCE_LABELS.blocked)},${str(BALANCE_LABELS.blocked)},""))`
        : `=IF(${C("cv", row)}=${str(BALANCE_LABELS.blocked)},${str(BALANCE_LABELS.blocked)},"")`,
    ]);
    numberFormats.push(["@", "@", "@", "0", "0", valueFormat(ind), "0.0000", "0.0000", "0.00", "General"]);
  });
  const v = "$" + C("verdict", 2);
  const rules: PlanRule[] = [
    { columns: ["cv", "verdict"], formula: `=${v}=${str(BALANCE_LABELS.missed)}`, ...RULE_COLORS.missed, meaning: "missed" },
    { columns: ["cv", "verdict"], formula: `=${v}=${str(BALANCE_LABELS.blocked)}`, ...RULE_COLORS.stale, meaning: "stale" },
    { columns: ["cv", "verdict"], formula: `=${v}=${str(BALANCE_LABELS.met)}`, ...RULE_COLORS.met, meaning: "met" },
  ];
  return sheetPlan("county", name, table, columns, { values, formulas, numberFormats, rules, lists: [] });
}
