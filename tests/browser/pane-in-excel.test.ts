/**
 * The built pane in headless Chromium with a fake Excel (tests/browser/fixtures/fake-excel.ts,
 * src/excel's FakeWorkbook on office-addin-mock) injected before it loads: the pane's real
 * src/excel code runs against it, and the test reads back what reached the workbook.
 */
import type { Page } from "playwright-core";
import { buildFakeExcel, openPane, outsideRequests, screenshotPath, seedText, type OpenPane } from "./support";

jest.setTimeout(60000);

let pane: OpenPane;
let page: Page;

interface Cell {
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
}

const cell = (sheet: string, a1: string) =>
  page.evaluate(([s, a]) => (window as unknown as { __dabiao: { cell(s: string, a: string): Cell | null } }).__dabiao.cell(s, a), [sheet, a1]);
const sheets = () => page.evaluate(() => (window as unknown as { __dabiao: { sheets(): string[] } }).__dabiao.sheets());

/** The data rows of a sheet's 指标 (C) and 目标 (E) columns, until the first blank. */
async function indicatorsAndTargets(sheet: string): Promise<{ indicator: string; target: string }[]> {
  const out: { indicator: string; target: string }[] = [];
  for (let r = 2; r < 500; r++) {
    const c = await cell(sheet, `C${r}`);
    if (!c || c.value === undefined || c.value === "") break;
    out.push({ indicator: String(c.value), target: String((await cell(sheet, `E${r}`))?.value) });
  }
  return out;
}

/** Waits for a toast whose title matches, and returns the title. */
async function toastTitle(pattern: RegExp): Promise<string> {
  const title = page.locator(".fui-ToastTitle").filter({ hasText: pattern }).first();
  await title.waitFor({ timeout: 10000 });
  return (await title.innerText()).trim();
}

beforeAll(async () => {
  // office.js would replace the mock's Office object: it is served empty here.
  pane = await openPane({ initScript: await buildFakeExcel(), officeBody: "/* office.js: replaced by the test's fake Excel */" });
  page = pane.page;
});

afterAll(() => pane?.close());

test("one click inserts a built-in template on a new sheet, and a toast names the sheet", async () => {
  const insert = page.getByRole("button", { name: /^插入：2008年教育局工作计划/ });
  // The workbook port loads after the first render; then the button is live.
  await page.waitForFunction(() => !document.querySelector("[data-intent=info]") && !document.querySelector("button[aria-disabled=true].dabiao-btn-primary"));
  await insert.click();
  const title = await toastTitle(/已插入工作表/);
  expect(title).toBe("已插入工作表“2008教育目标”");
  await page.waitForTimeout(400); // the toast's entrance animation
  await page.screenshot({ path: screenshotPath("07-inserted-in-excel.png") });

  expect(await sheets()).toContain("2008教育目标");
  const rows = await indicatorsAndTargets("2008教育目标");
  expect(rows).toHaveLength(43);
  expect(rows[0]).toEqual({ indicator: "适龄儿童少年入学率", target: "≥100%" });
  expect(rows).toContainEqual({ indicator: "法定年龄学生流生率", target: "≤0.5%" });
  // 状态 (L) is a live PLAN formula; the header row names the columns.
  expect((await cell("2008教育目标", "L2"))?.formula).toContain("PLAN.TARGET_STATUS(I2,E2,H2)");
  expect((await cell("2008教育目标", "I1"))?.value).toBe("实际值");
  const tables = await page.evaluate(() => (window as unknown as { __dabiao: { tables(): { name: string; sheet: string; address: string }[] } }).__dabiao.tables());
  expect(tables).toContainEqual(expect.objectContaining({ sheet: "2008教育目标", address: "A1:N44" }));
});

