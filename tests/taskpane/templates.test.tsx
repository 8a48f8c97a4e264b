/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { TemplatePlan } from "../../src/core/template";
import { PaneError } from "../../src/taskpane/hooks/workbook-port";
import { IN_EXCEL, click, fakePort, renderPane } from "./render";

jest.mock("../../src/taskpane/extraction/spawn-worker", () => ({ spawnExtractionWorker: () => null }));
jest.setTimeout(30000);

const seedCard = () => screen.findByRole("article", { name: /2008年教育局工作计划/ });

test("outside Excel the gallery shows every template, its document, year and size, with insertion off and explained", async () => {
  renderPane();
  const card = await seedCard();
  expect(within(card).getByText("《2008年教育局工作计划》（市教育局，范文先生网转载）")).toBeTruthy();
  expect(within(card).getByText("2008 年")).toBeTruthy();
  expect(within(card).getByText("43 项指标")).toBeTruthy();
  expect(await screen.findByText(/未在 Excel 中运行/)).toBeTruthy();
  const insert = within(card).getByRole("button", { name: /^插入：/ });
  expect(insert.getAttribute("aria-disabled")).toBe("true");
  // The reason is read out with the button.
  const reason = document.getElementById(insert.getAttribute("aria-describedby") as string);
  expect(reason?.textContent).toBe("需要在 Excel 中打开");
  expect(screen.getAllByRole("article")).toHaveLength(7);
  expect(screen.getByRole("article", { name: /教育局年终总结/ }).textContent).toMatch(/59 项实际值.*实际值样本/);
});

test("one click inserts the template: a progress bar while Excel writes, then a toast naming the new sheet", async () => {
  const port = fakePort();
  let finish: () => void = () => undefined;
  port.insertPlan.mockImplementationOnce(
    (plan: TemplatePlan) =>
      new Promise((resolve) => {
        finish = () => resolve({ sheetName: plan.sheetName, tableName: plan.tableName, address: `'${plan.sheetName}'!A1:N44`, newSheet: true, remembered: true, syncs: 3, writeRequests: 1, functions: "english" });
      }),
  );
  renderPane({ host: IN_EXCEL, port });
  const card = await seedCard();
  await click(within(card).getByRole("button", { name: /^插入：/ }));

  expect(await screen.findByRole("progressbar", { name: "正在写入 Excel（43 行）…" })).toBeTruthy();
  const [plan, fallback] = port.insertPlan.mock.calls[0];
  expect(plan.sheetName).toBe("2008教育目标");
  expect(plan.values).toHaveLength(43);
  expect(plan.metadata).toMatchObject({ templateId: "seed-000", mode: "live" });
  // The same template in portable mode travels along, for an Excel without the PLAN functions.
  expect(fallback?.metadata).toMatchObject({ templateId: "seed-000", mode: "portable" });
  expect(fallback?.values).toHaveLength(43);
  await act(async () => finish());

  expect(await screen.findByText("已插入工作表“2008教育目标”")).toBeTruthy();
  expect(screen.getByText("位置 2008教育目标!A1:N44。在“实际值”列填写数据，未达标项即标红。")).toBeTruthy();
  expect(screen.queryByRole("progressbar")).toBeNull();
});

test("when Excel had no PLAN functions and the portable table went in instead, the toast says so", async () => {
  const port = fakePort();
  port.insertPlan.mockImplementationOnce(async (plan: TemplatePlan) => ({
    sheetName: plan.sheetName,
    tableName: plan.tableName,
    address: `'${plan.sheetName}'!A1:U44`,
    newSheet: true,
    remembered: true,
    syncs: 3,
    writeRequests: 1,
    functions: "portable",
  }));
  renderPane({ host: IN_EXCEL, port });
  await click(within(await seedCard()).getByRole("button", { name: /^插入：/ }));
  expect(await screen.findByText(/已改用便携公式插入/)).toBeTruthy();
});

test("an Excel failure becomes a readable message in the pane's language", async () => {
  const port = fakePort();
  const protectedSheet = new PaneError("protected", "工作表或工作簿受保护，无法写入。请先撤消保护（审阅 › 撤消工作表保护 / 保护工作簿）后重试。");
  port.insertPlan.mockRejectedValue(protectedSheet);
  const { unmount } = renderPane({ host: IN_EXCEL, port });
  await click(within(await seedCard()).getByRole("button", { name: /^插入：/ }));
  expect((await screen.findByRole("alert")).textContent).toBe(`插入失败：${protectedSheet.message}`);
  unmount();

  renderPane({ host: { ...IN_EXCEL, displayLanguage: "en-US" }, port });
  await click(within(await screen.findByRole("article", { name: /2008年教育局工作计划/ })).getByRole("button", { name: /^Insert：/ }));
  expect((await screen.findByRole("alert")).textContent).toBe("Insert failed：The sheet or workbook is protected. Unprotect it (Review › Unprotect) and try again.");
});

