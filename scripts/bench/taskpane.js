#!/usr/bin/env node
/* global document, MutationObserver, requestAnimationFrame, HTMLTextAreaElement -- the probes run in the page */
/**
 * Task-pane budgets: JavaScript size (gzip) and time to first render, each against a bare
 * React + Fluent v9 hello-world (scripts/bench/hello/) built by the same webpack config, and the
 * time from pasting a 30,000-character plan until its rows show (aim: under 300 ms).
 * Prints figures only; asserts nothing. Budget: pane JavaScript at most 1.3× the hello-world.
 *
 *   node scripts/bench/taskpane.js            build both into a temporary folder, measure
 *   RUNS=21 node scripts/bench/taskpane.js    more page loads per median (default 11)
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { kb, serve } = require("./measure.js");

const ROOT = path.resolve(__dirname, "../..");
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const RUNS = Number(process.env.RUNS || 11);

const gzip = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** Runs the project's webpack config, optionally reshaped, into `out`; returns the stats as JSON. */
async function build(out, reshape) {
  const webpack = require("webpack");
  const base = await require(path.join(ROOT, "webpack.config.js"))({}, { mode: "production" });
  const config = reshape ? reshape(base) : base;
  config.output = { ...config.output, path: out, clean: true };
  const stats = await new Promise((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((err, s) => compiler.close(() => (err ? reject(err) : resolve(s))));
  });
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return stats.toJson({ all: false, assets: true, chunkGroups: true, entrypoints: true });
}

/** The hello-world: same loaders, resolution and optimisation; its own entry and page only. */
function helloConfig(base) {
  const HtmlWebpackPlugin = require("html-webpack-plugin");
  return {
    ...base,
    entry: { hello: path.join(__dirname, "hello/index.js") },
    plugins: [new HtmlWebpackPlugin({ filename: "hello.html", template: path.join(__dirname, "hello/index.html") })],
  };
}

function jsOf(stats, group) {
  const g = stats.namedChunkGroups[group] || stats.entrypoints[group];
  return g ? g.assets.map((a) => (typeof a === "string" ? a : a.name)).filter((n) => n.endsWith(".js")) : [];
}

function sizeOf(dir, files) {
  return files.reduce((sum, f) => sum + gzip(path.join(dir, f)), 0);
}

/** A fresh browser context that serves the local pages and office.js (or an empty office.js) and blocks everything else. */
async function paneContext(browser, office = true) {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 } });
  await context.route("**/*", (route) => {
    const u = route.request().url();
    if (u.startsWith("http://localhost") || u.startsWith("http://127.0.0.1")) return route.continue();
    if (u.startsWith(OFFICE_CDN)) {
      if (!office) return route.fulfill({ body: "", contentType: "text/javascript" });
      const file = path.join(OFFICE_DIST, new URL(u).pathname.split("/hosted/")[1]);
      if (fs.existsSync(file)) return route.fulfill({ body: fs.readFileSync(file), contentType: "text/javascript" });
    }
    return route.abort();
  });
  return context;
}

/**
 * One fresh page load: milliseconds from navigation start until each selector is in the page.
 * office.js comes from node_modules, or is replaced by an empty script (`office: false`) to
 * see what it alone costs.
 */