test("insert options: portable mode writes native formulas only, and a province's threshold replaces the template's", async () => {
  await page.getByRole("button", { name: /^插入选项：县域学前教育普及普惠/ }).click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  expect(await dialog.getByRole("radio", { name: /实时/ }).isChecked()).toBe(true);
  await dialog.getByRole("radio", { name: /便携/ }).check();
  const field = dialog.getByRole("textbox", { name: "县域·学前三年毛入园率 的目标" });
  await field.fill("尽量高");
  await dialog.getByText(/没有可读的目标数值/).first().waitFor();
  expect(await dialog.getByRole("button", { name: "按此插入" }).isDisabled()).toBe(true);
  await field.fill("≥90%");
  await dialog.getByText("已调整 1 项目标").waitFor();
  await page.screenshot({ path: screenshotPath("08-insert-options.png") });
  await dialog.getByRole("button", { name: "按此插入" }).click();

  const title = await toastTitle(/已插入工作表“学前/);
  const sheet = /“(.+)”/.exec(title)?.[1] as string;
  const rows = await indicatorsAndTargets(sheet);
  expect(rows).toContainEqual({ indicator: "学前三年毛入园率", target: "≥90%" });
  expect(rows).toContainEqual({ indicator: "公办园在园幼儿占比", target: "≥50%" });
  // 状态 is a native formula (WPS and Excel without the add-in compute it); the helpers are hidden.
  const status = (await cell(sheet, "L2"))?.formula ?? "";
  expect(status).toMatch(/^=/);
  expect(status).not.toContain("PLAN.");
  const hidden = await page.evaluate((s) => (window as unknown as { __dabiao: { hiddenColumns(s: string): number[] } }).__dabiao.hiddenColumns(s), sheet);
  expect(hidden.length).toBeGreaterThan(0);
  expect(Math.min(...hidden)).toBeGreaterThan(13); // after 来源 (N)
});

test("reviewed rows from a pasted plan are inserted as edited: unticked rows left out, a fixed target kept", async () => {
  await page.getByRole("tab", { name: "从计划文本提取" }).click();
  await page.locator("textarea[data-field=plan-text]").fill(seedText());
  await page.locator("tr[data-row]").first().waitFor();
  const rowOf = (indicator: string) => page.locator("tr[data-row]").filter({ has: page.locator(`input[data-field=indicator][value="${indicator}"]`) });
  await rowOf("普及教育年限").getByRole("checkbox").uncheck();
  await rowOf("三类残童入学率").locator("input[data-field=target]").fill("≥97%");
  await page.getByRole("button", { name: "插入所选目标" }).click();

  const title = await toastTitle(/已插入工作表“教育局工作计划/);
  const sheet = /“(.+)”/.exec(title)?.[1] as string;
  const rows = await indicatorsAndTargets(sheet);
  const shown = await page.locator("tr[data-row]").count();
  expect(rows).toHaveLength(shown - 1);
  expect(rows.map((r) => r.indicator)).not.toContain("普及教育年限");
  expect(rows).toContainEqual({ indicator: "三类残童入学率", target: "≥97%" });
  expect(rows).toContainEqual({ indicator: "适龄儿童少年入学率", target: "≥100%" });
});

test("check selection highlights the selected actuals against a typed target", async () => {
  await page.getByRole("tab", { name: "检查" }).click();
  await page.getByPlaceholder("如 ≥99.2%、≤0.5%、3~5所").fill("达到98%以上");
  await page.getByText("识别为：≥98%").waitFor();
  await page.getByRole("button", { name: "标记所选实际值" }).click();
  await page.getByText("已标记 Sheet1!B2:B5：达标绿色、接近黄色、未达标红色").waitFor();

  const formats = await page.evaluate(() =>
    (window as unknown as { __dabiao: { conditionalFormats(s: string): { address: string; formula?: string; fill?: string }[] } }).__dabiao.conditionalFormats("Sheet1"),
  );
  expect(formats).toHaveLength(3);
  for (const f of formats) expect(f.address).toMatch(/B2:B5$/);
  // The three rules (missed, at risk, met) compare the selection with 0.98, Excel's 98%.
  expect(formats.every((f) => /0\.98\b/.test(f.formula ?? ""))).toBe(true);
  expect(formats.map((f) => f.fill).sort()).toEqual(["#C6EFCE", "#FFC7CE", "#FFEB9C"]);

  // The summary lists the templates this workbook remembers, newest first.
  const options = await page.locator("select option").allInnerTexts();
  expect(options[0]).toMatch(/^教育局工作计划/);
  expect(options.some((o) => o.startsWith("2008年教育局工作计划"))).toBe(true);
  expect(options.some((o) => o.startsWith("县域学前教育普及普惠督导评估"))).toBe(true);
  await page.screenshot({ path: screenshotPath("09-check-in-excel.png"), fullPage: true });
});

