/**
 * Accessibility of the built pane: axe-core on every tab, outside Excel and with the mock
 * Excel, must find no WCAG 2 A/AA violation; and a template can be inserted with the keyboard
 * alone (Tab to reach, Enter to press).
 */
import * as fs from "fs";
import type { Page } from "playwright-core";
import { buildFakeExcel, openPane, seedText, type OpenPane } from "./support";

jest.setTimeout(120000);

const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const TABS = ["模板", "从计划文本提取", "检查", "设置"];

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** axe-core's WCAG 2.0/2.1 A and AA rules over the whole page, as readable lines. */
async function violations(page: Page): Promise<Violation[]> {
  // Evaluated through the debugging protocol, so the pane's Content-Security-Policy does not apply.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

async function showTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
  await page.waitForFunction((n) => document.querySelector("[role=tab][aria-selected=true]")?.textContent?.includes(n), name);
  // Lazy tabs render after their chunk arrives; animations settle.
  await page.waitForTimeout(500);
}

async function pastePlan(page: Page): Promise<void> {
  await page.fill("textarea[data-field=plan-text]", seedText());
  await page.waitForSelector("tr[data-row]");
}

describe.each([
  ["outside Excel", {}],
  ["in Excel (mock)", { mock: true }],
])("%s: no WCAG 2 A/AA violation on any tab", (_, how) => {
  let pane: OpenPane;
  beforeAll(async () => {
    pane = (how as { mock?: boolean }).mock
      ? await openPane({ initScript: await buildFakeExcel(), officeBody: "/* office.js: replaced by the test's fake Excel */" })
      : await openPane();
    await pane.page.waitForSelector("article[data-template='seed-000']");
  }, 120000);
  afterAll(() => pane?.close());

  test.each(TABS)("%s", async (tab) => {
    await showTab(pane.page, tab);
    if (tab === "从计划文本提取") await pastePlan(pane.page);
    expect(await violations(pane.page)).toEqual([]);
  });
});

test("a template inserted with the keyboard alone: Tab to its button, Enter", async () => {
  const pane = await openPane({ initScript: await buildFakeExcel(), officeBody: "/* office.js: replaced by the test's fake Excel */" });
  try {
    const { page } = pane;
    await page.waitForFunction(() => !document.querySelector("[data-intent=info]") && !document.querySelector("button[aria-disabled=true].dabiao-btn-primary"));
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => /^插入：2008年教育局工作计划/.test(document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? ""));
    }
    expect(reached).toBe(true);
    // a loaded machine may still be settling the pane: Enter only once the focused button takes it
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-disabled") !== "true" && !document.querySelector("[data-intent=info]"));
    await page.keyboard.press("Enter");
    await page.locator(".fui-ToastTitle").filter({ hasText: /已插入工作表/ }).first().waitFor({ timeout: 60000 });
    const sheets = await page.evaluate(() => (window as unknown as { __dabiao: { sheets(): string[] } }).__dabiao.sheets());
    expect(sheets).toContain("2008教育目标");
  } finally {
    await pane.close();
  }
});
