/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import fs from "fs";
import path from "path";
import { TYPING_PAUSE_MS } from "../../src/taskpane/hooks/extraction";
import { IN_EXCEL, click, fakePort, openTab, renderPane, syncExtractor } from "./render";

jest.mock("../../src/taskpane/extraction/spawn-worker", () => ({ spawnExtractionWorker: () => null }));
jest.setTimeout(30000);

const seed000 = fs.readFileSync(path.resolve(__dirname, "../fixtures/seeds/000_c2679106df810c71.txt"), "utf8");

/** The grid's rows as data. */
function grid() {
  return Array.from(document.querySelectorAll<HTMLTableRowElement>("tr[data-row]")).map((tr) => ({
    n: Number(tr.dataset.row),
    row: tr,
    included: (tr.querySelector("input[type=checkbox]") as HTMLInputElement).checked,
    scope: (tr.children[1] as HTMLElement).textContent?.replace(/实际值$/, "") ?? "",
    indicator: (tr.querySelector("input[data-field=indicator]") as HTMLInputElement).value,
    target: (tr.querySelector("input[data-field=target]") as HTMLInputElement).value,
  }));
}

function find(indicator: string, scope: string) {
  const rows = grid().filter((r) => r.indicator === indicator && r.scope === scope);
  expect(rows).toHaveLength(1);
  return rows[0];
}

/** A button by its text: role queries over a 40-row grid are slow in jsdom. */
const button = (text: string) => screen.getByText(text).closest("button") as HTMLButtonElement;

async function pastePlan(text = seed000) {
  const box = await screen.findByRole("textbox", { name: "计划文本" });
  await act(async () => {
    fireEvent.change(box, { target: { value: text } });
  });
  await waitFor(() => expect(document.querySelector("tr[data-row]")).not.toBeNull());
  return box;
}

test("a pasted plan is listed row by row with its targets, grouped under its headings", async () => {
  renderPane();
  await openTab("从计划文本提取");
  expect(screen.getByText(/粘贴计划文本后/)).toBeTruthy();
  await pastePlan();
  const rows = grid();
  expect(rows.length).toBeGreaterThanOrEqual(40);
  expect(find("适龄儿童少年入学率", "全市").target).toBe("≥100%");
  expect(find("法定年龄学生流生率", "全市").target).toBe("≤0.5%");
  expect(find("法定年龄学生流生率", "小学").target).toBe("=0%");
  expect(document.querySelector("[data-field=extract-status]")?.textContent).toMatch(/从 6,935 个字符中找到 \d+ 项目标/);
  expect(screen.getByText("1.九年制义务教育").closest("td")?.getAttribute("colspan")).toBe("5");
  expect(screen.getByText(`已选 ${rows.length} / ${rows.length} 项`)).toBeTruthy();
  // The template name comes from the plan's own title line, not the web page's breadcrumb.
  expect((screen.getByLabelText("模板名称") as HTMLInputElement).value).toBe("教育局工作计划");
});

test("rows can be unticked, renamed and retargeted; an unreadable target is named and blocks insertion", async () => {
  renderPane({ host: IN_EXCEL, port: fakePort() });
  await openTab("从计划文本提取");
  await pastePlan();
  const total = grid().length;
  const r = find("三类残童入学率", "全市");
  fireEvent.click(within(r.row).getByRole("checkbox", { name: "纳入“三类残童入学率”" }));
  expect(screen.getByText(`已选 ${total - 1} / ${total} 项`)).toBeTruthy();

  const target = within(r.row).getByRole("textbox", { name: `第 ${r.n} 行的目标` });
  fireEvent.change(target, { target: { value: "达到很高" } });
  expect(target.getAttribute("aria-invalid")).toBe("true");
  const problem = document.getElementById(target.getAttribute("aria-describedby") as string);
  expect(problem?.textContent).toMatch(/^无法读取此目标：/);
  // Unticked, the bad row does not block; ticked again, it does.
  expect(screen.queryByText(/项目标无法读取/)).toBeNull();
  fireEvent.click(within(r.row).getByRole("checkbox"));
  expect(screen.getByText("有 1 项目标无法读取，请修改或取消勾选")).toBeTruthy();
  expect(button("插入所选目标").getAttribute("aria-disabled")).toBe("true");

  fireEvent.change(target, { target: { value: "≥97%" } });
  fireEvent.change(within(r.row).getByRole("textbox", { name: `第 ${r.n} 行的指标` }), { target: { value: "三类残疾儿童入学率" } });
  expect(target.getAttribute("aria-invalid")).toBe("false");
  expect(button("插入所选目标").getAttribute("aria-disabled")).toBeNull();
  expect(grid().find((x) => x.n === r.n)).toMatchObject({ indicator: "三类残疾儿童入学率", target: "≥97%", included: true });
});