test("insert options: the formula mode, and a province's threshold in place of the template's", async () => {
  const port = fakePort();
  renderPane({ host: IN_EXCEL, port });
  const card = await screen.findByRole("article", { name: /县域学前教育普及普惠督导评估/ });
  await click(within(card).getByRole("button", { name: /^插入选项：/ }));
  const dialog = await screen.findByRole("dialog");
  expect((within(dialog).getByRole("radio", { name: /实时/ }) as HTMLInputElement).checked).toBe(true);
  await click(within(dialog).getByRole("radio", { name: /便携/ }));

  const field = within(dialog).getByRole("textbox", { name: "县域·学前三年毛入园率 的目标" }) as HTMLInputElement;
  expect(field.placeholder).toBe("≥85%");
  fireEvent.change(field, { target: { value: "很高" } });
  expect(await within(dialog).findByText(/没有可读的目标数值/)).toBeTruthy();
  expect((within(dialog).getByRole("button", { name: "按此插入" }) as HTMLButtonElement).disabled).toBe(true);
  fireEvent.change(field, { target: { value: "≥90%" } });
  expect(within(dialog).getByText("已调整 1 项目标")).toBeTruthy();
  await click(within(dialog).getByRole("button", { name: "按此插入" }));

  await waitFor(() => expect(port.insertPlan).toHaveBeenCalledTimes(1));
  const plan = port.insertPlan.mock.calls[0][0];
  const target = plan.columns.findIndex((c) => c.key === "target");
  const indicator = plan.columns.findIndex((c) => c.key === "indicator");
  const status = plan.columns.findIndex((c) => c.key === "status");
  const row = plan.values.find((r) => r[indicator] === "学前三年毛入园率") as unknown[];
  expect(row[target]).toBe("≥90%");
  expect(plan.metadata).toMatchObject({ mode: "portable", overrides: { 毛入园率: "≥90%" } });
  // Portable: native formulas only, over hidden helper columns.
  expect(plan.formulas.every((f) => !String(f[status]).includes("PLAN."))).toBe(true);
  expect(plan.columns.some((c) => c.hidden)).toBe(true);
});

test("the default formula mode in the settings is what one click uses", async () => {
  const port = fakePort();
  renderPane({ host: IN_EXCEL, port, settings: { defaultMode: "portable" } });
  await click(within(await seedCard()).getByRole("button", { name: /^插入：/ }));
  await waitFor(() => expect(port.insertPlan).toHaveBeenCalledTimes(1));
  expect(port.insertPlan.mock.calls[0][0].metadata.mode).toBe("portable");
});

test("the sample of actuals leads to the check screen's fill section, with the sample chosen", async () => {
  renderPane({ host: IN_EXCEL, port: fakePort() });
  const sample = await screen.findByRole("article", { name: /教育局年终总结/ });
  expect(within(sample).queryByRole("button", { name: /^插入/ })).toBeNull();
  await click(within(sample).getByRole("button", { name: "用于填写实际值" }));
  expect((await screen.findByRole("radio", { name: "内置样本（年终总结）" }) as HTMLInputElement).checked).toBe(true);
  expect(screen.getByRole("tab", { name: "检查" }).getAttribute("aria-selected")).toBe("true");
});

test("the tabs follow the ARIA pattern: arrow keys move and select, one tab stop", async () => {
  renderPane();
  const first = await screen.findByRole("tab", { name: "模板" });
  expect(screen.getAllByRole("tab").map((t) => t.getAttribute("tabindex"))).toEqual(["0", "-1", "-1", "-1", "-1"]);
  await act(async () => {
    fireEvent.keyDown(first, { key: "ArrowRight" });
  });
  const extract = screen.getByRole("tab", { name: "从计划文本提取" });
  expect(extract.getAttribute("aria-selected")).toBe("true");
  expect(document.activeElement).toBe(extract);
  await act(async () => {
    fireEvent.keyDown(extract, { key: "End" });
  });
  expect(screen.getByRole("tab", { name: "设置" }).getAttribute("aria-selected")).toBe("true");
  fireEvent.keyDown(screen.getByRole("tab", { name: "设置" }), { key: "ArrowRight" });
  expect(first.getAttribute("aria-selected")).toBe("true");
  expect(screen.getByRole("tabpanel", { name: "模板" })).toBeTruthy();
});
