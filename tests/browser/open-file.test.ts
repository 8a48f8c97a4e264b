/**
 * Plans opened as files in the built pane (outside Excel): a .docx dropped on the 从计划文本提取
 * tab fills the review grid with the same rows as its text, a PDF opened through 打开文件… too,
 * and bad files get a message that names them while the pane stays responsive.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import { extractTargets } from "../../src/core/extract";
import { toReviewRows } from "../../src/taskpane/extraction/rows";
import { gbkFontPdf } from "../plan-files/handmade-pdfs";
import { docxToPdf, TEXT_FIXTURE, textToDocx } from "../plan-files/make-files";
import { openPane, screenshotPath, type OpenPane } from "./support";

jest.setTimeout(120000);

let pane: OpenPane;
let page: Page;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dabiao-open-file-"));
const text = fs.readFileSync(TEXT_FIXTURE, "utf8");
let docx: Buffer;
let pdf: Buffer;

beforeAll(async () => {
  docx = await textToDocx(text, { header: "某县教育局文件", pageNumbers: true, breakBefore: /^[二三]、/ });
  fs.writeFileSync(path.join(dir, "计划.docx"), docx);
  pdf = fs.readFileSync(docxToPdf([path.join(dir, "计划.docx")], dir)[0]);
  pane = await openPane();
  page = pane.page;
  await page.getByRole("tab", { name: "从计划文本提取" }).click();
  await page.waitForSelector("[data-field=extract-drop]");
}, 180000);

afterAll(async () => {
  await pane?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The grid as (indicator, target) pairs, in order. */
function grid(p: Page): Promise<string[]> {
  return p.$$eval("tr[data-row]", (trs) =>
    trs.map((tr) => `${(tr.querySelector("input[data-field=indicator]") as HTMLInputElement).value}|${(tr.querySelector("input[data-field=target]") as HTMLInputElement).value}`),
  );
}

const expected = toReviewRows(extractTargets(text.trimEnd())).map((r) => `${r.indicator}|${r.targetText}`);

/** Drops a file on the tab the way a browser does: dragover, then drop, with the file in a DataTransfer. */
async function drop(p: Page, name: string, bytes: Buffer): Promise<void> {
  const dt = await p.evaluateHandle(
    ([b64, n]) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], n));
      return transfer;
    },
    [bytes.toString("base64"), name] as const,
  );
  await p.dispatchEvent("[data-field=extract-drop]", "dragover", { dataTransfer: dt });
  await p.dispatchEvent("[data-field=extract-drop]", "drop", { dataTransfer: dt });
}

async function waitForRows(p: Page, n: number): Promise<number> {
  const started = Date.now();
  await p.waitForFunction((count) => document.querySelectorAll("tr[data-row]").length === count, n, { timeout: 15000 });
  return Date.now() - started;
}

test("a .docx dropped on the tab: its text in the box and the same rows as the text, table rows included", async () => {
  await drop(page, "计划.docx", docx);
  const ms = await waitForRows(page, expected.length);
  expect(await grid(page)).toEqual(expected);
  expect(await page.inputValue("textarea[data-field=plan-text]")).toBe(text.trimEnd());
  await expect(page.locator("[data-field=file-read]").innerText()).resolves.toContain("已读取“计划.docx”");
  console.log(`.docx dropped: ${expected.length} rows ${ms} ms after the drop`);
  await page.screenshot({ path: screenshotPath("20-docx-dropped.png") });
});

test("a PDF through 打开文件…: the same rows, and the page count", async () => {
  await page.getByRole("button", { name: "清空" }).click();
  await page.setInputFiles("input[data-field=plan-file]", { name: "计划.pdf", mimeType: "application/pdf", buffer: pdf });
  await waitForRows(page, expected.length);
  expect(await grid(page)).toEqual(expected);
  await expect(page.locator("[data-field=file-read]").innerText()).resolves.toContain("（3 页）");
});

test("a PDF in a non-embedded Chinese font: the worker fetches pdf.js's character maps from the add-in's own folder", async () => {
  await page.setInputFiles("input[data-field=plan-file]", { name: "宋体.pdf", mimeType: "application/pdf", buffer: gbkFontPdf() });
  await waitForRows(page, 2);
  expect(await grid(page)).toEqual(["新建幼儿园数|6所", "入学率|≥100%"]);
});

test.each([
  ["a .docx renamed from a .png", "图片.docx", () => Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), /“图片\.docx”的扩展名表明它是Word 文档 \(\.docx\)，但内容是 PNG 图片/],
  ["a 0-byte file", "空.txt", () => Buffer.alloc(0), /“空\.txt”是空的/],
  ["a legacy .doc", "旧.doc", () => Buffer.from("d0cf11e0a1b11ae1", "hex"), /另存为”→“Word 文档 \(\.docx\)/],
  ["a corrupt .docx", "坏.docx", () => docx.subarray(0, 2000), /“坏\.docx”已损坏/],
])("%s: a message naming the file", async (_, name, make, message) => {
  await drop(page, name, make());
  const alert = page.locator("[data-field=file-error]");
  await alert.waitFor({ timeout: 15000 });
  expect(await alert.innerText()).toMatch(message);
});

test("a 50 MB file is refused at once, and the pane stays responsive", async () => {
  const big = path.join(dir, "大.pdf");
  fs.writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x25));
  const started = Date.now();
  await page.setInputFiles("input[data-field=plan-file]", big);
  await page.locator("[data-field=file-error]").filter({ hasText: "超过了 30 MB 的上限" }).waitFor({ timeout: 15000 });
  // Typing still works straight after.
  await page.fill("textarea[data-field=plan-text]", "新建幼儿园6所。");
  await waitForRows(page, 1);
  console.log(`50 MB file refused and a paste extracted ${Date.now() - started} ms after choosing it`);
  expect(pane.pageErrors).toEqual([]);
});
