/**
 * The balance workbook as data (no Office.js, no ExcelJS): three sheet plans that the
 * Office.js applier (src/excel/insert-balance) and the ExcelJS writer (src/cli/balance-xlsx)
 * write without knowing any balance logic.
 *
 * - 学校数据 (input): one row per school and 学段, raw figures with their units in the headers,
 *   white input cells, a list for 学段 and 学校类型.
 * - 学校指标 (school): row i reads input row i. Each indicator's value beside its standard and
 *   its shortfall in natural units, like 申报表 表Ⅱ; the number met and the verdict. Hidden
 *   numeric helpers (有效, P, 分摊, R1…, X1…) make the county formulas plain SUMIFS/SUMPRODUCT.
 * - 县域差异系数 (county): per 学段 and indicator X̄ = ΣR/ΣP, S, CV, threshold, verdict; the 综合.
 *
 * Live mode computes CV with PLAN.SCHOOL_CV over per-学段 helper columns; portable mode with
 * SUMPRODUCT and SQRT only, so the file works in WPS and old Office.
 */
import { columnLetters, qualify } from "../a1";
import { PlanError } from "../errors";
import type { CellValue, ColumnKind, FormulaMode, PlanColumn, SheetLike } from "../template";
import type { PlanRule } from "../formulas/rules";
import { PLAN_FILLS, uniqueSheetName, uniqueTableName } from "../template";
import { RULE_COLORS } from "../status";

export type Stage = "小学" | "初中";
export const STAGES: readonly Stage[] = ["小学", "初中"];
export const SCHOOL_TYPES = ["小学", "初中", "九年一贯制", "完全中学", "十二年一贯制"] as const;

/** One indicator as the workbook needs it (from the core's standards data, overrides applied). */
export interface WorkbookIndicator {
  code: string;
  name: string;
  /** ×100: 每百名学生 indicators. */
  per100: boolean;
  /** Per-school standard by 学段; null when the standard sets none (基本均衡: CV only). */
  thresholds: Record<Stage, number> | null;
  /** Unit of the shortfall: 名, 平方米, 元, 间. */
  shortfallUnit: string;
  /** Shortfall rounded up to a whole number (teachers, rooms). */
  whole: boolean;
  /** Shared physical resource, split by weighted enrolment in 一贯制 / 完全中学 schools. */
  shared: boolean;
}

export interface WorkbookStandard {
  id: string;
  title: string;
  source: string;
  indicators: WorkbookIndicator[];
  /** The input sheet's columns, in order. */
  inputs: InputKey[];
  /** County verdict: each indicator's CV (优质均衡), or the 综合 (mean of the CVs, 基本均衡). */
  countyRule: "each" | "composite";
  /** County: the limit of each CV (rule "each") or of the 综合 (rule "composite"). */
  cvThresholds: Record<Stage, number>;
  /** Per school: at least this many indicators met (null: no per-school verdict)… */
  minMet: number | null;
  /** …and every one at least this share of its standard. */
  floor: number;
  /** Weighted-enrolment ratios: 九年一贯制 初中 weight, 完全中学 高中 weight, 十二年一贯制 初中 and 高中 weights. */
  split: { nineYear: number; complete: number; twelveYear: [number, number] };
}

/** Input columns (youzhi-2017). Headers carry their units. */
export type InputKey =
  | "school"
  | "stage"
  | "type"
  | "students"
  | "primary"
  | "junior"
  | "senior"
  | "degree"
  | "backbone"
  | "artsport"
  | "teachingArea"
  | "indoorSport"
  | "sportArea"
  | "equipment"
  | "rooms"
  | "computers"
  | "books"
  | "teachers"
  | "titled";

interface InputSpec {
  key: InputKey;
  header: string;
  width: number;
  text: boolean;
  format: string;
}