/** The mock's window.__dabiao, typed for page.evaluate. */
type Mock = {
  put(sheet: string, cells: Record<string, unknown>): void;
  setResults(sheet: string, results: Record<string, unknown>): void;
  select(address: string): void;
  selection(): { address: string; sheet: string };
  charts(): { sheet: string; type: string; source: string; title: string }[];
  tables(): { name: string; sheet: string; address: string }[];
  hiddenColumns(sheet: string): number[];
  cell(sheet: string, a1: string): Cell | null;
};
/** Calls one of the mock's methods in the page (arguments and result travel as JSON). */
const call = <K extends keyof Mock>(name: K, ...args: Parameters<Mock[K]>) =>
  page.evaluate(
    ([n, a]) => ((window as unknown as { __dabiao: Record<string, (...x: unknown[]) => unknown> }).__dabiao[n] as (...x: unknown[]) => unknown)(...a),
    [name, args] as [string, unknown[]],
  ) as Promise<ReturnType<Mock[K]>>;

test("summary of a template by section: a miss selects its cell, and a native chart goes on a new sheet", async () => {
  // The mock does not calculate: say what 状态 (L) would show for three rows; the rest are pending.
  await call("put", "2008教育目标", { I2: 0.9, I3: 0.99, I4: 0.985 });
  const results: Record<string, string> = { L2: "未达标", L3: "达标", L4: "接近" };
  for (let r = 5; r <= 44; r++) results[`L${r}`] = "待填报";
  await call("setResults", "2008教育目标", results);
  await page.getByRole("tab", { name: "检查" }).click();
  const select = page.locator("select");
  const value = await select.locator("option", { hasText: /^2008年教育局工作计划/ }).getAttribute("value");
  await select.selectOption(value as string);
  const summary = page.getByRole("table", { name: "各领域达标情况" });
  const total = summary.getByRole("row").filter({ hasText: "合计" });
  await total.waitFor();
  expect((await total.getByRole("cell").allInnerTexts()).slice(1)).toEqual(["1", "1", "1", "40"]);

  const miss = page.getByRole("button", { name: "全市·适龄儿童少年入学率：实际 90%，目标 ≥100%" });
  await miss.click();
  await page.waitForFunction(() => (window as unknown as { __dabiao: Mock }).__dabiao.selection().address === "'2008教育目标'!I2");
  expect(await call("selection")).toEqual({ address: "'2008教育目标'!I2", sheet: "2008教育目标" });

  await page.getByRole("button", { name: "在工作表中添加图表" }).click();
  await page.getByText("已在工作表“达标情况图”中添加图表").waitFor();
  const charts = await call("charts");
  expect(charts).toEqual([{ sheet: "达标情况图", type: "BarStacked", source: expect.stringMatching(/^A1:E\d+$/), title: "2008年教育局工作计划·工作目标：各领域达标情况" }]);
  expect((await cell("达标情况图", "A1"))?.value).toBe("领域");
  await page.screenshot({ path: screenshotPath("11-summary-in-excel.png"), fullPage: true });
});

