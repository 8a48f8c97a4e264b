/** indicatorKey: which differences between two writings of one indicator are trivial. Pairs from real documents. */
import { indicatorKey, sameIndicator, scopeKey } from "../../src/core/indicator-name";

describe("one indicator, written two ways", () => {
  test.each([
    ["学前教育毛入园率(%)", "学前教育毛入园率"],
    ["学前教育毛入园率（％）", "学前教育毛入园率"],
    ["劳动年龄人口平均受教育年限(年)", "劳动年龄人口平均受教育年限"],
    ["全县学前三年毛入园率", "学前三年毛入园率"],
    ["我市义务教育巩固率", "义务教育巩固率"],
    ["省市优质幼儿园比例", "省市优质幼儿园占比"],
    ["普惠性幼儿园覆盖比例", "普惠性幼儿园覆盖率"],
    ["学前教育 毛入园率", "学前教育毛入园率"],
    ["學前教育毛入園率", "学前教育毛入园率"],
    ["“双师型”教师比例", "双师型教师比例"],
    ["专任教师数", "专任教师"],
    ["在校生人数", "在校生"],
  ])("%s = %s", (a, b) => {
    expect(sameIndicator(a, b)).toBe(true);
  });
});

describe("different indicators stay different", () => {
  test.each([
    ["学前教育毛入园率", "学前三年毛入园率"],
    ["小学净入学率", "初中毛入学率"],
    ["义务教育巩固率", "高中阶段毛入学率"],
    ["普惠性幼儿园覆盖率", "公办幼儿园在园幼儿占比"],
    ["生师比", "生师比率"], // 比 alone is a ratio, not a share word
    ["全国学生体质健康标准达标率", "学生体质健康优良率"],
  ])("%s ≠ %s", (a, b) => {
    expect(sameIndicator(a, b)).toBe(false);
  });
});

test("keys are stable and idempotent", () => {
  for (const name of ["全县学前教育毛入园率(%)", "学科带头人数", "智慧校园比例"]) {
    expect(indicatorKey(indicatorKey(name))).toBe(indicatorKey(name));
  }
});

test("scope keys: spaces and full-width forms do not count; blank is no scope", () => {
  expect(scopeKey("全 县")).toBe("全县");
  expect(scopeKey("（小学）")).toBe("小学");
  expect(scopeKey("  ")).toBeNull();
  expect(scopeKey(null)).toBeNull();
});