export const INPUT_COLUMNS: readonly InputSpec[] = [
  { key: "school", header: "学校", width: 24, text: true, format: "@" },
  { key: "stage", header: "学段", width: 6, text: true, format: "@" },
  { key: "type", header: "学校类型", width: 12, text: true, format: "@" },
  { key: "students", header: "在校生数（人）", width: 10, text: false, format: "0" },
  { key: "primary", header: "小学在校生数（人）", width: 10, text: false, format: "0" },
  { key: "junior", header: "初中在校生数（人）", width: 10, text: false, format: "0" },
  { key: "senior", header: "高中在校生数（人）", width: 10, text: false, format: "0" },
  { key: "degree", header: "高于规定学历教师数（人）", width: 12, text: false, format: "0" },
  { key: "backbone", header: "县级以上骨干教师数（人）", width: 12, text: false, format: "0" },
  { key: "artsport", header: "体育艺术专任教师数（人）", width: 12, text: false, format: "0" },
  { key: "teachingArea", header: "教学及辅助用房面积（平方米）", width: 14, text: false, format: "#,##0.00" },
  { key: "indoorSport", header: "室内体育用房面积（平方米）", width: 14, text: false, format: "#,##0.00" },
  { key: "sportArea", header: "体育运动场馆面积（平方米）", width: 14, text: false, format: "#,##0.00" },
  { key: "equipment", header: "教学仪器设备值（万元）", width: 12, text: false, format: "#,##0.00" },
  { key: "rooms", header: "网络多媒体教室数（间）", width: 12, text: false, format: "0" },
  { key: "computers", header: "计算机台数（台）", width: 10, text: false, format: "0" },
  { key: "books", header: "图书册数（册）", width: 10, text: false, format: "0" },
  { key: "teachers", header: "专任教师数（人）", width: 10, text: false, format: "0" },
  { key: "titled", header: "中级及以上专业技术职务教师数（人）", width: 14, text: false, format: "0" },
];

/** 教学仪器设备值 as recorded: the statistics use 万元; a school list may give 元. */
export type EquipmentUnit = "万元" | "元";

/** The input columns `keys` (default: all), with 教学仪器设备值 in `unit`. */
export function inputColumns(unit: EquipmentUnit = "万元", keys?: readonly InputKey[]): InputSpec[] {
  const specs = keys ? keys.map((k) => INPUT_COLUMNS.find((c) => c.key === k) as InputSpec) : INPUT_COLUMNS;
  return specs.map((c) => (c.key === "equipment" && unit === "元" ? { ...c, header: "教学仪器设备值（元）", format: "#,##0" } : { ...c }));
}

/** The raw figures that make each youzhi indicator's resource R (before the 学段 split). */
const RESOURCE: Record<string, (c: (k: InputKey) => string, unit: EquipmentUnit) => string> = {
  L1: (c) => c("degree"),
  L2: (c) => c("backbone"),
  L3: (c) => c("artsport"),
  // 室内体育用房 moves from 教学及辅助用房 to 体育运动场馆 (balance.md §2); blank means none.
  L4: (c) => `(${c("teachingArea")}-N(${c("indoorSport")}))`,
  L5: (c) => `(${c("sportArea")}+N(${c("indoorSport")}))`,
  // Recorded in 万元; the standard is in 元.
  L6: (c, unit) => (unit === "万元" ? `${c("equipment")}*10000` : c("equipment")),
  L7: (c) => c("rooms"),
  // 基本均衡 (教督〔2012〕3号): areas as reported, no 室内体育用房 move.
  B1: (c) => c("teachingArea"),
  B2: (c) => c("sportArea"),
  B3: (c, unit) => (unit === "万元" ? `${c("equipment")}*10000` : c("equipment")),
  B4: (c) => c("computers"),
  B5: (c) => c("books"),
  B6: (c) => c("teachers"),
  B7: (c) => c("degree"),
  B8: (c) => c("titled"),
};

/** The figures each indicator needs reported (blank is "not reported", never 0): the sheets' checks and core's. */
export const NEEDS: Record<string, InputKey[]> = {
  L1: ["degree"],
  L2: ["backbone"],
  L3: ["artsport"],
  L4: ["teachingArea"],
  L5: ["sportArea"],
  L6: ["equipment"],
  L7: ["rooms"],
  B1: ["teachingArea"],
  B2: ["sportArea"],
  B3: ["equipment"],
  B4: ["computers"],
  B5: ["books"],
  B6: ["teachers"],
  B7: ["degree"],
  B8: ["titled"],
};

