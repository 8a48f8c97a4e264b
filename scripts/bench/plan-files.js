#!/usr/bin/env node
/* global document, DataTransfer, DragEvent, requestAnimationFrame -- the drop runs in the page */
/**
 * Plans opened as files: a 100-page .docx and a 50-page text PDF, built from the test fixture
 * (prose and a table per page; tests/plan-files/make-files.js), read and extracted
 *   - by the command line's path (src/plan-files + extraction, compiled in lib/), and
 *   - in the built pane (dist/, from npm run build): dropped on 从计划文本提取 until the rows show.
 * Prints figures only; asserts nothing. Budgets: .docx rows in under 2 s, PDF rows in under 3 s.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { since, fmt, kb, serve } = require("./measure.js");
const { TEXT_FIXTURE, textToDocx, docxToPdf } = require("../../tests/plan-files/make-files.js");

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");

/** The fixture `pages` times, each copy starting a new page (its first heading breaks the page). */
function manyPages(pages) {
  const one = fs.readFileSync(TEXT_FIXTURE, "utf8").trimEnd();
  return Array.from({ length: pages }, (_, i) => one.replace(/^一、/m, `一、（第${i + 1}部分）`)).join("\n");
}

async function cli(name, bytes) {
  const { readPlanFile } = require(path.join(ROOT, "lib/plan-files"));
  const { extractTargets } = require(path.join(ROOT, "lib/core/extract"));
  const t0 = performance.now();
  const doc = await readPlanFile(name, new Uint8Array(bytes));
  const read = since(t0);
  const items = extractTargets(doc.text);
  // The pane shows one row per indicator: a base-year figure rides on its target's row.
  const { pairBaseYears } = require(path.join(ROOT, "lib/core/template/from-figures"));
  return { read, total: since(t0), items: items.length, rows: pairBaseYears(items).length, pages: doc.linePages ? doc.linePages[doc.linePages.length - 1] : null };
}

/** Milliseconds from the drop until the text is in the box, the grid shows its first rows, and all `expected` rows, in a fresh page (the first file of its kind loads its reader). */
async function pane(browser, origin, name, bytes, expected) {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: "zh-CN" });
  // office.js is not needed to read a file: outside Excel the pane still extracts.
  await context.route("**/*", (route) => (route.request().url().startsWith(origin) ? route.continue() : route.fulfill({ body: "", contentType: "text/javascript" })));
  const page = await context.newPage();
  await page.goto(`${origin}/taskpane.html`);
  await page.getByRole("tab", { name: "从计划文本提取" }).click();
  await page.waitForSelector("[data-field=extract-drop]");
  const ms = await page.evaluate(
    ([b64, n, total]) =>
      new Promise((resolve, reject) => {
        const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([data], n));
        const target = document.querySelector("[data-field=extract-drop]");
        const t0 = performance.now();
        let textAt = 0;
        let firstAt = 0;
        const timer = setInterval(() => {
          if (!textAt && document.querySelector("textarea").value.length > 0) textAt = performance.now() - t0;
          if (document.querySelector("[data-field=file-error]")) reject(new Error(document.querySelector("[data-field=file-error]").textContent));
          if (!firstAt && document.querySelector("[data-field=file-read]") && document.querySelector("tr[data-row]")) firstAt = performance.now() - t0;
          if (firstAt && document.querySelectorAll("tr[data-row]").length >= total) {
            clearInterval(timer);
            // One frame later the rows are painted.
            requestAnimationFrame(() => resolve([firstAt, textAt, performance.now() - t0]));
          }
        }, 5);
        // A wait that never ends is no figure: after 60 s, say what the grid showed.
        setTimeout(() => {
          clearInterval(timer);
          reject(new Error(`${n}: ${document.querySelectorAll("tr[data-row]").length} of ${total} rows after 60 s`));
        }, 60000);
        target.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
        target.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }),
    [bytes.toString("base64"), name, expected],
  );
  const rows = await page.$$eval("tr[data-row]", (trs) => trs.length);
  await context.close();
  return { ms: ms[0], text: ms[1], all: ms[2], rows };
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dabiao-bench-files-"));
  try {
    console.log("building a 100-page .docx and a 50-page PDF (LibreOffice Writer) from the test fixture…");
    const docx = await textToDocx(manyPages(100), { header: "某县教育局文件", pageNumbers: true, breakBefore: /^一、/ });
    const docxFile = path.join(tmp, "plan-100.docx");
    fs.writeFileSync(docxFile, docx);
    const half = path.join(tmp, "plan-50.docx");
    fs.writeFileSync(half, await textToDocx(manyPages(50), { header: "某县教育局文件", pageNumbers: true, breakBefore: /^一、/ }));
    const pdf = fs.readFileSync(docxToPdf([half], tmp)[0]);
    const files = [
      ["plan-100.docx", docx, "100-page .docx", 2000],
      ["plan-50.pdf", pdf, "50-page text PDF", 3000],
    ];

    console.log("\ncommand-line path (lib/: read the file, then extract), first run in this process");
    const counts = {};
    for (const [name, bytes, label] of files) {
      const r = await cli(name, bytes);
      counts[name] = r.rows;
      console.log(`  ${label.padEnd(18)} ${kb(bytes.length, 0, 6)} KB  read ${fmt(r.read, 0, 6)} ms  + extract = ${fmt(r.total, 0, 6)} ms  ${r.items} items, ${r.rows} rows${r.pages ? `, ${r.pages} pages` : ""}`);
    }

    if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
      console.log("\nthe pane: dist/ is missing; run npm run build for these figures");
      return;
    }
    const { chromium } = require("playwright-core");
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const server = await serve(DIST);
    const origin = `http://127.0.0.1:${server.address().port}`;
    try {
      console.log(`\nthe pane (dist/, ${fs.existsSync(path.join(DIST, "taskpane.js.map")) ? "development" : "production"} build): drop → rows shown in the grid, fresh page each time`);
      for (const [name, bytes, label, budget] of files) {
        const runs = [];
        for (let i = 0; i < 3; i++) runs.push(await pane(browser, origin, name, bytes, counts[name]));
        const med = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[1];
        console.log(`  ${label.padEnd(18)} rows shown ${fmt(med("ms"), 0, 6)} ms   budget ${budget} ms   (text read ${fmt(med("text"), 0, 0)} ms; all ${runs[0].rows} rows drawn ${fmt(med("all"), 0, 0)} ms; medians of 3)`);
      }
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
