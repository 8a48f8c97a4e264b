/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { fillActualsFromSummary } from "../../src/core/fill-actuals";
import { getTemplate } from "../../src/templates";
import type { FoundTemplate, SheetRow } from "../../src/taskpane/hooks/workbook-port";
import { PaneError } from "../../src/taskpane/hooks/workbook-port";
import { definitionFromSheet } from "../../src/taskpane/model/summary";
import { IN_EXCEL, click, fakePort, openTab, renderPane, syncExtractor } from "./render";

jest.mock("../../src/taskpane/extraction/spawn-worker", () => ({ spawnExtractionWorker: () => null }));
jest.setTimeout(30000);

const TEMPLATE: FoundTemplate = {
  templateId: "seed-000",
  title: "2008年教育局工作计划·工作目标",
  source: "《2008年教育局工作计划》",
  mode: "live",
  version: 1,
  sheetName: "2008教育目标",
  tableName: "表2008教育目标",
  address: "A1:N44",
  columns: [],
  targets: [],
  createdAt: "2024-01-02T00:00:00.000Z",
  partId: "{1}",
  tableFound: true,
  currentSheetName: "2008教育目标",
};

/** The seed-000 template as the sheet holds it, with these statuses in 状态 (row order) and blank actuals. */
function sheetRows(statuses: Record<number, string> = {}): SheetRow[] {
  const def = getTemplate("seed-000");
  if (!def) throw new Error("seed-000 is missing");
  return def.rows.map((r, i) => ({
    row: i,
    section: r.section,
    indicator: r.indicator,
    scope: r.scope,
    target: r.target as string,
    actual: statuses[i] ? 0.9 : "",
    status: statuses[i] ?? "待填报",
    actualAddress: `'2008教育目标'!I${i + 2}`,
  }));
}

/** Role queries over the pane's whole DOM are slow in jsdom; these stay within small parts. */
const button = (text: string, within: HTMLElement = document.body) =>
  Array.from(within.querySelectorAll("button")).find((b) => b.textContent === text) as HTMLButtonElement;
const region = (name: string) => screen.getByLabelText(name) as HTMLElement;
const summaryTable = () => screen.findByLabelText("各领域达标情况");
/** The open dialog (Fluent renders it in a portal). */
async function dialogElement(): Promise<HTMLElement> {
  let found: HTMLElement | null = null;
  await waitFor(() => expect((found = document.querySelector<HTMLElement>("[role=dialog]"))).not.toBeNull());
  return found as unknown as HTMLElement;
}

async function openCheck() {
  await openTab("检查");
  await screen.findByText("检查所选区域");
  return region("检查所选区域");
}

test("check selection with a typed target: read back as understood, then highlighted", async () => {
  const port = fakePort();
  renderPane({ host: IN_EXCEL, port, settings: { tolerancePoints: 0.5 } });
  const section = await openCheck();
  const mark = button("标记所选实际值");
  expect(mark.getAttribute("aria-disabled")).toBe("true");
  fireEvent.change(within(section).getByRole("textbox", { name: "目标" }), { target: { value: "达到98%以上" } });
  expect(screen.getByText("识别为：≥98%")).toBeTruthy();
  await click(mark);
  // The settings' band (0.5 points) goes with a percent target as Excel's fraction.
  expect(port.checkSelection).toHaveBeenCalledWith({ target: "达到98%以上", tolerance: 0.005 });
  expect(await screen.findByText("已标记 Sheet1!B2:B5：达标绿色、接近黄色、未达标红色")).toBeTruthy();
});

test("check selection against a range of target cells, taken from the current selection", async () => {
  const port = fakePort();
  renderPane({ host: IN_EXCEL, port, settings: { tolerancePoints: 0.5 } });
  await openCheck();
  await click(screen.getByLabelText("目标单元格区域"));
  await click(button("使用当前所选区域"));
  const range = screen.getByLabelText("目标区域") as HTMLInputElement;
  expect(range.value).toBe("'Sheet1'!C2:C5");
  await click(button("标记所选实际值"));
  // A range may mix units: the percent band is not imposed on it.
  expect(port.checkSelection).toHaveBeenCalledWith({ targetRange: "'Sheet1'!C2:C5" });
  expect(await screen.findByText(/已标记/)).toBeTruthy();
  expect(screen.queryByText(/副本/)).toBeNull();
});