/** The figures `std` needs in every row, in input order. */
function neededFigures(std: WorkbookStandard): InputKey[] {
  const keys = new Set(std.indicators.flatMap((i) => NEEDS[i.code] ?? []));
  return INPUT_COLUMNS.map((c) => c.key).filter((k) => keys.has(k));
}

/** Input columns a source must have for `std`: school, stage, enrolment and the figures its indicators need. */
export function requiredInputs(std: WorkbookStandard): InputKey[] {
  return ["school", "stage", "students", ...neededFigures(std)];
}

export type SheetRole = "input" | "school" | "county";

/** One sheet, written by the appliers like a template sheet. */
export interface SheetPlan extends SheetLike {
  role: SheetRole;
  /** In-cell drop-down lists: column key → allowed values. */
  lists: { column: string; values: readonly string[] }[];
}

export interface BalanceWorkbookPlan {
  standardId: string;
  mode: FormulaMode;
  /** input (unless the rows are an existing range), school, county, in that order. */
  sheets: SheetPlan[];
  /** Data rows of the input and school sheets. */
  rows: number;
}

/** One input row: figures by key (numbers, or text as typed; null = blank). */
export type InputRow = Partial<Record<InputKey, string | number | null>>;

export interface BalanceWorkbookOptions {
  mode?: FormulaMode;
  /** Rows to fill (CLI); their count sets the sheet size unless `rows` is larger. */
  schools?: InputRow[];
  /** Data rows of an empty template (pane); default 100. */
  rows?: number;
  existingSheetNames?: string[];
  existingTableNames?: string[];
  /** Unit of 教学仪器设备值 in the input sheet; default 万元 (as the statistics record it). */
  equipmentUnit?: EquipmentUnit;
  /** The school rows are an existing range: no input sheet; `rows` counts its rows. */
  source?: InputSource;
  /** Sheet names before uniquing; default 均衡·学校数据, 均衡·学校指标, 均衡·县域差异系数. */
  names?: { input?: string; school?: string; county?: string };
}

export const DEFAULT_BALANCE_ROWS = 100;
export const MAX_BALANCE_ROWS = 20000;

/** Verdict labels, shared with the pane (it reads them back). */
export const BALANCE_LABELS = { met: "达标", missed: "未达标", blocked: "数据有误" } as const;

const DEFAULT_NAMES = { input: "均衡·学校数据", school: "均衡·学校指标", county: "均衡·县域差异系数" };

// ---------------------------------------------------------------------------------------

function column(key: string, header: string, kind: ColumnKind, width: number, text = false, hidden = false): PlanColumn {
  return { key, header, kind, width, text, hidden };
}

