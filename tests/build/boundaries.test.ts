/**
 * The layers' boundaries, checked on the sources: core's lint rule refuses Office, pane, CLI
 * and Node imports at any depth, and no file in src/ takes part in an import cycle.
 */
import fs from "fs";
import path from "path";
import { ESLint } from "eslint";

const root = path.resolve(__dirname, "../..");

describe("lint keeps src/core pure", () => {
  // The project's own config, passed in: ESLint's config loader uses import(), which jest's VM lacks.
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: require(path.join(root, "eslint.config.js")) });
  const errorsFor = async (code: string, file = "src/core/probe.ts") => {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
    return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
  };

  test.each([
    'import { applyTemplatePlan } from "../excel";',
    'import { applyTemplatePlan } from "../excel/apply-template";',
    'import { scan } from "../../excel/template-table";',
    'import { App } from "../taskpane/components/App";',
    'import { main } from "../cli/plan-targets";',
    'import ExcelJS from "exceljs";',
    'import { OfficeMockObject } from "office-addin-mock";',
    'import fs from "fs";',
    'import { readFileSync } from "node:fs";',
    'import React from "react";',
  ])("refuses %s", async (line) => {
    expect(await errorsFor(`${line}\nexport const x = 1;\n`)).toHaveLength(1);
    expect(await errorsFor(`${line}\nexport const x = 1;\n`, "src/core/extract/probe.ts")).toHaveLength(1);
  });

  test.each(['import { parseNumber } from "./number";', 'import { parseNumber } from "../number";'])("allows %s", async (line) => {
    expect(await errorsFor(`${line}\nexport const x = 1;\n`, "src/core/extract/probe.ts")).toEqual([]);
  });

  test("the same imports are fine outside core", async () => {
    expect(await errorsFor('import { applyTemplatePlan } from "../excel";\nexport const x = 1;\n', "src/taskpane/probe.ts")).toEqual([]);
  });
});

/** Relative imports of each source file, type-only ones included: a cycle of types is still a cycle of ideas. */
function importGraph(dir: string): Map<string, string[]> {
  const files: string[] = [];
  const walk = (d: string) =>
    fs.readdirSync(d, { withFileTypes: true }).forEach((e) => {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts")) files.push(p);
    });
  walk(dir);
  const resolve = (from: string, spec: string) => {
    const base = path.resolve(path.dirname(from), spec);
    return [base + ".ts", base + ".tsx", path.join(base, "index.ts"), path.join(base, "index.tsx")].find((f) => fs.existsSync(f));
  };
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const text = fs.readFileSync(f, "utf8");
    const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*["'](\.{1,2}\/[^"']*)["']|import\(\s*(?:\/\*[^*]*\*\/\s*)?["'](\.{1,2}\/[^"']*)["']\s*\)/g)].map(
      (m) => m[1] ?? m[2],
    );
    graph.set(
      f,
      specs.map((s) => resolve(f, s)).filter((x): x is string => x !== undefined),
    );
  }
  return graph;
}

function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, "open");
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      if (state.get(g) === "open") found.push(stack.slice(stack.indexOf(g)).concat(g));
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, "done");
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return found;
}

describe("no import cycles in src/", () => {
  const src = path.join(root, "src");
  test("the cycle finder finds a cycle", () => {
    const g = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(cycles(g)).toEqual([["a", "b", "c", "a"]]);
  });

  test("the graph sees the imports", () => {
    const graph = importGraph(src);
    expect(graph.get(path.join(src, "cli/plan-targets.ts"))).toContain(path.join(src, "core/evaluate.ts"));
  });

  test("none among the sources", () => {
    const rel = cycles(importGraph(src)).map((c) => c.map((f) => path.relative(src, f)).join(" → "));
    expect(rel).toEqual([]);
  });
});

describe("the pane's model is pure pane logic", () => {
  const src = path.join(root, "src");
  const model = path.join(src, "taskpane/model");
  const forbidden = ["taskpane/hooks", "taskpane/components", "excel"].map((d) => path.join(src, d) + path.sep);
  const offending = (graph: Map<string, string[]>) =>
    [...graph].flatMap(([file, deps]) => deps.filter((d) => forbidden.some((f) => d.startsWith(f))).map((d) => `${path.relative(src, file)} → ${path.relative(src, d)}`));

  test("the check sees a model file that imports a hook", () => {
    const file = path.join(model, "summary.ts");
    expect(offending(new Map([[file, [path.join(src, "taskpane/hooks/workbook-port.ts")]]]))).toEqual(["taskpane/model/summary.ts → taskpane/hooks/workbook-port.ts"]);
  });

  test("no model file imports from hooks/, components/ or src/excel (types included)", () => {
    const graph = new Map([...importGraph(src)].filter(([f]) => f.startsWith(model + path.sep)));
    expect(graph.size).toBeGreaterThan(0);
    expect(offending(graph)).toEqual([]);
  });
});

describe("files stay readable", () => {
  test("no file under src/ is over 500 lines", () => {
    const src = path.join(root, "src");
    const long = [...importGraph(src).keys()]
      .map((f) => ({ file: path.relative(src, f).split(path.sep).join("/"), lines: fs.readFileSync(f, "utf8").split("\n").length }))
      .filter((f) => f.lines > 500);
    expect(long).toEqual([]);
  });
});
