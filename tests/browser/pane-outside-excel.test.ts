/**
 * The built pane in headless Chromium, as in a plain browser: office.js (served locally)
 * reports no host. The pane must still render, extract and review; workbook actions are off.
 */
import type { Page } from "playwright-core";
import { longPlan, openPane, outsideRequests, screenshotPath, seedText, type OpenPane } from "./support";

jest.setTimeout(60000);

let pane: OpenPane;
let page: Page;

interface GridRow {
  n: number;
  included: boolean;
  scope: string;
  indicator: string;
  target: string;
}

/** The review grid as data: one entry per extracted row. */
function readGrid(p: Page): Promise<GridRow[]> {
  return p.$$eval("tr[data-row]", (trs) =>
    trs.map((tr) => ({
      n: Number(tr.getAttribute("data-row")),
      included: (tr.querySelector("input[type=checkbox]") as HTMLInputElement).checked,
      scope: (tr.children[1] as HTMLElement).innerText.split("\n")[0].trim(),
      indicator: (tr.querySelector("input[data-field=indicator]") as HTMLInputElement).value,
      target: (tr.querySelector("input[data-field=target]") as HTMLInputElement).value,
    })),
  );
}

function row(rows: GridRow[], indicator: string, scope: string): GridRow {
  const found = rows.filter((r) => r.indicator === indicator && r.scope === scope);
  if (found.length !== 1) throw new Error(`${found.length} rows for ${scope}·${indicator}: ${JSON.stringify(rows.map((r) => r.scope + "·" + r.indicator))}`);
  return found[0];
}

/** Puts text into the plan box the way a paste does (one input event), timing until the status names its length. */
function pasteAndTime(p: Page, text: string): Promise<number> {
  return p.evaluate((t) => {
    const box = document.querySelector("textarea[data-field=plan-text]") as HTMLTextAreaElement;
    const status = document.querySelector("[data-field=extract-status]") as HTMLElement;
    const marker = t.length.toLocaleString("zh-CN");
    return new Promise<number>((resolve, reject) => {
      const started = performance.now();
      const done = () => {
        if (!status.textContent?.includes(marker) || !document.querySelector("tr[data-row]")) return false;
        observer.disconnect();
        // One frame later the rows are painted.
        requestAnimationFrame(() => {
          const total = performance.now() - started;
          console.log(`extraction ${status.getAttribute("data-extract-ms")} ms of ${total.toFixed(0)} ms`);
          resolve(total);
        });
        return true;
      };
      const observer = new MutationObserver(done);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      setTimeout(() => reject(new Error("no rows after 5 s")), 5000);
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set;
      setter?.call(box, t);
      box.dispatchEvent(new Event("input", { bubbles: true }));
    });
  }, text);
}

beforeAll(async () => {
  pane = await openPane();
  page = pane.page;
  page.on("console", (m) => m.text().startsWith("extraction ") && console.log(m.text()));
});

afterAll(() => pane?.close());

test("the pane renders outside Excel, in Chinese, with workbook actions off and a clear note", async () => {
  await page.waitForSelector("article[data-template='seed-000']");
  expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
  await expect(page.locator("[role=status][data-intent=info]").innerText()).resolves.toContain("未在 Excel 中运行");
  const insert = page.getByRole("button", { name: /^插入：2008年教育局工作计划/ });
  expect(await insert.getAttribute("aria-disabled")).toBe("true");
  // The card shows the document, the year and the number of indicators.
  const card = await page.locator("article[data-template='seed-000']").innerText();
  expect(card).toMatch(/2008年教育局工作计划/);
  expect(card).toMatch(/2008 年/);
  expect(card).toMatch(/43 项指标/);
  await page.screenshot({ path: screenshotPath("01-templates-outside-excel.png"), fullPage: true });
});

test("pasting seed 000 lists its targets with the right values", async () => {
  await page.getByRole("tab", { name: "从计划文本提取" }).click();
  await page.waitForSelector("textarea[data-field=plan-text]");
  const ms = await pasteAndTime(page, seedText());
  const rows = await readGrid(page);
  expect(rows.length).toBeGreaterThanOrEqual(40);
  expect(row(rows, "适龄儿童少年入学率", "全市").target).toBe("≥100%");
  expect(row(rows, "17周岁初中教育完成率", "全市").target).toBe("≥99.2%");
  expect(row(rows, "三类残童入学率", "全市").target).toBe("≥96.4%");
  expect(row(rows, "法定年龄学生流生率", "全市").target).toBe("≤0.5%");
  expect(rows.every((r) => r.target !== "")).toBe(true);
  console.log(`seed 000 (${seedText().length} characters): ${rows.length} rows in ${ms.toFixed(0)} ms`);
  await page.screenshot({ path: screenshotPath("02-extract-seed-000.png"), fullPage: false });
});