function str(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A number as formula text: full precision, never exponent notation for ordinary thresholds. */
function num(x: number): string {
  if (!Number.isFinite(x)) throw new PlanError("bad_argument", `标准中的数值无效：${x}`, x);
  return String(x);
}

/** Cells of one sheet by column key, row placeholder ROW filled in later (10,000 rows would otherwise parse 10,000 times). */
const ROW = "\u0000";

function letterOf(columns: readonly PlanColumn[], key: string): string {
  const i = columns.findIndex((c) => c.key === key);
  if (i < 0) throw new PlanError("bad_argument", `均衡工作簿缺少列 ${key}`, key);
  return columnLetters(i);
}

/** The input row of a formula, when the input is the user's own range (its rows are not the school sheet's). */
const IN_ROW = "\u0001";

function filled(template: string, row: number, inputRow = row): string {
  return template.split(ROW).join(String(row)).split(IN_ROW).join(String(inputRow));
}

/** Where the school rows are: the inserted input sheet, or an existing range whose headers were recognised. */
export interface InputSource {
  sheetName: string;
  /** Zero-based sheet row of the first school row (the header is the row above). */
  firstRow: number;
  /** Zero-based sheet column and header text of each recognised input; school, stage, students and the 7 figures are required. */
  columns: Partial<Record<InputKey, { col: number; header: string }>>;
  equipmentUnit: EquipmentUnit;
}


/** A sheet of the balance workbook: header at A1, frozen, the national fills. */
function sheetPlan(role: SheetRole, sheetName: string, tableName: string, columns: PlanColumn[], grid: Pick<SheetPlan, "values" | "formulas" | "numberFormats" | "rules" | "lists">): SheetPlan {
  return { role, sheetName, tableName, anchor: { row: 0, col: 0 }, columns, fills: { ...PLAN_FILLS }, freezeHeader: true, ...grid };
}

function checkStandard(std: WorkbookStandard): void {
  for (const ind of std.indicators) {
    if (!RESOURCE[ind.code]) throw new PlanError("bad_argument", `均衡工作簿暂不支持指标 ${ind.code}（${ind.name}）：目前只提供优质均衡 L1–L7`, ind.code);
    if (ind.thresholds) for (const s of STAGES) num(ind.thresholds[s]);
  }
  if (std.indicators.length === 0) throw new PlanError("bad_argument", `标准“${std.title}”没有指标`, std.id);
}

// ---------------------------------------------------------------------------------------
// Input sheet

function inputSheet(std: WorkbookStandard, name: string, table: string, rows: number, schools: InputRow[], unit: EquipmentUnit): SheetPlan {
  const specs = inputColumns(unit, std.inputs);
  const columns = specs.map((c) => column(c.key, c.header, "input", c.width, c.text));
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const s = schools[i] ?? {};
    values.push(specs.map((c) => (s[c.key] === undefined ? null : (s[c.key] as CellValue))));
    formulas.push(specs.map(() => null));
    numberFormats.push(specs.map((c) => c.format));
  }
  const lists = [
    { column: "stage", values: STAGES },
    { column: "type", values: SCHOOL_TYPES },
  ];
  return sheetPlan("input", name, table, columns, { values, formulas, numberFormats, rules: [], lists });
}

// ---------------------------------------------------------------------------------------
// School sheet

/** School-sheet column keys of indicator k. */
export const schoolKeys = (code: string) => ({ value: `${code}_value`, standard: `${code}_std`, shortfall: `${code}_short`, r: `h_R_${code}`, x: `h_X_${code}` });

function schoolColumns(std: WorkbookStandard, mode: FormulaMode): PlanColumn[] {
  const cols: PlanColumn[] = [column("school", "学校", "reference", 24, true), column("stage", "学段", "reference", 6, true)];
  for (const ind of std.indicators) {
    const k = schoolKeys(ind.code);
    cols.push(column(k.value, `${ind.code} ${ind.name}`, "computed", 12));
    if (ind.thresholds) cols.push(column(k.standard, `${ind.code} 标准`, "reference", 7), column(k.shortfall, `${ind.code} 差额（${ind.shortfallUnit}）`, "computed", 10));
  }
  if (std.minMet !== null) cols.push(column("met", "达标项数", "computed", 8), column("verdict", "该校是否达标", "computed", 10));
  cols.push(
    column("check", "数据检查", "computed", 30),
    column("h_valid", "辅助·有效", "computed", 6, false, true),
    column("h_P", "辅助·在校生", "computed", 8, false, true),
    column("h_share", "辅助·分摊比例", "computed", 8, false, true),
  );
  for (const ind of std.indicators) {
    const k = schoolKeys(ind.code);
    cols.push(column(k.r, `辅助·R ${ind.code}`, "computed", 8, false, true), column(k.x, `辅助·X ${ind.code}`, "computed", 8, false, true));
  }
  if (mode === "live") {
    // PLAN.SCHOOL_CV reads one 学段's rows: these hold the row's P and R when it belongs to the 学段, else blank.
    for (const s of STAGES) {
      cols.push(column(`h_P_${s}`, `辅助·在校生·${s}`, "computed", 8, false, true));
      for (const ind of std.indicators) cols.push(column(`h_R_${ind.code}_${s}`, `辅助·R ${ind.code}·${s}`, "computed", 8, false, true));
    }
  }
  return cols;
}

function valueFormat(ind: WorkbookIndicator): string {
  return ind.shortfallUnit === "元" ? "#,##0.00" : "0.00";
}

function shortfallFormat(ind: WorkbookIndicator): string {
  return ind.whole ? "0" : "#,##0.00";
}