test("each row shows its source quote on request", async () => {
  renderPane();
  await openTab("从计划文本提取");
  await pastePlan();
  const r = find("17周岁初中教育完成率", "全市");
  const toggle = within(r.row).getByRole("button", { name: "查看“17周岁初中教育完成率”的原文" });
  expect(toggle.getAttribute("aria-expanded")).toBe("false");
  fireEvent.click(toggle);
  expect(toggle.getAttribute("aria-expanded")).toBe("true");
  expect(document.getElementById(toggle.getAttribute("aria-controls") as string)?.textContent).toBe("“17周岁初中教育完成率达到99.2%以上” · 2008");
  fireEvent.click(toggle);
  expect(toggle.getAttribute("aria-expanded")).toBe("false");
});

test("insert builds the template from the reviewed rows only, with the edits", async () => {
  const port = fakePort();
  renderPane({ host: IN_EXCEL, port });
  await openTab("从计划文本提取");
  await pastePlan();
  const total = grid().length;
  fireEvent.click(within(find("普及教育年限", "").row).getByRole("checkbox"));
  const r = find("三类残童入学率", "全市");
  fireEvent.change(within(r.row).getByRole("textbox", { name: `第 ${r.n} 行的目标` }), { target: { value: "≥97%" } });
  fireEvent.change(screen.getByLabelText("模板名称"), { target: { value: "2008年目标" } });
  await click(button("插入所选目标"));

  await waitFor(() => expect(port.insertPlan).toHaveBeenCalledTimes(1));
  const plan = port.insertPlan.mock.calls[0][0];
  const col = (key: string) => plan.columns.findIndex((c) => c.key === key);
  expect(plan.sheetName).toBe("2008年目标");
  expect(plan.values).toHaveLength(total - 1);
  expect(plan.values.map((v) => v[col("indicator")])).not.toContain("普及教育年限");
  const row = plan.values.find((v) => v[col("indicator")] === "三类残童入学率") as unknown[];
  expect(row[col("target")]).toBe("≥97%");
  expect(row[col("source")]).toBe("粘贴的计划文本：“三类残童入学率达到96.4%以上”");
  expect(await screen.findByText("已插入工作表“2008年目标”")).toBeTruthy();
});

test("edits survive re-extraction when the text around them changes", async () => {
  renderPane();
  await openTab("从计划文本提取");
  const box = await pastePlan();
  const r = find("三类残童入学率", "全市");
  fireEvent.change(within(r.row).getByRole("textbox", { name: `第 ${r.n} 行的目标` }), { target: { value: "≥97%" } });
  const longer = "2008年教育局工作计划\n" + seed000;
  await act(async () => {
    fireEvent.change(box, { target: { value: longer } });
  });
  await screen.findByText(new RegExp(`从 ${longer.length.toLocaleString("zh-CN")} 个字符中`));
  expect(find("三类残童入学率", "全市").target).toBe("≥97%");
});

test("typing waits for a pause before extracting; a paste is extracted at once", async () => {
  jest.useFakeTimers();
  try {
    const extractor = syncExtractor();
    renderPane({ extractor });
    await act(async () => {
      await jest.runOnlyPendingTimersAsync();
    });
    await openTabWithTimers("从计划文本提取");
    const box = screen.getByRole("textbox", { name: "计划文本" });
    await act(async () => {
      fireEvent.change(box, { target: { value: seed000 } });
    });
    expect(extractor.calls).toHaveLength(1);
    for (const typed of ["a", "ab", "abc"]) {
      await act(async () => {
        fireEvent.change(box, { target: { value: seed000 + typed } });
      });
    }
    expect(extractor.calls).toHaveLength(1);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(TYPING_PAUSE_MS + 10);
    });
    expect(extractor.calls).toEqual([seed000, seed000 + "abc"]);
  } finally {
    jest.useRealTimers();
  }
});

async function openTabWithTimers(name: string) {
  const tab = screen.getByRole("tab", { name });
  await act(async () => {
    fireEvent.click(tab);
    await jest.runOnlyPendingTimersAsync();
  });
  await act(async () => {
    await jest.runOnlyPendingTimersAsync();
  });
}

test("an indicator table's base-year cell rides on its target's row and is inserted as 基期值", async () => {
  const table = fs.readFileSync(path.resolve(__dirname, "../fixtures/extraction/real/dev-zhibiao-table-cells.txt"), "utf8");
  const port = fakePort();
  renderPane({ host: IN_EXCEL, port });
  await openTab("从计划文本提取");
  await pastePlan(table);
  const rows = grid().filter((r) => r.indicator === "普惠性幼儿园覆盖率");
  expect(rows).toHaveLength(1); // one row, not a 2020 row and a 2025 row
  expect(rows[0].target).toBe("≥90%");
  expect(rows[0].row.textContent).toContain("基期值（2020年） 86.44%");
  await click(button("插入所选目标"));
  await waitFor(() => expect(port.insertPlan).toHaveBeenCalledTimes(1));
  const plan = port.insertPlan.mock.calls[0][0];
  const col = (key: string) => plan.columns.findIndex((c) => c.key === key);
  const row = plan.values.find((v) => v[col("indicator")] === "普惠性幼儿园覆盖率") as unknown[];
  expect(row[col("baseline")]).toBeCloseTo(0.8644, 12);
});
