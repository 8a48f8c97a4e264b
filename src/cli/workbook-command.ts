/**
 * plan-targets workbook <template-id | plan file> -o out.xlsx: a template (built in, or
 * extracted from a plan's .docx, .pdf, .txt or .html) as an .xlsx file, through the same TemplatePlan the add-in
 * inserts. Portable mode (native formulas only) is the default: a file travels to WPS and
 * to Office without the add-in. Never overwrites a file unless --force is given.
 * Exit codes as in main: 0 written, 1 input not usable, 2 wrong usage.
 */
import * as fs from "fs";
import * as path from "path";
import { PlanError } from "../core/errors";
import { extractTargets } from "../core/extract";
import { buildTemplatePlan, definitionFromFigures, type FormulaMode, type TemplateDefinition } from "../core/template";
import { getTemplate, templateIds } from "../templates";
import { pageAt } from "../plan-files";
import type { Io } from "./io";
import { OutputRefusal, checkOutput, writeOutput } from "./output-file";
import { InputFileError, readPlanInput } from "./input-files";
import { planToXlsx } from "../xlsx/template-workbook";

export const WORKBOOK_USAGE = `  plan-targets workbook <模板id|计划文件> -o <输出.xlsx> [--mode portable|live] [--force] [--override 指标=目标]…
                                                   生成 .xlsx 指标表（默认便携模式：仅原生公式，WPS/旧版 Excel 可用）`;

interface Args {
  source: string;
  output: string;
  mode: FormulaMode;
  force: boolean;
  overrides: Record<string, string>;
}

class Usage extends Error {}
class Refusal extends Error {}

function parseArgs(args: string[]): Args {
  const positional: string[] = [];
  let output: string | undefined;
  let mode: FormulaMode = "portable";
  let force = false;
  const overrides: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const m = /^(-o|--output|--mode|--override|--force)(?:=(.*))?$/.exec(a);
    if (!m) {
      if (a.startsWith("-") && a.length > 1) throw new Usage(`未知选项 ${a}。`);
      positional.push(a);
      continue;
    }
    if (m[1] === "--force") {
      force = true;
      continue;
    }
    const value = m[2] ?? args[++i];
    if (value === undefined) throw new Usage(`选项 ${m[1]} 需要一个值。`);
    if (m[1] === "--mode") {
      if (value !== "portable" && value !== "live") throw new Usage(`--mode 应为 portable 或 live，而不是“${value}”。`);
      mode = value;
    } else if (m[1] === "--override") {
      // Split at the first "=": the target itself may start with one (指标==0%).
      const eq = value.indexOf("=");
      if (eq <= 0 || eq === value.length - 1) throw new Usage(`--override 应写作 指标=目标（如 学前三年毛入园率=≥90%），而不是“${value}”。`);
      overrides[value.slice(0, eq).trim()] = value.slice(eq + 1).trim();
    } else output = value;
  }
  if (positional.length !== 1) throw new Usage("workbook 需要一个参数：内置模板 id 或计划文件（.docx、.pdf、.txt、.html）。");
  if (output === undefined) throw new Usage("请用 -o 指定输出文件，如 -o 指标表.xlsx。");
  if (!/\.xlsx$/i.test(output)) throw new Usage(`输出文件应以 .xlsx 结尾：${output}`);
  return { source: positional[0], output, mode, force, overrides };
}

/** The targets of a plan's text as a template; figures the target reader cannot take are reported and left out. */
async function definitionFromFile(file: string, io: Io): Promise<TemplateDefinition> {
  const name = path.basename(file).replace(/\.[^.]+$/, "") || "计划";
  let doc;
  try {
    doc = await readPlanInput(file);
  } catch (e) {
    throw e instanceof InputFileError ? new Refusal(e.message) : e;
  }
  const { definition, unreadable } = definitionFromFigures(extractTargets(doc.text), {
    id: name,
    title: name,
    source: `《${path.basename(file)}》`,
    pageOf: (start) => pageAt(doc, start),
  });
  if (unreadable.length > 0) io.err(`注意：${unreadable.length} 个目标无法读取，已略过。`);
  if (definition.rows.length === 0) throw new Refusal(`未在“${file}”中找到可用的目标（可先用 plan-targets extract 查看提取结果）。`);
  return definition;
}

async function resolveSource(source: string, io: Io): Promise<TemplateDefinition> {
  const builtIn = getTemplate(source);
  if (builtIn) return builtIn;
  if (fs.existsSync(source)) return definitionFromFile(source, io);
  throw new Refusal(`没有 id 为“${source}”的内置模板，也找不到名为“${source}”的计划文件。可用模板：${templateIds().join("、")}`);
}

export async function workbookCommand(argv: string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv);
    checkOutput(args.output, args.force);
    const definition = await resolveSource(args.source, io);
    const plan = buildTemplatePlan(definition, { mode: args.mode, overrides: args.overrides });
    const bytes = await planToXlsx(plan);
    writeOutput(args.output, bytes, args.force);
    const how = args.mode === "portable" ? "便携模式：仅原生公式，WPS 与旧版 Excel 可用" : "实时模式：PLAN 函数，需安装加载项";
    io.out(`已写入 ${args.output}：工作表“${plan.sheetName}”，${plan.values.length} 行（${how}）。`);
    return 0;
  } catch (e) {
    if (e instanceof Usage) {
      io.err(`${e.message}\n用法 (usage):\n${WORKBOOK_USAGE}`);
      return 2;
    }
    if (e instanceof Refusal || e instanceof OutputRefusal || e instanceof PlanError) {
      io.err(`错误：${e.message}`);
      return 1;
    }
    throw e;
  }
}