/**
 * The share of a school's shared physical resources that belongs to this row's 学段
 * (balance.md §3): 1 for a plain 小学 or 初中.
 */
function shareFormula(std: WorkbookStandard, c: (k: InputKey) => string): string {
  const [t, s, a, b, cc] = [c("type"), c("stage"), c("primary"), c("junior"), c("senior")];
  const { nineYear: n, complete: m, twelveYear: [p, q] } = std.split;
  const nine = `IF(${s}="小学",${a}/(${a}+${num(n)}*${b}),${num(n)}*${b}/(${a}+${num(n)}*${b}))`;
  const complete = `${b}/(${b}+${num(m)}*${cc})`;
  const twelveDen = `(${a}+${num(p)}*${b}+${num(q)}*${cc})`;
  const twelve = `IF(${s}="小学",${a}/${twelveDen},${num(p)}*${b}/${twelveDen})`;
  return `IF(${t}="九年一贯制",${nine},IF(${t}="完全中学",${complete},IF(${t}="十二年一贯制",${twelve},1)))`;
}

/**
 * The data check (审核) of one row: "" when the row is complete or blank, else the first
 * problem. A row with a problem is left out of nothing silently: the county shows 数据有误.
 */
function checkFormula(std: WorkbookStandard, c: (k: InputKey) => string, has: (k: InputKey) => boolean, whole: string, headerOf: (k: InputKey) => string): string {
  const figures = neededFigures(std);
  const required = figures.map(c).join(",");
  const numbers = INPUT_COLUMNS.filter((x) => !x.text && has(x.key)).map((x) => c(x.key)).join(",");
  const [t, s] = [c("type"), c("stage")];
  const stageOk = `OR(${s}="小学",${s}="初中")`;
  const typeOk = `OR(${t}="",${SCHOOL_TYPES.map((x) => `${t}=${str(x)}`).join(",")})`;
  const splitMissing =
    `OR(AND(${t}="九年一贯制",COUNT(${c("primary")},${c("junior")})<2),` +
    `AND(${t}="十二年一贯制",COUNT(${c("primary")},${c("junior")},${c("senior")})<3),` +
    `AND(${t}="完全中学",COUNT(${c("junior")},${c("senior")})<2))`;
  return (
    `=IF(COUNTA(${whole})=0,"",` +
    `IF(LEN(TRIM(${c("school")}))=0,"学校名称为空",` +
    `IF(NOT(${stageOk}),"学段应为小学或初中",` +
    `IF(NOT(${typeOk}),"学校类型应为${SCHOOL_TYPES.join("、")}之一",` +
    `IF(OR(NOT(ISNUMBER(${c("students")})),N(${c("students")})<=0),"${headerOf("students")}为空或不大于0",` +
    `IF(COUNT(${required})<${figures.length},"有指标未填报（空白不按0计）",` +
    `IF(MIN(${numbers})<0,"有负数",` +
    `IF(N(${c("indoorSport")})>${c("teachingArea")},"室内体育用房面积大于教学及辅助用房面积",` +
    `IF(AND(${t}="完全中学",${s}<>"初中"),"完全中学只计初中部",` +
    `IF(${splitMissing},"${"一贯制学校或完全中学需填各学段在校生数"}",""))))))))))`
  );
}