test("actuals from the built-in year-end summary are written after confirmation, into empty cells only", async () => {
  await page.getByRole("radio", { name: "内置样本（年终总结）" }).check();
  await page.getByRole("button", { name: "查找对应数字" }).click();
  const found = await page.getByText(/^找到 \d+ 项对应/).first().innerText();
  const n = Number(/找到 (\d+) 项/.exec(found)?.[1]);
  expect(n).toBeGreaterThan(0);
  const column = async () => Promise.all(Array.from({ length: 43 }, async (_, i) => (await cell("2008教育目标", `I${i + 2}`))?.value ?? null));
  const before = await column();
  await page.getByRole("button", { name: `写入 ${n} 项实际值` }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByText(/已有数字的单元格不会被覆盖/).waitFor();
  await dialog.getByRole("button", { name: `写入 ${n} 项实际值` }).click();
  await toastTitle(new RegExp(`已写入 ${n} 项实际值`));
  const after = await column();
  // Figures typed before stay; exactly n empty cells now hold numbers.
  before.forEach((v, i) => v !== null && expect(after[i]).toBe(v));
  expect(after.filter((v, i) => before[i] === null && typeof v === "number")).toHaveLength(n);
});

test("plan text is read from the selected cells into the review grid", async () => {
  await call("put", "Sheet1", { D10: "一、工作目标", D11: "全市适龄儿童少年入学率达到100%", D12: "初中学生年辍学率控制在0.5%以内" });
  await call("select", "Sheet1!D10:D12");
  await page.getByRole("tab", { name: "从计划文本提取" }).click();
  await page.getByRole("button", { name: "读取所选单元格" }).click();
  await page.waitForFunction(() => (document.querySelector("textarea[data-field=plan-text]") as HTMLTextAreaElement)?.value.startsWith("一、工作目标"));
  expect(await page.locator("textarea[data-field=plan-text]").inputValue()).toBe("一、工作目标\n全市适龄儿童少年入学率达到100%\n初中学生年辍学率控制在0.5%以内");
  const targets = page.locator("tr[data-row] input[data-field=target]");
  await page.waitForFunction(() => document.querySelectorAll("tr[data-row]").length === 2);
  expect(await targets.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(["≥100%", "≤0.5%"]);
});

test("an edited target in a portable table: the pane offers a refresh when it regains focus, and the refresh rewrites the helpers", async () => {
  const table = (await call("tables")).find((t) => t.sheet.startsWith("学前")) as { sheet: string };
  await call("put", table.sheet, { E2: "≥95%" });
  await page.evaluate(() => window.dispatchEvent(new Event("focus")));
  const offer = page.getByText(`工作表“${table.sheet}”中有 1 项目标已被修改`, { exact: false });
  await offer.waitFor();
  await page.screenshot({ path: screenshotPath("12-stale-helpers.png") });
  await page.getByRole("button", { name: "刷新辅助列" }).click();
  await toastTitle(/已刷新工作表/);
  await offer.waitFor({ state: "detached" });
  // The first hidden column is 辅助·目标; with 辅助·比较 and the bounds after it.
  const first = Math.min(...(await call("hiddenColumns", table.sheet)));
  const letter = (c: number) => String.fromCharCode(65 + c);
  const helper = await Promise.all([0, 1, 2].map((k) => cell(table.sheet, `${letter(first + k)}2`)));
  expect(helper.map((h) => h?.value)).toEqual(["≥95%", ">=", 0.95]);
});

test("a protected sheet gives a readable message, never a stack trace", async () => {
  await page.evaluate(() =>
    (window as unknown as { __dabiao: { reset(o: object): void } }).__dabiao.reset({ failOnSync: { sync: 1, code: "AccessDenied", message: "AccessDenied" } }),
  );
  await page.getByRole("tab", { name: "模板" }).click();
  await page.getByRole("button", { name: /^插入：县域义务教育优质均衡/ }).click();
  const alert = page.getByRole("alert");
  await alert.waitFor();
  const text = await alert.innerText();
  expect(text).toContain("插入失败");
  expect(text).toContain("受保护");
  expect(text).not.toMatch(/\bat \w|Error:|undefined/);
  await page.screenshot({ path: screenshotPath("10-error-protected.png") });
});

test("no request left localhost and the page threw nothing", () => {
  expect(outsideRequests(pane.network)).toEqual([]);
  expect(pane.network.blocked).toEqual([]);
  expect(pane.pageErrors).toEqual([]);
});