test("when the rules had to use copies of the targets, the pane says so and what to do after an edit", async () => {
  const port = fakePort();
  port.checkSelection.mockResolvedValue({
    mode: "helper",
    actualAddress: "'Sheet1'!B2:B5",
    targetAddress: "'一个名称很长的目标工作表'!C2:C5",
    helperAddress: "'达标检查辅助'!A2:D5",
    percentAs: "fraction",
    rules: [],
    fallback: { reason: "rule_too_long", targetSheet: "一个名称很长的目标工作表" },
    syncs: 2,
  });
  renderPane({ host: IN_EXCEL, port });
  await openCheck();
  await click(screen.getByLabelText("目标单元格区域"));
  fireEvent.change(screen.getByLabelText("目标区域"), { target: { value: "'一个名称很长的目标工作表'!C2:C5" } });
  await click(button("标记所选实际值"));
  expect(await screen.findByText(/改为引用目标的副本.*修改目标后，请重新标记/)).toBeTruthy();
});

test("a failed check is reported as Excel's readable reason", async () => {
  const port = fakePort();
  port.checkSelection.mockRejectedValue(new PaneError("edit_mode", "Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑，再重试。"));
  renderPane({ host: IN_EXCEL, port });
  const section = await openCheck();
  fireEvent.change(within(section).getByRole("textbox", { name: "目标" }), { target: { value: "≥95%" } });
  await click(button("标记所选实际值"));
  await waitFor(() => expect(document.querySelector("[role=alert]")?.textContent).toBe("Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑，再重试。"));
});

test("summary: counts by section, misses that select their cell, and a chart on request", async () => {
  const section = (i: number) => getTemplate("seed-000")?.rows[i].section;
  let elsewhere = 1;
  while (section(elsewhere) === section(1)) elsewhere++;
  // Rows 1–4 share a section (counted there), `elsewhere` is the first row of another one.
  const rows = sheetRows({ 1: "达标", 2: "未达标", 3: "已说明", 4: "接近", [elsewhere]: "达标" });
  const inFirst = rows.filter((r) => r.section === rows[1].section).length;
  const port = fakePort({ rows, templates: [TEMPLATE] });
  renderPane({ host: IN_EXCEL, port });
  await openCheck();
  const table = await summaryTable();
  expect(port.readTemplateRows).toHaveBeenCalledWith("表2008教育目标");
  const cells = (section: string) =>
    Array.from(table.querySelectorAll("tr"))
      .find((r) => r.getAttribute("data-section") === section)
      ?.querySelectorAll("td");
  const first = cells(rows[1].section as string) as NodeListOf<HTMLElement>;
  expect(Array.from(first).slice(1).map((c) => c.textContent)).toEqual(["1", "1", "2", String(inFirst - 4)]);
  const total = cells("合计") as NodeListOf<HTMLElement>;
  expect(Array.from(total).slice(1).map((c) => c.textContent)).toEqual(["2", "1", "2", String(rows.length - 5)]);
  expect(document.querySelector("[data-field=unrecognised]")).toBeNull();

  const misses = screen.getByLabelText("未达标项（点击选中单元格）");
  const links = Array.from(misses.querySelectorAll("button"));
  expect(links.map((l) => l.textContent)).toEqual([
    `${rows[2].scope}·${rows[2].indicator}：实际 90%，目标 ${rows[2].target}`,
    `${rows[3].scope}·${rows[3].indicator}：实际 90%，目标 ${rows[3].target}`,
  ]);
  await click(links[0]);
  expect(port.selectRange).toHaveBeenCalledWith("'2008教育目标'!I4");

  await click(button("在工作表中添加图表"));
  const [input] = (port.addAttainmentChart as jest.Mock).mock.calls[0];
  expect(input.title).toBe(TEMPLATE.title);
  expect(input.sections.find((x: { section: string }) => x.section === rows[1].section)).toMatchObject({ met: 1, atRisk: 1, missed: 2 });
  expect(await screen.findByText("已在工作表“达标图表”中添加图表")).toBeTruthy();
});