function schoolSheet(std: WorkbookStandard, mode: FormulaMode, name: string, table: string, source: InputSource, rows: number): SheetPlan {
  const columns = schoolColumns(std, mode);
  const L = (key: string) => letterOf(columns, key) + ROW;
  const unit = source.equipmentUnit;
  const has = (k: InputKey) => source.columns[k] !== undefined;
  // An absent optional column reads as a blank: "" (N("") is 0, COUNT skips it).
  const inp = (k: InputKey) => {
    const c = source.columns[k];
    return c ? qualify(source.sheetName, columnLetters(c.col) + IN_ROW) : '""';
  };
  const headerOf = (k: InputKey) => source.columns[k]?.header ?? (INPUT_COLUMNS.find((x) => x.key === k) as InputSpec).header;
  // The whole input row, one sheet prefix: 'sheet'!A2:O2.
  const cols = Object.values(source.columns).map((c) => (c as { col: number }).col);
  const wholeRow = qualify(source.sheetName, `${columnLetters(Math.min(...cols))}${IN_ROW}:${columnLetters(Math.max(...cols))}${IN_ROW}`);

  const stage = L("stage");
  const valid = L("h_valid");
  const P = L("h_P");
  const templates: Record<string, { formula: string; format: string }> = {
    school: { formula: `=IF(${inp("school")}="","",${inp("school")})`, format: "General" },
    stage: { formula: `=IF(${inp("stage")}="","",${inp("stage")})`, format: "General" },
    check: { formula: checkFormula(std, inp, has, wholeRow, headerOf), format: "General" },
    h_valid: { formula: `=IF(AND(${L("check")}="",COUNTA(${wholeRow})>0),1,0)`, format: "0" },
    h_P: { formula: `=IF(${valid}=1,${inp("students")},0)`, format: "0" },
    h_share: { formula: `=IF(${valid}=1,${shareFormula(std, inp)},0)`, format: "0.0000" },
  };
  const metTerms: string[] = [];
  const floorTerms: string[] = [];
  for (const ind of std.indicators) {
    const k = schoolKeys(ind.code);
    const scale = ind.per100 ? "*100" : "";
    const r = RESOURCE[ind.code](inp, unit) + (ind.shared ? `*${L("h_share")}` : "");
    templates[k.r] = { formula: `=IF(${valid}=1,${r},0)`, format: "General" };
    templates[k.x] = { formula: `=IF(${valid}=1,${L(k.r)}/${P}${scale},0)`, format: "General" };
    templates[k.value] = { formula: `=IF(${valid}=1,${L(k.x)},"")`, format: valueFormat(ind) };
    const t = ind.thresholds;
    if (!t) continue;
    const [v, sd] = [L(k.value), L(k.standard)];
    const need = `${sd}*${P}${ind.per100 ? "/100" : ""}-${L(k.r)}`;
    templates[k.standard] = {
      formula: `=IF(${stage}="小学",${num(t["小学"])},IF(${stage}="初中",${num(t["初中"])},""))`,
      format: "General",
    };
    templates[k.shortfall] = {
      formula: `=IF(${valid}=1,IF(${v}>=${sd},"",${ind.whole ? `ROUNDUP(${need},0)` : need}),"")`,
      format: shortfallFormat(ind),
    };
    metTerms.push(`(${v}>=${sd})`);
    floorTerms.push(`${v}>=${num(std.floor)}*${sd}`);
  }
  if (std.minMet !== null) templates.met = { formula: `=IF(${valid}=1,${metTerms.join("+")},"")`, format: "0" };
  if (std.minMet !== null) templates.verdict = {
    formula:
      `=IF(${valid}=1,IF(AND(${L("met")}>=${std.minMet},${floorTerms.join(",")}),${str(BALANCE_LABELS.met)},${str(BALANCE_LABELS.missed)}),` +
      `IF(${L("check")}="","",${str(BALANCE_LABELS.blocked)}))`,
    format: "General",
  };
  if (mode === "live") {
    for (const s of STAGES) {
      const mine = `AND(${valid}=1,${stage}=${str(s)})`;
      templates[`h_P_${s}`] = { formula: `=IF(${mine},${P},"")`, format: "General" };
      for (const ind of std.indicators) templates[`h_R_${ind.code}_${s}`] = { formula: `=IF(${mine},${L(schoolKeys(ind.code).r)},"")`, format: "General" };
    }
  }

  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const row = i + 2;
    values.push(columns.map(() => null));
    formulas.push(columns.map((c) => filled(templates[c.key].formula, row, source.firstRow + i + 1)));
    numberFormats.push(columns.map((c) => templates[c.key].format));
  }

  // Red below the 85% floor, amber from the floor to the standard; the verdict red or green.
  const rules: PlanRule[] = [];
  for (const ind of std.indicators.filter((x) => x.thresholds)) {
    const k = schoolKeys(ind.code);
    const $v = "$" + filled(L(k.value), 2);
    const $sd = "$" + filled(L(k.standard), 2);
    rules.push(
      { columns: [k.value], formula: `=AND(ISNUMBER(${$v}),ISNUMBER(${$sd}),${$v}<${num(std.floor)}*${$sd})`, ...RULE_COLORS.missed, meaning: "missed" },
      { columns: [k.value], formula: `=AND(ISNUMBER(${$v}),ISNUMBER(${$sd}),${$v}<${$sd})`, ...RULE_COLORS.at_risk, meaning: "at_risk" },
    );
  }
  if (std.minMet !== null) {
    const verdict = "$" + filled(L("verdict"), 2);
    rules.push(
      { columns: ["verdict"], formula: `=${verdict}=${str(BALANCE_LABELS.missed)}`, ...RULE_COLORS.missed, meaning: "missed" },
      { columns: ["verdict", "check"], formula: `=${verdict}=${str(BALANCE_LABELS.blocked)}`, ...RULE_COLORS.stale, meaning: "stale" },
      { columns: ["verdict"], formula: `=${verdict}=${str(BALANCE_LABELS.met)}`, ...RULE_COLORS.met, meaning: "met" },
    );
  } else {
    const check = "$" + filled(L("check"), 2);
    rules.push({ columns: ["check"], formula: `=LEN(${check})>0`, ...RULE_COLORS.stale, meaning: "stale" });
  }
  return sheetPlan("school", name, table, columns, { values, formulas, numberFormats, rules, lists: [] });
}

