/**
 * The pane's boundaries, checked on its sources: components reach the workbook only through
 * hooks, and only one module (hooks/excel-port.ts) loads src/excel at run time.
 */
import fs from "fs";
import path from "path";

const root = path.resolve(__dirname, "../../src/taskpane");
function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}
const sources = files(root).map((f) => ({ file: path.relative(root, f), text: fs.readFileSync(f, "utf8") }));
/** Imports of src/excel: `from "../../excel"` or import("../../excel"), type-only ones told apart. */
const excelImports = (text: string) =>
  [...text.matchAll(/(import\s+type\s[^;]*?|import\s[^;]*?|import\()\s*(?:\/\*[^*]*\*\/\s*)?["'](?:\.\.\/)+excel(?:\/[^"']*)?["']/g)].map((m) => m[0]);

test("the pane's sources are found", () => {
  expect(sources.map((s) => s.file)).toEqual(expect.arrayContaining(["components/App.tsx", "hooks/excel-port.ts", "hooks/tasks.ts"]));
});

test("components never import src/excel or call Excel.run", () => {
  for (const { file, text } of sources.filter((s) => s.file.startsWith("components"))) {
    expect({ file, imports: excelImports(text) }).toEqual({ file, imports: [] });
    expect({ file, excel: /\bExcel\s*\.\s*run\b/.test(text) }).toEqual({ file, excel: false });
  }
});

test("only hooks/excel-port.ts loads src/excel; elsewhere in hooks only its types are named", () => {
  const port = sources.find((s) => s.file === "hooks/excel-port.ts")?.text ?? "";
  expect(excelImports(port).some((i) => i.includes("webpackChunkName"))).toBe(true);
  const runtime = sources.filter((s) => excelImports(s.text).some((i) => !i.startsWith("import type"))).map((s) => s.file);
  expect(runtime).toEqual(["hooks/excel-port.ts"]);
  const typed = sources.filter((s) => excelImports(s.text).some((i) => i.startsWith("import type"))).map((s) => s.file);
  expect(typed.every((f) => f.startsWith("hooks/"))).toBe(true);
});

test("the pane injects no HTML and evaluates no strings", () => {
  for (const { file, text } of sources) {
    expect({ file, bad: /dangerouslySetInnerHTML|\.innerHTML\s*=|\beval\s*\(|new\s+Function\s*\(/.test(text) }).toEqual({ file, bad: false });
  }
});
