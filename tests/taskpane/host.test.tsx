/** @jest-environment jsdom */
import { act, screen, waitFor } from "@testing-library/react";
import { OUTSIDE_OFFICE, officeHost, waitForOffice } from "../../src/taskpane/office-host";
import { IN_EXCEL, click, fakePort, openTab, renderPane } from "./render";

jest.mock("../../src/taskpane/extraction/spawn-worker", () => ({ spawnExtractionWorker: () => null }));
// The settings screen's chunk is broken here, to see that one screen's failure stays in that screen.
jest.mock("../../src/taskpane/components/SettingsTab", () => ({
  __esModule: true,
  default: () => {
    throw new Error("chunk settings failed to load");
  },
}));
jest.setTimeout(30000);

const g = globalThis as { Office?: unknown };
afterEach(() => {
  delete g.Office;
});

test("without office.js the pane is outside Office", async () => {
  delete g.Office;
  await expect(waitForOffice()).resolves.toEqual(OUTSIDE_OFFICE);
});

test("office.js outside Office (host null) is outside Office", async () => {
  g.Office = { onReady: () => Promise.resolve({ host: null, platform: null }), HostType: { Excel: "Excel" } };
  await expect(waitForOffice()).resolves.toEqual(OUTSIDE_OFFICE);
});

test("in Excel: the display language and whether ExcelApi 1.6 is there", async () => {
  const asked: string[] = [];
  g.Office = {
    onReady: () => Promise.resolve({ host: "Excel" }),
    HostType: { Excel: "Excel" },
    context: {
      displayLanguage: "en-US",
      requirements: { isSetSupported: (set: string, v: string) => (asked.push(`${set} ${v}`), false) },
    },
  };
  await expect(waitForOffice()).resolves.toEqual({ inExcel: true, host: "Excel", displayLanguage: "en-US", workbookSupported: false });
  expect(asked).toEqual(["ExcelApi 1.6"]);
});

test("an Office that never answers does not hold the pane: it is treated as outside Office", async () => {
  g.Office = { onReady: () => new Promise(() => undefined), HostType: { Excel: "Excel" } };
  await expect(waitForOffice(20)).resolves.toEqual(OUTSIDE_OFFICE);
});

test("no timeout decides for good: Excel answering after the timeout turns the workbook actions on", async () => {
  let answer: (info: { host: string }) => void = () => undefined;
  g.Office = {
    onReady: () => new Promise((resolve) => (answer = resolve)),
    HostType: { Excel: "Excel" },
    context: { displayLanguage: "zh-CN", requirements: { isSetSupported: () => true } },
  };
  const late = officeHost();
  const first = waitForOffice(20, late);
  await expect(first).resolves.toEqual(OUTSIDE_OFFICE);
  renderPane({ hostReady: first, hostLate: late, port: fakePort() });
  expect(await screen.findByText(/未在 Excel 中运行/)).toBeTruthy();
  await act(async () => answer({ host: "Excel" }));
  await waitFor(() => expect(screen.queryByText(/未在 Excel 中运行/)).toBeNull());
  const insert = (await screen.findAllByText("插入"))[0].closest("button") as HTMLButtonElement;
  expect(insert.getAttribute("aria-disabled")).not.toBe("true");
});

test("an old Excel: the pane says what is missing and keeps workbook actions off", async () => {
  renderPane({ host: { ...IN_EXCEL, workbookSupported: false } });
  expect(await screen.findByText(/此 Excel 版本不支持达标所需的功能（ExcelApi 1.6）/)).toBeTruthy();
  const insert = (await screen.findAllByText("插入"))[0].closest("button") as HTMLButtonElement;
  expect(insert.getAttribute("aria-disabled")).toBe("true");
});

test("Office's display language picks the pane's language when the settings follow Office", async () => {
  renderPane({ host: { ...IN_EXCEL, displayLanguage: "en-US" }, port: fakePort() });
  expect(await screen.findByRole("tab", { name: "Templates" })).toBeTruthy();
  expect(document.documentElement.lang).toBe("en-US");
});

test("a screen that fails shows a sentence in its place; the other screens still work", async () => {
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    renderPane();
    await openTab("设置");
    expect((await screen.findByRole("alert")).textContent).toBe("此页面出错，请关闭并重新打开任务窗格。（chunk settings failed to load）");
    await click(screen.getByRole("tab", { name: "模板" }));
    expect(await screen.findByText("内置模板")).toBeTruthy();
  } finally {
    spy.mockRestore();
  }
});