test("a row can be unticked, renamed and retargeted, and a bad target is named", async () => {
  const before = await readGrid(page);
  const n = row(before, "三类残童入学率", "全市").n;
  const tr = page.locator(`tr[data-row="${n}"]`);
  await tr.locator("input[data-field=target]").fill("≥97%");
  await tr.locator("input[data-field=indicator]").fill("三类残疾儿童入学率");
  await tr.getByRole("checkbox").uncheck();
  await tr.getByRole("button", { name: /原文/ }).click();
  await expect(page.locator(`#quote-${n}`).innerText()).resolves.toContain("三类残童入学率达到96.4%以上");

  const after = await readGrid(page);
  expect(after.find((r) => r.n === n)).toMatchObject({ indicator: "三类残疾儿童入学率", target: "≥97%", included: false });
  await page.getByText(`已选 ${before.filter((r) => r.included).length - 1} / ${before.length} 项`).waitFor();

  // An unreadable target is flagged on its row and blocks insertion until fixed.
  const other = page.locator(`tr[data-row="${row(after, "适龄儿童少年入学率", "全市").n}"]`);
  await other.locator("input[data-field=target]").fill("达到很高");
  expect(await other.locator("input[data-field=target]").getAttribute("aria-invalid")).toBe("true");
  await page.getByText("有 1 项目标无法读取，请修改或取消勾选").waitFor();
  await page.locator(`tr[data-row="${n}"]`).scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath("03-extract-edited.png") });
  await other.locator("input[data-field=target]").fill("≥100%");
  await page.getByText("有 1 项目标无法读取，请修改或取消勾选").waitFor({ state: "detached" });
});

// How long it takes is printed here and measured by `npm run bench` (scripts/bench/taskpane.js), not
// asserted: a wall-clock bound fails by chance on a loaded machine.
test("a 30,000-character plan shows its rows, each time it is pasted", async () => {
  const plan = longPlan(30000);
  expect(plan.length).toBe(30000);
  // A fresh pane: open the screen, then paste a second later, as a person would.
  await page.reload();
  await page.getByRole("tab", { name: "从计划文本提取" }).click();
  await page.waitForSelector("textarea[data-field=plan-text]");
  await page.waitForTimeout(1000);
  const cold = await pasteAndTime(page, plan);
  const rows = (await readGrid(page)).length;
  await pasteAndTime(page, seedText());
  const warm = await pasteAndTime(page, plan);
  // The worker alone, without the pane: what extraction itself costs in this browser.
  const alone = await page.evaluate((t) => {
    const worker = new Worker("dabiao-extract.js", { name: "timing" });
    const once = (id: number) =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        worker.onmessage = () => resolve(performance.now() - started);
        worker.postMessage({ id, text: t });
      });
    return (async () => {
      const out: number[] = [];
      for (let i = 0; i < 4; i++) out.push(Math.round(await once(i)));
      worker.terminate();
      return out;
    })();
  }, plan);
  console.log(
    `30,000-character plan: ${rows} rows shown in ${cold.toFixed(0)} ms (first paste), ${warm.toFixed(0)} ms (again); ` +
      `extraction alone in a worker: ${alone.join(" / ")} ms`,
  );
  expect(rows).toBeGreaterThanOrEqual(120);
  expect((await readGrid(page)).length).toBe(rows);
});

test("the check and settings screens render; switching to English relabels the pane", async () => {
  await page.getByRole("tab", { name: "检查" }).click();
  await page.getByRole("heading", { name: "检查所选区域" }).waitFor();
  expect(await page.getByRole("button", { name: "标记所选实际值" }).getAttribute("aria-disabled")).toBe("true");
  await page.getByRole("tab", { name: "检查" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath("04-check-outside-excel.png"), fullPage: true });

  await page.getByRole("tab", { name: "设置" }).click();
  await page.getByRole("heading", { name: "设置" }).waitFor();
  await page.screenshot({ path: screenshotPath("05-settings.png"), fullPage: true });
  await page.getByRole("radio", { name: "English" }).check();
  await page.getByRole("tab", { name: "From plan text" }).waitFor();
  expect(await page.getByRole("tab").allInnerTexts()).toEqual(["Templates", "From plan text", "Balance", "Check", "Settings"]);
  expect(await page.getAttribute("html", "lang")).toBe("en-US");
  await page.getByRole("tab", { name: "From plan text" }).click();
  await page.getByRole("table", { name: "Extracted targets" }).waitFor();
  await page.screenshot({ path: screenshotPath("06-extract-english.png") });

  // The choice is kept: a reload comes back in English.
  await page.reload();
  await page.getByRole("tab", { name: "Templates" }).waitFor();
  await page.getByRole("tab", { name: "Settings" }).click();
  await page.getByRole("radio", { name: "中文（简体）" }).check();
  await page.getByRole("tab", { name: "模板" }).waitFor();
});

test("the Balance tab loads its own chunk; outside Excel its insertion is off and says why", async () => {
  await page.getByRole("tab", { name: "均衡" }).click();
  await page.getByRole("heading", { name: "县域义务教育均衡（按校计算）" }).waitFor();
  expect(await page.getByRole("button", { name: "插入均衡工作表" }).isDisabled()).toBe(true);
  expect(await page.getByRole("button", { name: "用所选区域的学校数据" }).isDisabled()).toBe(true);
  expect(await page.getByText("需要在 Excel 中打开").count()).toBeGreaterThan(0);
  await page.screenshot({ path: screenshotPath("07-balance-outside-excel.png"), fullPage: true });
});

test("no request left localhost and the page threw nothing", () => {
  expect(outsideRequests(pane.network)).toEqual([]);
  expect(pane.network.blocked).toEqual([]);
  // The pane's own files did come from the local server.
  expect(pane.network.requests.some((u) => /localhost:\d+\/taskpane\.js$/.test(u))).toBe(true);
  expect(pane.pageErrors).toEqual([]);
});
