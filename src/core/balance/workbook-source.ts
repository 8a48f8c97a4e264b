/**
 * An existing range of school rows as the balance workbook's input: its header row read by
 * synonyms (学校名称 = 学校, 在校学生数 = 在校生数 …), units in brackets ignored except 万元.
 */
import type { EquipmentUnit, InputKey, InputSource, WorkbookStandard } from "./school-inputs";
import { INPUT_COLUMNS, requiredInputs } from "./school-inputs";

const SYNONYMS: Record<InputKey, string[]> = {
  school: ["学校", "学校名称", "校名", "学校（部）名称", "单位名称"],
  stage: ["学段", "学部", "部别"],
  type: ["学校类型", "办学类型", "学校类别"],
  students: ["在校生数", "在校学生数", "学生数", "在校生人数"],
  primary: ["小学在校生数", "小学部在校生数", "小学学生数"],
  junior: ["初中在校生数", "初中部在校生数", "初中学生数"],
  senior: ["高中在校生数", "高中部在校生数", "高中学生数"],
  degree: ["高于规定学历教师数", "高于规定学历的教师数", "高学历教师数"],
  backbone: ["县级以上骨干教师数", "县级及以上骨干教师数", "骨干教师数"],
  artsport: ["体育艺术专任教师数", "体育艺术美术音乐专任教师数", "体艺专任教师数", "体育艺术教师数"],
  teachingArea: ["教学及辅助用房面积", "教学辅助用房面积"],
  indoorSport: ["室内体育用房面积", "体育馆面积"],
  sportArea: ["体育运动场馆面积", "运动场馆面积", "体育运动场地面积"],
  equipment: ["教学仪器设备值", "教学仪器设备资产值", "仪器设备值"],
  rooms: ["网络多媒体教室数", "网络多媒体教室间数", "多媒体教室数"],
  computers: ["计算机台数", "教学用计算机台数", "计算机数"],
  books: ["图书册数", "图书", "藏书册数", "图书藏量"],
  teachers: ["专任教师数", "专任教师"],
  titled: ["中级及以上专业技术职务教师数", "中级及以上职称教师数", "中高级职称教师数"],
};

/** Header text without spaces, brackets (units, 美术、音乐) and punctuation. */
function normal(h: string): string {
  return h
    .replace(/[（(][^）)]*[）)]/g, "")
    .replace(/[\s、，,:：·]/g, "")
    .trim();
}

const BY_NAME = new Map<string, InputKey>();
for (const [key, names] of Object.entries(SYNONYMS) as [InputKey, string[]][]) for (const n of names) BY_NAME.set(normal(n), key);

export interface RecognisedSource {
  /** Set when every required column was found. */
  source: InputSource | null;
  /** Required inputs not found, by their standard header. */
  missing: string[];
  /** Non-empty headers that were not understood (left alone). */
  unknown: string[];
}

/**
 * Reads a header row found at (row, col) of `sheetName` (zero-based) for `std`: the school
 * rows start on the next row.
 */
export function recogniseSource(std: WorkbookStandard, sheetName: string, headers: readonly string[], at: { row: number; col: number }): RecognisedSource {
  const columns: InputSource["columns"] = {};
  const unknown: string[] = [];
  let equipmentUnit: EquipmentUnit = "元";
  headers.forEach((raw, i) => {
    const header = raw.trim();
    if (header === "") return;
    const key = BY_NAME.get(normal(header));
    if (!key || columns[key]) {
      unknown.push(header);
      return;
    }
    columns[key] = { col: at.col + i, header };
    if (key === "equipment" && /万元/.test(header)) equipmentUnit = "万元";
  });
  const missing = requiredInputs(std).filter((k) => !columns[k]).map((k) => INPUT_COLUMNS.find((c) => c.key === k)?.header ?? k);
  return { source: missing.length === 0 ? { sheetName, firstRow: at.row + 1, columns, equipmentUnit } : null, missing, unknown };
}
