/**
 * The standards as the balance workbook reads them. Thresholds and split ratios follow
 * balance.md §2–3 (教督〔2017〕6号 via provincial rules); province overrides replace them.
 */
import type { Stage, WorkbookStandard } from "./workbook-plan";

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
  cvThresholds: { 小学: 0.5, 初中: 0.45 },
  minMet: 6,
  floor: 0.85,
  split: { nineYear: 1.1, complete: 1.2, twelveYear: [1.1, 1.32] },
};

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
    indicators: std.indicators.map((ind) => ({ ...ind, thresholds: { ...ind.thresholds, ...(o.thresholds?.[ind.code] ?? {}) } })),
  };
}
