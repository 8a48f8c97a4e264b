/** The add-in sends no data anywhere and never evaluates or injects code: checked on our own sources. */
import fs from "fs";
import path from "path";

const root = path.resolve(__dirname, "../..");
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.(ts|tsx|js|html)$/.test(e.name) ? [p] : [];
  });
}
const files = sources(path.join(root, "src")).filter((f) => !f.includes(`${path.sep}cli${path.sep}`));

test("the source tree is scanned", () => {
  expect(files.length).toBeGreaterThan(5);
});

test.each([
  ["eval", /\beval\s*\(/],
  ["new Function", /new\s+Function\s*\(/],
  ["dangerouslySetInnerHTML", /dangerouslySetInnerHTML/],
  ["innerHTML writes", /\.innerHTML\s*=/],
  ["fetch", /\bfetch\s*\(/],
  ["XMLHttpRequest", /XMLHttpRequest/],
  ["sendBeacon", /sendBeacon/],
  ["WebSocket", /WebSocket/],
])("no %s in src/", (_name, pattern) => {
  const hits = files.filter((f) => pattern.test(fs.readFileSync(f, "utf8"))).map((f) => path.relative(root, f));
  expect(hits).toEqual([]);
});

test("the only external script is office.js from Microsoft's CDN", () => {
  const html = fs.readFileSync(path.join(root, "src/taskpane/taskpane.html"), "utf8");
  const external = [...html.matchAll(/src="(https?:[^"]+)"/g)].map((m) => m[1]);
  expect(external).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  expect(html).toMatch(/connect-src 'self'/);
});
