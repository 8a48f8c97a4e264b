/** @jest-environment jsdom */
/**
 * The 均衡 tab: province adjustments reach the inserted standard, and after insertion the
 * computed sheets (calculated by HyperFormula from seeded schools, one with a data error) are
 * read back: the county verdict, the schools below each standard (a click selects the cell)
 * and the data checks, each naming its school.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { buildBalanceWorkbookPlan, type BalanceWorkbookOptions, type WorkbookStandard } from "../../src/core/balance/workbook-plan";
import { YOUZHI_2017_WORKBOOK } from "../../src/core/balance/workbook-standard";
import { calculate } from "../support/balance-engine";
import { balanceSchools } from "../support/balance-schools";
import { IN_EXCEL, click, fakePort, openTab, renderPane } from "./render";

jest.mock("../../src/taskpane/extraction/spawn-worker", () => ({ spawnExtractionWorker: () => null }));
jest.setTimeout(60000);

const schools = balanceSchools(16, 5);
schools[2] = { ...schools[2], students: null };

function balancePort(functions: "english" | "portable" | null = null) {
  const port = fakePort();
  let plan: ReturnType<typeof buildBalanceWorkbookPlan> | null = null;
  const insertBalance = jest.fn(async (standard: WorkbookStandard, options: Pick<BalanceWorkbookOptions, "mode" | "rows" | "source">) => {
    plan = buildBalanceWorkbookPlan(standard, { ...options, schools });
    const named = (role: string) => plan!.sheets.find((x) => x.role === role)!.sheetName;
    return {
      sheetNames: plan.sheets.map((x) => x.sheetName),
      tableNames: plan.sheets.map((x) => x.tableName),
      schoolSheet: named("school"),
      countySheet: named("county"),
      rows: plan.rows,
      lists: true,
      syncs: 2,
      writeRequests: 1,
      functions,
    };
  });
  const readBalance = jest.fn(async (school: string, county: string) => {
    const { values, hf } = calculate(plan!);
    const out = { school: { sheetName: school, values: values(1) }, county: { sheetName: county, values: values(2) }, syncs: 1 };
    hf.destroy();
    return out;
  });
  return Object.assign(port, { insertBalance, readBalance });
}

test("insert with a province's CV limit, then read the verdict, the failing schools and the data checks", async () => {
  const port = balancePort();
  renderPane({ host: IN_EXCEL, port });
  await openTab("均衡");
  expect(await screen.findByText("县域义务教育均衡（按校计算）")).toBeTruthy();

  fireEvent.change(screen.getByPlaceholderText(String(YOUZHI_2017_WORKBOOK.cvThresholds["小学"])), { target: { value: "0.45" } });
  fireEvent.change(screen.getByLabelText("学校行数"), { target: { value: "16" } });
  await click(screen.getByLabelText("便携（仅原生公式，WPS 可用）"));
  await click(screen.getByRole("button", { name: "插入均衡工作表" }));
  await waitFor(() => expect(port.insertBalance).toHaveBeenCalled());
  const [standard, options] = port.insertBalance.mock.calls[0];
  expect(standard.cvThresholds).toEqual({ 小学: 0.45, 初中: 0.45 });
  expect(standard.indicators[0].thresholds).toEqual(YOUZHI_2017_WORKBOOK.indicators[0].thresholds);
  expect(options).toEqual({ mode: "portable", rows: 16 });
  expect(await screen.findByText(/已插入工作表“均衡·学校数据”/)).toBeTruthy();

  await click(screen.getByRole("button", { name: "读取计算结果" }));
  const outcome = await waitFor(() => {
    const el = document.querySelector("[data-balance-outcome]");
    expect(el).not.toBeNull();
    return el as HTMLElement;
  });
  // The school without 在校生数 blocks its 学段 and is named with its column.
  const bad = schools[2];
  expect(within(outcome).getByText(new RegExp(`${bad.school}（${bad.stage}）：在校生数（人）为空或不大于0`))).toBeTruthy();
  expect(outcome.querySelector(`[data-stage="${bad.stage}"]`)?.textContent).toContain("数据有误");
  const other = bad.stage === "小学" ? "初中" : "小学";
  expect(outcome.querySelector(`[data-stage="${other}"]`)?.textContent).toMatch(/达标|未达标/);

  // Failing schools by indicator; a click selects the value cell on the school sheet.
  const failing = outcome.querySelectorAll("[data-indicator] button");
  expect(failing.length).toBeGreaterThan(0);
  await click(failing[0]);
  await waitFor(() => expect(port.selectRange).toHaveBeenCalledWith(expect.stringMatching(/^'均衡·学校指标'!(C|F|I|L|O|R|U)\d+$/)));
});

test("an unreadable adjustment is named and insertion waits", async () => {
  const port = balancePort();
  renderPane({ host: IN_EXCEL, port });
  await openTab("均衡");
  await screen.findByText("县域义务教育均衡（按校计算）");
  fireEvent.change(screen.getByPlaceholderText("1.1"), { target: { value: "一点一" } });
  expect(await screen.findByText("“九年一贯制：初中学生折算系数”应为大于 0 的数字")).toBeTruthy();
  await click(screen.getByRole("button", { name: "插入均衡工作表" }));
  expect(port.insertBalance).not.toHaveBeenCalled();
});

test("school rows already in the workbook: the selection's header is recognised and only two sheets go in over it", async () => {
  const port = balancePort();
  const header = ["学校名称", "学部", "在校学生数", "高于规定学历教师数", "县级及以上骨干教师数", "体育艺术专任教师数", "教学及辅助用房面积", "体育运动场馆面积", "教学仪器设备值(万元)", "网络多媒体教室数", "备注"];
  port.getSelection = jest.fn(async () => ({ address: "'名单'!B2:L5", text: [header.join("\t"), "一小\t小学", "二小\t小学", "一中\t初中"].join("\n") }));
  renderPane({ host: IN_EXCEL, port });
  await openTab("均衡");
  await click(await screen.findByRole("button", { name: "用所选区域的学校数据" }));
  await waitFor(() => expect(port.insertBalance).toHaveBeenCalled());
  const [, options] = port.insertBalance.mock.calls[0];
  expect(options.rows).toBe(3);
  expect(options.source).toMatchObject({ sheetName: "名单", firstRow: 2, equipmentUnit: "万元" });
  expect(options.source!.columns.school).toEqual({ col: 1, header: "学校名称" });
  expect(options.source!.columns.rooms).toEqual({ col: 10, header: "网络多媒体教室数" });
  expect(await screen.findByText("以下表头未识别，已忽略：备注")).toBeTruthy();
  expect(await screen.findByText(/已插入工作表“均衡·学校指标”、“均衡·县域差异系数”/)).toBeTruthy();
});

test("a selection without the needed columns is named, column by column, and nothing is inserted", async () => {
  const port = balancePort();
  port.getSelection = jest.fn(async () => ({ address: "'名单'!A1:C3", text: "学校\t学段\t人数\n一小\t小学\t300" }));
  renderPane({ host: IN_EXCEL, port });
  await openTab("均衡");
  await click(await screen.findByRole("button", { name: "用所选区域的学校数据" }));
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toContain("所选区域缺少列：在校生数（人）、高于规定学历教师数（人）");
  expect(alert.textContent).toContain("未能识别的表头：人数");
  expect(port.insertBalance).not.toHaveBeenCalled();
});

test("in English: the tab, the buttons and the county verdict read in English", async () => {
  const port = balancePort();
  renderPane({ host: IN_EXCEL, port, settings: { language: "en-US" } });
  await openTab("Balance");
  await click(await screen.findByLabelText("Portable (native formulas only, works in WPS)"));
  await click(screen.getByRole("button", { name: "Insert balance sheets" }));
  await click(await screen.findByRole("button", { name: "Read the results" }));
  const outcome = await waitFor(() => {
    const el = document.querySelector("[data-balance-outcome]");
    expect(el).not.toBeNull();
    return el as HTMLElement;
  });
  const other = schools[2].stage === "小学" ? "初中" : "小学";
  expect(outcome.querySelector(`[data-stage="${schools[2].stage}"]`)?.textContent).toMatch(/: data errors$/);
  expect(outcome.querySelector(`[data-stage="${other}"]`)?.textContent).toMatch(/^(Primary|Junior secondary): (met|not met) \(composite CV 0\.\d+\)/);
});

test("基本均衡: choosing it inserts that standard, and the results judge the county by the 综合 without per-school lists", async () => {
  const port = balancePort();
  renderPane({ host: IN_EXCEL, port });
  await openTab("均衡");
  fireEvent.change(await screen.findByLabelText("评估标准"), { target: { value: "jiben-2012" } });
  // The adjustments follow the standard: the 综合 limit, no per-school thresholds.
  expect(await screen.findByText("小学综合差异系数上限")).toBeTruthy();
  expect(screen.getByPlaceholderText("0.65")).toBeTruthy();
  expect(screen.queryByText(/^L1 /)).toBeNull();
  await click(screen.getByLabelText("便携（仅原生公式，WPS 可用）"));
  await click(screen.getByRole("button", { name: "插入均衡工作表" }));
  await waitFor(() => expect(port.insertBalance).toHaveBeenCalled());
  expect(port.insertBalance.mock.calls[0][0].id).toBe("jiben-2012");
  await click(await screen.findByRole("button", { name: "读取计算结果" }));
  const outcome = await waitFor(() => {
    const el = document.querySelector("[data-balance-outcome]");
    expect(el).not.toBeNull();
    return el as HTMLElement;
  });
  const other = schools[2].stage === "小学" ? "初中" : "小学";
  expect(outcome.querySelector(`[data-stage="${other}"]`)?.textContent).toMatch(/^(小学|初中)：(达标|未达标)（综合差异系数 0\.\d+）/);
  expect(within(outcome).queryByText("未达标的学校（按指标）")).toBeNull();
});

test("a live workbook that went in portable (no PLAN functions in this Excel) says so", async () => {
  const port = balancePort("portable");
  renderPane({ host: IN_EXCEL, port });
  await openTab("均衡");
  await click(await screen.findByRole("button", { name: "插入均衡工作表" }));
  expect(await screen.findByText(/已改用便携公式插入/)).toBeTruthy();
});