async function load(browser, url, selectors, { office = true } = {}) {
  const context = await paneContext(browser, office);
  await context.addInitScript((sels) => {
    const times = (globalThis.__rendered = {});
    new MutationObserver((_, observer) => {
      for (const sel of sels) if (times[sel] === undefined && document.querySelector(sel)) times[sel] = performance.now();
      if (sels.every((sel) => times[sel] !== undefined)) observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  }, selectors);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((sels) => sels.every((sel) => globalThis.__rendered[sel] !== undefined), selectors, { timeout: 20000 });
  const times = await page.evaluate(() => globalThis.__rendered);
  await context.close();
  return selectors.map((sel) => times[sel]);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A plan of `chars` characters: the seed plans in turn (as tests/browser/support.ts builds it). */
function longPlan(chars) {
  const seeds = path.join(ROOT, "tests/fixtures/seeds");
  const parts = ["000_c2679106df810c71.txt", "003_35fdff4f42dcbf70.txt", "004_3c4377f0d1f4ce96.txt"].map((f) => fs.readFileSync(path.join(seeds, f), "utf8"));
  let text = "";
  for (let i = 0; text.length < chars; i++) text += parts[i % parts.length] + "\n";
  return text.slice(0, chars);
}

/**
 * Milliseconds from a paste (one input event) until the review grid shows the plan's rows, in a
 * fresh pane (the first paste) and again: the aim is under 300 ms for 30,000 characters.
 */
async function pasteTimes(browser, url, text) {
  const context = await paneContext(browser);
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole("tab", { name: "从计划文本提取" }).click();
  await page.waitForSelector("textarea[data-field=plan-text]");
  await page.waitForTimeout(1000); // a person pastes a moment after opening the screen
  const paste = (t) =>
    page.evaluate((t) => {
      const box = document.querySelector("textarea[data-field=plan-text]");
      const status = document.querySelector("[data-field=extract-status]");
      const marker = t.length.toLocaleString("zh-CN");
      return new Promise((resolve, reject) => {
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (!status.textContent?.includes(marker) || !document.querySelector("tr[data-row]")) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - started));
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        setTimeout(() => reject(new Error("no rows after 10 s")), 10000);
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value").set.call(box, t);
        box.dispatchEvent(new Event("input", { bubbles: true }));
      });
    }, t);
  const cold = await paste(text);
  await paste(text.slice(0, 7000));
  const warm = await paste(text);
  await context.close();
  return { cold, warm };
}

/** Loads taken in turn (hello, pane, pane without office.js), so that drift in the machine's load hits all alike. */
async function firstRenders(browser, helloUrl, paneUrl) {
  const hello = [];
  const shell = [];
  const gallery = [];
  const bare = [];
  for (let i = 0; i < RUNS; i++) {
    hello.push((await load(browser, helloUrl, ["#ready"]))[0]);
    const [s, g] = await load(browser, paneUrl, ["[role=tablist]", "article[data-template]"]);
    shell.push(s);
    gallery.push(g);
    bare.push((await load(browser, paneUrl, ["[role=tablist]"], { office: false }))[0]);
  }
  return { hello: median(hello), shell: median(shell), gallery: median(gallery), bare: median(bare) };
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dabiao-bench-"));
  const paneDir = path.join(tmp, "pane");
  const helloDir = path.join(tmp, "hello");
  try {
    console.log("building the pane and the hello-world with webpack.config.js (production)…");
    const pane = await build(paneDir);
    const hello = await build(helloDir, helloConfig);

    const helloJs = sizeOf(helloDir, jsOf(hello, "hello"));
    const entry = jsOf(pane, "taskpane");
    const paneJs = sizeOf(paneDir, entry);
    const functionsJs = sizeOf(paneDir, jsOf(pane, "functions"));
    const gallery = jsOf(pane, "templates").filter((f) => !entry.includes(f));
    const galleryJs = sizeOf(paneDir, gallery);
    const ratio = (x) => (x / helloJs).toFixed(2) + "×";

    console.log("\nJavaScript, gzip -9 (KB)");
    console.log(`  hello-world (React + FluentProvider, Text, Button)    ${kb(helloJs, 1, 0)}`);
    console.log(`  task pane, initial chunk (${entry.join(", ")})        ${kb(paneJs, 1, 0)}   ${ratio(paneJs)}   budget 1.30×`);
    console.log(`  + custom functions (functions.js, same page)          ${kb(paneJs + functionsJs, 1, 0)}   ${ratio(paneJs + functionsJs)}`);
    console.log(`  + gallery data (${gallery.join(", ")}), first screen complete   ${kb(paneJs + functionsJs + galleryJs, 1, 0)}   ${ratio(paneJs + functionsJs + galleryJs)}`);
    console.log("  loaded on demand:");
    for (const group of ["tab-extract", "tab-check", "tab-balance", "tab-settings", "insert-options", "toasts", "excel-port", "excel", "balance-plan", "template-plan", "extract", "plan-files", "word-reader", "word", "pdf-reader", "pdf", "pdf-parser"]) {
      const files = jsOf(pane, group).filter((f) => !entry.includes(f));
      if (files.length) console.log(`    ${group.padEnd(15)} ${kb(sizeOf(paneDir, files), 1, 6)}  (${files.join(", ")})`);
    }
    const worker = fs.readdirSync(paneDir).filter((f) => /^dabiao-extract.*\.js$/.test(f));
    if (worker.length) console.log(`    ${"worker".padEnd(15)} ${kb(sizeOf(paneDir, worker), 1, 6)}  (${worker.join(", ")}, plus its shared chunks)`);

    const { chromium } = require("playwright-core");
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const paneServer = await serve(paneDir);
    const helloServer = await serve(helloDir);
    try {
      const at = (s, page) => `http://localhost:${s.address().port}/${page}`;
      const t = await firstRenders(browser, at(helloServer, "hello.html"), at(paneServer, "taskpane.html"));
      const [helloMs, shellMs, galleryMs, bareShellMs] = [t.hello, t.shell, t.gallery, t.bare];
      console.log(`\nTime to first render, headless Chromium, median of ${RUNS} fresh loads (ms)`);
      console.log(`  hello-world button                 ${helloMs.toFixed(0)}`);
      console.log(`  pane shell (header and tabs)       ${shellMs.toFixed(0)}   ${(shellMs / helloMs).toFixed(2)}×   (includes office.js, served locally)`);
      console.log(`  pane gallery (first template card) ${galleryMs.toFixed(0)}   ${(galleryMs / helloMs).toFixed(2)}×`);
      console.log(`  pane shell, office.js left out     ${bareShellMs.toFixed(0)}   ${(bareShellMs / helloMs).toFixed(2)}×`);
      const plan = longPlan(30000);
      const pastes = [];
      for (let i = 0; i < 5; i++) pastes.push(await pasteTimes(browser, at(paneServer, "taskpane.html"), plan));
      console.log(`\nA 30,000-character plan pasted into the extract screen, median of ${pastes.length} fresh panes (ms; aim: under 300)`);
      console.log(`  first paste, until its rows show   ${median(pastes.map((x) => x.cold)).toFixed(0)}`);
      console.log(`  pasted again                       ${median(pastes.map((x) => x.warm)).toFixed(0)}`);
    } finally {
      await browser.close();
      paneServer.close();
      helloServer.close();
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