test("statuses that are not results (#NAME? where the add-in is not loaded) are named, not silently dropped", async () => {
  const rows = sheetRows({ 0: "达标", 1: "#NAME?", 2: "#NAME?", 3: "需加载项" });
  renderPane({ host: IN_EXCEL, port: fakePort({ rows, templates: [TEMPLATE] }) });
  await openCheck();
  await summaryTable();
  const note = document.querySelector("[data-field=unrecognised]") as HTMLElement;
  expect(note.textContent).toBe("另有 3 项的状态不是达标结果（如“#NAME?”），未计入上表。若为 #NAME?，请加载达标加载项，或改用便携模式插入。");
});

test("without the reading actions in src/excel, the summary says so instead of failing", async () => {
  const port = fakePort({ templates: [TEMPLATE], omit: ["readTemplateRows"] });
  renderPane({ host: IN_EXCEL, port });
  await openCheck();
  expect(await screen.findByText(/尚不支持该操作/)).toBeTruthy();
  expect(screen.queryByLabelText("各领域达标情况")).toBeNull();
});

test("an empty workbook asks for a template first", async () => {
  renderPane({ host: IN_EXCEL, port: fakePort({ templates: [] }) });
  await openCheck();
  expect((await screen.findAllByText("此工作簿中还没有达标模板。请先在“模板”页插入一个。")).length).toBeGreaterThan(0);
});

test("fill actuals from the sample summary: matches are listed, and nothing is written before confirmation", async () => {
  const rows = sheetRows();
  const port = fakePort({ rows, templates: [TEMPLATE] });
  renderPane({ host: IN_EXCEL, port });
  await openCheck();
  await summaryTable();
  await click(screen.getByLabelText("内置样本（年终总结）"));
  await click(button("查找对应数字"));

  const expected = fillActualsFromSummary(definitionFromSheet(rows, TEMPLATE.title), getTemplate("summary-001")!).matches;
  expect(expected.length).toBeGreaterThan(0);
  const list = await screen.findByLabelText(`找到 ${expected.length} 项对应`);
  expect(within(list).getAllByRole("checkbox")).toHaveLength(expected.length);
  // Each match shows the summary's figure against the template's target, and its quote.
  expect(list.textContent).toContain("普通高校本科上线率：61.2%（目标 +3~5个百分点）");
  expect(list.textContent).toContain("“本科上线率达到61.2%”");
  await click(button(`写入 ${expected.length} 项实际值`, region("从总结填写实际值")));
  const dialog = await dialogElement();
  expect(dialog.textContent).toContain(`将向工作表“2008教育目标”的“实际值”列写入 ${expected.length} 个数字`);
  expect(port.writeActuals).not.toHaveBeenCalled();
  await click(button(`写入 ${expected.length} 项实际值`, dialog));

  await waitFor(() => expect(port.writeActuals).toHaveBeenCalledTimes(1));
  expect(port.writeActuals).toHaveBeenCalledWith(
    "表2008教育目标",
    expected.map((m) => ({ row: Number(m.rowKey), value: m.actual })),
  );
  expect(await screen.findByText(`已写入 ${expected.length} 项实际值`)).toBeTruthy();
  // The rows are read again, so the summary shows what was written.
  await waitFor(() => expect((port.readTemplateRows as jest.Mock).mock.calls.length).toBeGreaterThanOrEqual(2));
});