// ---------------------------------------------------------------------------------------
// County sheet

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

function countySheet(std: WorkbookStandard, mode: FormulaMode, name: string, table: string, school: SheetPlan, rows: number): SheetPlan {
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

// ---------------------------------------------------------------------------------------

/** The three sheets for `std`, with fresh sheet and table names. */
export function buildBalanceWorkbookPlan(std: WorkbookStandard, options: BalanceWorkbookOptions = {}): BalanceWorkbookPlan {
  checkStandard(std);
  const mode = options.mode ?? "live";
  const schools = options.schools ?? [];
  const rows = Math.max(schools.length, options.rows ?? (schools.length > 0 ? 0 : DEFAULT_BALANCE_ROWS), 1);
  if (rows > MAX_BALANCE_ROWS) {
    throw new PlanError("bad_argument", `学校行数 ${rows} 超过上限 ${MAX_BALANCE_ROWS}`, rows);
  }
  const sheetsTaken = [...(options.existingSheetNames ?? [])];
  const tablesTaken = [...(options.existingTableNames ?? [])];
  const names = { ...DEFAULT_NAMES, ...(options.names ?? {}) };
  const fresh = (n: string) => {
    const sheet = uniqueSheetName(n, sheetsTaken);
    sheetsTaken.push(sheet);
    const table = uniqueTableName(sheet.replace(/·/g, "_"), tablesTaken);
    tablesTaken.push(table);
    return [sheet, table] as const;
  };
  const unit = options.equipmentUnit ?? "万元";
  const given = options.source;
  if (given) {
    const missing = requiredInputs(std).filter((k) => given.columns[k] === undefined);
    if (missing.length > 0) {
      throw new PlanError("bad_argument", `所选区域缺少列：${missing.map((k) => (INPUT_COLUMNS.find((x) => x.key === k) as InputSpec).header).join("、")}`, missing.join(","));
    }
  }
  const [inName, inTable] = given ? [given.sheetName, ""] : fresh(names.input);
  const [schoolName, schoolTable] = fresh(names.school);
  const [countyName, countyTable] = fresh(names.county);
  const source: InputSource = given ?? {
    sheetName: inName,
    firstRow: 1,
    equipmentUnit: unit,
    columns: Object.fromEntries(inputColumns(unit, std.inputs).map((c, i) => [c.key, { col: i, header: c.header }])),
  };
  const school = schoolSheet(std, mode, schoolName, schoolTable, source, rows);
  const county = countySheet(std, mode, countyName, countyTable, school, rows);
  const sheets = given ? [school, county] : [inputSheet(std, inName, inTable, rows, schools, unit), school, county];
  return { standardId: std.id, mode, sheets, rows };
}
