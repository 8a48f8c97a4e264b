/**
 * The standards as the balance workbook reads them. Thresholds and split ratios follow
 * balance.md §2–3 (教督〔2017〕6号 via provincial rules); province overrides replace them.
 */
import type { Stage, WorkbookStandard } from "./school-inputs";

export const YOUZHI_2017_WORKBOOK: WorkbookStandard = {
  id: "youzhi-2017",
  title: "县域义务教育优质均衡发展（2017）",
  source: "《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）",
  indicators: [
    { code: "L1", name: "每百名学生拥有高于规定学历教师数", per100: true, thresholds: { 小学: 4.2, 初中: 5.3 }, shortfallUnit: "名", whole: true, shared: false },
    { code: "L2", name: "每百名学生拥有县级以上骨干教师数", per100: true, thresholds: { 小学: 1, 初中: 1 }, shortfallUnit: "名", whole: true, shared: false },
    { code: "L3", name: "每百名学生拥有体育、艺术（美术、音乐）专任教师数", per100: true, thresholds: { 小学: 0.9, 初中: 0.9 }, shortfallUnit: "名", whole: true, shared: false },
    { code: "L4", name: "生均教学及辅助用房面积", per100: false, thresholds: { 小学: 4.5, 初中: 5.8 }, shortfallUnit: "平方米", whole: false, shared: true },
    { code: "L5", name: "生均体育运动场馆面积", per100: false, thresholds: { 小学: 7.5, 初中: 10.2 }, shortfallUnit: "平方米", whole: false, shared: true },
    { code: "L6", name: "生均教学仪器设备值", per100: false, thresholds: { 小学: 2000, 初中: 2500 }, shortfallUnit: "元", whole: false, shared: true },
    { code: "L7", name: "每百名学生拥有网络多媒体教室数", per100: true, thresholds: { 小学: 2.3, 初中: 2.4 }, shortfallUnit: "间", whole: true, shared: true },
  ],
  inputs: ["school", "stage", "type", "students", "primary", "junior", "senior", "degree", "backbone", "artsport", "teachingArea", "indoorSport", "sportArea", "equipment", "rooms"],
  countyRule: "each",
  cvThresholds: { 小学: 0.5, 初中: 0.45 },
  minMet: 6,
  floor: 0.85,
  split: { nineYear: 1.1, complete: 1.2, twelveYear: [1.1, 1.32] },
};

/**
 * 基本均衡 (教督〔2012〕3号, balance.md §2): 8 indicators, no per-school standard; the county
 * passes when the 综合 (the mean of the 8 CVs) is at most 0.65 (小学) and 0.55 (初中). 师生比 is
 * teachers per student (published tables use that direction; the CV depends on it).
 */
export const JIBEN_2012_WORKBOOK: WorkbookStandard = {
  id: "jiben-2012",
  title: "县域义务教育基本均衡发展（2012）",
  source: "《县域义务教育发展基本均衡督导评估暂行办法》（教督〔2012〕3号）",
  indicators: [
    { code: "B1", name: "生均教学及辅助用房面积", per100: false, thresholds: null, shortfallUnit: "平方米", whole: false, shared: true },
    { code: "B2", name: "生均体育运动场馆面积", per100: false, thresholds: null, shortfallUnit: "平方米", whole: false, shared: true },
    { code: "B3", name: "生均教学仪器设备值", per100: false, thresholds: null, shortfallUnit: "元", whole: false, shared: true },
    { code: "B4", name: "每百名学生拥有计算机台数", per100: true, thresholds: null, shortfallUnit: "台", whole: true, shared: true },
    { code: "B5", name: "生均图书册数", per100: false, thresholds: null, shortfallUnit: "册", whole: true, shared: true },
    { code: "B6", name: "师生比（专任教师数÷在校生数）", per100: false, thresholds: null, shortfallUnit: "名", whole: true, shared: false },
    { code: "B7", name: "生均高于规定学历教师数", per100: false, thresholds: null, shortfallUnit: "名", whole: true, shared: false },
    { code: "B8", name: "生均中级及以上专业技术职务教师数", per100: false, thresholds: null, shortfallUnit: "名", whole: true, shared: false },
  ],
  inputs: ["school", "stage", "type", "students", "primary", "junior", "senior", "teachingArea", "sportArea", "equipment", "computers", "books", "teachers", "degree", "titled"],
  countyRule: "composite",
  cvThresholds: { 小学: 0.65, 初中: 0.55 },
  minMet: null,
  floor: 0.85,
  split: { nineYear: 1.1, complete: 1.2, twelveYear: [1.1, 1.32] },
};

/** The standards the workbook computes, by id. */
export const WORKBOOK_STANDARDS: readonly WorkbookStandard[] = [YOUZHI_2017_WORKBOOK, JIBEN_2012_WORKBOOK];

/** Province adjustments the pane offers: CV limits, split weights and indicator thresholds. */
export interface WorkbookOverrides {
  cv?: Partial<Record<Stage, number>>;
  nineYear?: number;
  complete?: number;
  thresholds?: Record<string, Partial<Record<Stage, number>>>;
}

/** `std` with the province's values in place of the national ones (only those given). */
export function withOverrides(std: WorkbookStandard, o: WorkbookOverrides): WorkbookStandard {
  return {
    ...std,
    cvThresholds: { ...std.cvThresholds, ...(o.cv ?? {}) },
    split: { ...std.split, ...(o.nineYear !== undefined ? { nineYear: o.nineYear } : {}), ...(o.complete !== undefined ? { complete: o.complete } : {}) },
    indicators: std.indicators.map((ind) => (ind.thresholds ? { ...ind, thresholds: { ...ind.thresholds, ...(o.thresholds?.[ind.code] ?? {}) } } : { ...ind })),
  };
}