test("fill actuals from pasted text uses the extractor; unticked matches and a cancelled confirmation write nothing", async () => {
  const rows = sheetRows();
  const port = fakePort({ rows, templates: [TEMPLATE] });
  renderPane({ host: IN_EXCEL, port });
  await openCheck();
  await summaryTable();
  const fill = region("从总结填写实际值");
  const text = "2008年工作总结\n一、主要成绩\n全市适龄儿童少年入学率达到了99.5%，全市法定年龄学生流生率为0.3%，17周岁初中教育完成率达到了98.9%。";
  fireEvent.change(within(fill).getByLabelText("总结文本"), { target: { value: text } });
  await click(button("查找对应数字", fill));
  const list = await within(fill).findByLabelText(/^找到 \d+ 项对应$/);
  expect(list.textContent).toContain("适龄儿童少年入学率：99.5%（目标 ≥100%）");
  const boxes = within(list).getAllByRole("checkbox");
  expect(boxes.length).toBeGreaterThanOrEqual(2);
  await click(boxes[0]);
  const n = boxes.length - 1;
  // jsdom: Fluent's focus trap may mark the surface aria-hidden after a checkbox took focus (the
  // real dialog is exercised in the browser tests), so the dialog is found by its role attribute.
  await click(button(`写入 ${n} 项实际值`, fill));
  await click(button("取消", await dialogElement()));
  await waitFor(() => expect(document.querySelector("[role=dialog]")).toBeNull());
  expect(port.writeActuals).not.toHaveBeenCalled();
  await click(button(`写入 ${n} 项实际值`, fill));
  await click(button(`写入 ${n} 项实际值`, await dialogElement()));
  await waitFor(() => expect(port.writeActuals).toHaveBeenCalledTimes(1));
  const writes = (port.writeActuals as jest.Mock).mock.calls[0][1] as { row: number; value: number }[];
  expect(writes).toHaveLength(n);
  expect(writes.map((w) => rows[w.row].indicator)).not.toContain("适龄儿童少年入学率");
  expect(writes).toContainEqual({ row: rows.findIndex((r) => r.indicator === "17周岁初中教育完成率"), value: 0.989 });
});

test("text pasted to fill actuals is read as a report: figures with no word of their own fill 实际值, a 力争 target does not", async () => {
  const rows = sheetRows();
  const port = fakePort({ rows, templates: [TEMPLATE] });
  const { extractor } = renderPane({ host: IN_EXCEL, port });
  await openCheck();
  await summaryTable();
  const fill = region("从总结填写实际值");
  // no title says 总结: read alone, these bare figures would be a plan's
  const text = "全市适龄儿童少年入学率99.6%，法定年龄学生流生率0.4%，17周岁初中教育完成率98.7%。明年力争入学率达到100%。";
  fireEvent.change(within(fill).getByLabelText("总结文本"), { target: { value: text } });
  await click(button("查找对应数字", fill));
  const list = await within(fill).findByLabelText(/^找到 \d+ 项对应$/);
  expect((extractor as ReturnType<typeof syncExtractor>).options).toContainEqual({ genre: "actual" });
  expect(list.textContent).toContain("适龄儿童少年入学率：99.6%");
  expect(list.textContent).toContain("17周岁初中教育完成率：98.7%");
  expect(list.textContent).not.toContain("100%（");
});

test("a figure that matched no indicator can be assigned by hand, to a row whose 实际值 is still blank", async () => {
  const rows = sheetRows({ 0: "达标" });
  const port = fakePort({ rows, templates: [TEMPLATE] });
  renderPane({ host: IN_EXCEL, port });
  await openCheck();
  await summaryTable();
  const fill = region("从总结填写实际值");
  const text = "2008年工作总结\n全市适龄儿童少年入学率达到了99.5%，全市小学辍学率为0.12%。";
  fireEvent.change(within(fill).getByLabelText("总结文本"), { target: { value: text } });
  await click(button("查找对应数字", fill));
  const more = await within(fill).findByText(/另有 \d+ 个数字未对应到指标，可手动指定/);
  await click(more);
  const select = within(fill).getByLabelText("将“辍学率”填入的指标") as HTMLSelectElement;
  const options = Array.from(select.options).map((o) => o.value);
  // Row 0 already holds an actual: it is not offered, nor is a row the matcher filled.
  expect(options).not.toContain("0");
  const target = rows.find((r) => r.indicator === "法定年龄学生流生率" && r.scope === "全市")!;
  fireEvent.change(select, { target: { value: String(target.row) } });
  const matched = within(fill).queryAllByRole("checkbox").length;
  await click(button(`写入 ${matched + 1} 项实际值`, fill));
  await click(button(`写入 ${matched + 1} 项实际值`, await dialogElement()));
  await waitFor(() => expect(port.writeActuals).toHaveBeenCalledTimes(1));
  const writes = (port.writeActuals as jest.Mock).mock.calls[0][1] as { row: number; value: number }[];
  expect(writes).toContainEqual({ row: target.row, value: 0.0012 });
});
