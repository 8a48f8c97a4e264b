/**
 * Shared pieces of the browser tests: a static server for the built dist/, headless Chromium,
 * and a network guard that serves office.js locally and refuses every other outside request.
 */
import fs from "fs";
import http from "http";
import path from "path";
import type { AddressInfo } from "net";
import { chromium, type Browser, type BrowserContext, type Page, type Route } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const SCREENSHOTS = path.join(ROOT, "tests/output/screenshots");
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** Serves `root` on 127.0.0.1 at a free port; only files under it, GET only. */
export async function serveStatic(root: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
    if (req.method !== "GET" || !file.startsWith(root + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function requireBuild(): void {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error("dist/ is missing: run `npx webpack --mode production` (npm test builds first)");
  }
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface NetworkLog {
  /** Every URL the pages asked for, in order. */
  requests: string[];
  /** URLs outside localhost that were refused. */
  blocked: string[];
}

/**
 * Routes every request of the context: localhost passes; office.js and the files it loads
 * come from node_modules (or `officeBody` replaces office.js, for a mocked Office); anything
 * else is aborted and logged.
 */
export async function guardNetwork(context: BrowserContext, options: { officeBody?: string } = {}): Promise<NetworkLog> {
  const log: NetworkLog = { requests: [], blocked: [] };
  await context.route("**/*", async (route: Route) => {
    const url = route.request().url();
    log.requests.push(url);
    const u = new URL(url);
    if (u.hostname === "localhost" || u.hostname === "127.0.0.1") return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const name = decodeURIComponent(u.pathname.slice(new URL(OFFICE_CDN).pathname.length));
      if (options.officeBody !== undefined && name === "office.js") {
        return route.fulfill({ status: 200, contentType: "text/javascript", body: options.officeBody });
      }
      const file = path.normalize(path.join(OFFICE_DIST, name));
      if (file.startsWith(OFFICE_DIST + path.sep) && fs.existsSync(file)) {
        return route.fulfill({ status: 200, contentType: TYPES[path.extname(file)] ?? "text/plain", body: fs.readFileSync(file) });
      }
    }
    log.blocked.push(url);
    return route.abort("blockedbyclient");
  });
  return log;
}

/** Requests that would have left this machine: anything but localhost and Office's own script host. */
export function outsideRequests(log: NetworkLog): string[] {
  return log.requests.filter((url) => {
    const u = new URL(url);
    return !(u.hostname === "localhost" || u.hostname === "127.0.0.1" || url.startsWith(OFFICE_CDN) || u.protocol === "data:");
  });
}

/** A 30,000-character plan: the three seed plans full of targets (000, 003, 004) in turn, cut to length. */
export function longPlan(chars = 30000): string {
  const parts = ["000_c2679106df810c71.txt", "003_35fdff4f42dcbf70.txt", "004_3c4377f0d1f4ce96.txt"].map((f) => seedText(f));
  let text = "";
  for (let i = 0; text.length < chars; i++) text += parts[i % parts.length] + "\n";
  return text.slice(0, chars);
}

export function seedText(name = "000_c2679106df810c71.txt"): string {
  return fs.readFileSync(path.join(ROOT, "tests/fixtures/seeds", name), "utf8");
}

export function screenshotPath(name: string): string {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, name);
}

/** Bundles the mock-Excel fixture for page.addInitScript; returns the bundle's path. */
export async function buildFakeExcel(): Promise<string> {
  // Loaded here, not at the top: only the mock-Excel tests need webpack.
  const webpack = require("webpack") as typeof import("webpack");
  const out = path.join(ROOT, "tests/output");
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    entry: path.join(__dirname, "fixtures/fake-excel.ts"),
    output: { path: out, filename: "fake-excel.js", iife: true },
    resolve: {
      extensions: [".ts", ".js"],
      // office-addin-mock needs only an enum from this Node-only package.
      alias: { "office-addin-manifest$": path.join(ROOT, "tests/setup/office-addin-manifest-shim.ts") },
    },
    module: {
      rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: false } } }],
    },
  });
  const stats = await new Promise<import("webpack").Stats>((resolve, reject) =>
    compiler.run((err, s) => (err || !s ? reject(err ?? new Error("no stats")) : resolve(s))),
  );
  await new Promise((resolve) => compiler.close(resolve));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return path.join(out, "fake-excel.js");
}

export interface OpenPane {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  network: NetworkLog;
  /** Uncaught errors of the page, as text. */
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * The built pane served from dist/ and opened in headless Chromium at a task pane's size, in
 * Chinese, behind the network guard. `initScript` runs before the page (a fake Excel).
 */
export async function openPane(options: { initScript?: string; officeBody?: string } = {}): Promise<OpenPane> {
  requireBuild();
  const server = await serveStatic(DIST);
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: "zh-CN" });
  if (options.initScript) await context.addInitScript({ path: options.initScript });
  const network = await guardNetwork(context, options.officeBody !== undefined ? { officeBody: options.officeBody } : {});
  const page = await context.newPage();
  page.setDefaultTimeout(5000);
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.goto(`${server.origin}/taskpane.html`);
  return {
    browser,
    context,
    page,
    network,
    pageErrors,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
