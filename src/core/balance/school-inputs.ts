/**
 * What one school row holds: the 学段, the indicators of a standard, the input columns with
 * their units, and which raw figures make each indicator's resource R. The verdicts
 * (verdict.ts), the source reader (workbook-source.ts) and the three sheets read it from here.
 */
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

export interface InputSpec {
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
export const RESOURCE: Record<string, (c: (k: InputKey) => string, unit: EquipmentUnit) => string> = {
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
export function neededFigures(std: WorkbookStandard): InputKey[] {
  const keys = new Set(std.indicators.flatMap((i) => NEEDS[i.code] ?? []));
  return INPUT_COLUMNS.map((c) => c.key).filter((k) => keys.has(k));
}

/** Input columns a source must have for `std`: school, stage, enrolment and the figures its indicators need. */
export function requiredInputs(std: WorkbookStandard): InputKey[] {
  return ["school", "stage", "students", ...neededFigures(std)];
}


/** One input row: figures by key (numbers, or text as typed; null = blank). */
export type InputRow = Partial<Record<InputKey, string | number | null>>;

/** Where the school rows are: the inserted input sheet, or an existing range whose headers were recognised. */
export interface InputSource {
  sheetName: string;
  /** Zero-based sheet row of the first school row (the header is the row above). */
  firstRow: number;
  /** Zero-based sheet column and header text of each recognised input; school, stage, students and the 7 figures are required. */
  columns: Partial<Record<InputKey, { col: number; header: string }>>;
  equipmentUnit: EquipmentUnit;
}


