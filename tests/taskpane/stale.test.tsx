/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import type { FoundTemplate, StaleTable } from "../../src/taskpane/hooks/workbook-port";
import { IN_EXCEL, click, fakePort, renderPane } from "./render";

jest.mock("../../src/taskpane/extraction/spawn-worker", () => ({ spawnExtractionWorker: () => null }));
jest.setTimeout(30000);

const STALE: StaleTable = {
  tableName: "表学前普惠",
  sheetName: "学前普惠",
  stale: 2,
  unreadable: [{ row: 4, target: "办好人民满意的教育", error: "没有可读的目标数值", address: "'学前普惠'!E6" }],
};

const KNOWN = { tableName: "表学前普惠", partId: "{0007-DABIAO}", createdAt: "2026-11-01T00:00:00Z", tableFound: true } as FoundTemplate;

const refreshButton = () => Array.from(document.querySelectorAll("button")).find((b) => b.textContent === "刷新辅助列");

test("a workbook with edited portable targets gets the offer at once; a refresh rewrites them and the offer goes", async () => {
  const port = fakePort({ stale: [[STALE], []], templates: [KNOWN] });
  renderPane({ host: IN_EXCEL, port });
  expect(await screen.findByText(/工作表“学前普惠”中有 2 项目标已被修改/)).toBeTruthy();
  // The unreadable target is named with its cell, so the statistician can find it.
  expect(screen.getByText(/另有 1 项目标无法识别/)).toBeTruthy();
  expect(screen.getByText("学前普惠!E6：“办好人民满意的教育”")).toBeTruthy();

  await click(refreshButton() as HTMLButtonElement);
  // The template's memory is refreshed too: its part id goes with the table.
  await waitFor(() => expect(port.refreshHelpers).toHaveBeenCalledWith("表学前普惠", "{0007-DABIAO}"));
  await waitFor(() => expect(screen.queryByText(/项目标已被修改/)).toBeNull());
  expect(port.findStaleHelpers).toHaveBeenCalledTimes(2);
  expect(await screen.findByText("已刷新工作表“学前普惠”中 2 项目标的辅助列")).toBeTruthy();
});

test("only unreadable targets: they are listed, and there is nothing to refresh", async () => {
  const port = fakePort({ stale: [[{ ...STALE, stale: 0 }]] });
  renderPane({ host: IN_EXCEL, port });
  expect(await screen.findByText(/另有 1 项目标无法识别/)).toBeTruthy();
  expect(screen.queryByText(/项目标已被修改/)).toBeNull();
  expect(refreshButton()).toBeUndefined();
});

test("a failed refresh says why, in words; a current workbook shows nothing", async () => {
  const port = fakePort({ stale: [[STALE]] });
  port.refreshHelpers = jest.fn(async () => {
    throw Object.assign(new Error("工作表或工作簿受保护，无法写入。请先撤消保护后重试。"), { code: "protected" });
  });
  renderPane({ host: IN_EXCEL, port });
  await screen.findByText(/项目标已被修改/);
  await click(refreshButton() as HTMLButtonElement);
  expect((await screen.findByRole("alert")).textContent).toContain("受保护");

  document.body.innerHTML = "";
  const current = fakePort();
  renderPane({ host: IN_EXCEL, port: current });
  await waitFor(() => expect(current.findStaleHelpers).toHaveBeenCalled());
  expect(screen.queryByText(/辅助列/)).toBeNull();
});

test("outside Excel nothing is looked for", async () => {
  renderPane({ port: null });
  await screen.findByText(/未在 Excel 中运行/);
  expect(screen.queryByText(/辅助列/)).toBeNull();
});

test("a failed look-up (a cell in edit mode) raises no alarm; the next focus looks again", async () => {
  const port = fakePort({ stale: [[STALE]] });
  const answers: (() => Promise<StaleTable[]>)[] = [
    async () => {
      throw Object.assign(new Error("Excel 正在编辑单元格。"), { code: "edit_mode" });
    },
    async () => [STALE],
  ];
  port.findStaleHelpers = jest.fn(() => (answers.shift() as () => Promise<StaleTable[]>)());
  renderPane({ host: IN_EXCEL, port });
  await waitFor(() => expect(port.findStaleHelpers).toHaveBeenCalledTimes(1));
  expect(screen.queryByRole("alert")).toBeNull();
  window.dispatchEvent(new Event("focus"));
  expect(await screen.findByText(/项目标已被修改/)).toBeTruthy();
});
