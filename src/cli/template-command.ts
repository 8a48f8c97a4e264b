/**
 * plan-targets template list|show: the built-in templates on the command line. --json prints
 * one JSON object a line (as the extraction gold set does); without it, a readable table.
 * Exit codes follow plan-targets: 0 ok, 1 unknown template, 2 wrong usage.
 */
import { parseTarget } from "../core/parse-target";
import { showTarget } from "../core/target";
import type { TemplateRowDefinition } from "../core/template";
import { getTemplate, listTemplates, templateIds } from "../templates";
import type { Io } from "./io";

export const TEMPLATE_USAGE = `  plan-targets template list [--json]               内置模板：id、标题、来源、行数
  plan-targets template show <id> [--json]          模板的各行：指标、范围、目标、比较方式、数值、单位、期限、原文`;

export function templateCommand(args: string[], io: Io): number {
  const json = args.includes("--json");
  const unknown = args.find((a) => a.startsWith("-") && a !== "--json");
  const [sub, ...rest] = args.filter((a) => a !== "--json");
  if (unknown !== undefined) return usage(io, `未知选项 ${unknown}。`);
  if (sub === "list" && rest.length === 0) return list(io, json);
  if (sub === "show" && rest.length === 1) return show(rest[0], io, json);
  if (sub === "show") return usage(io, "template show 需要一个参数：模板 id。");
  return usage(io, sub === undefined ? "template 需要子命令 list 或 show。" : `未知子命令“${sub}”。`);
}

function usage(io: Io, message: string): number {
  io.err(`${message}\n用法 (usage):\n${TEMPLATE_USAGE}`);
  return 2;
}

function list(io: Io, json: boolean): number {
  const templates = listTemplates();
  if (json) {
    for (const t of templates) io.out(JSON.stringify({ id: t.id, title: t.title, kind: t.kind, source: t.source, rows: t.rows }));
    return 0;
  }
  table(
    io,
    ["id", "行数", "标题", "来源"],
    templates.map((t) => [t.id, String(t.rows), t.title, t.source]),
  );
  return 0;
}

/** A row as the gold set spells it: numbers as the plan shows them (99.2 for 99.2%). */
function rowRecord(r: TemplateRowDefinition): Record<string, unknown> {
  const text = r.kind === "target" ? (r.target as string) : (r.reported as string);
  const shown = showTarget(parseTarget(text));
  return {
    key: r.key,
    section: r.section,
    indicator: r.indicator,
    scope: r.scope,
    target: r.target,
    ...(r.kind === "actual" ? { reported: r.reported } : {}),
    ...shown,
    deadline: r.deadline,
    kind: r.kind,
    quote: r.quote,
  };
}

function show(id: string, io: Io, json: boolean): number {
  const t = getTemplate(id);
  if (!t) {
    io.err(`错误：没有 id 为“${id}”的内置模板。可用：${templateIds().join("、")}`);
    return 1;
  }
  if (json) {
    for (const r of t.rows) io.out(JSON.stringify(rowRecord(r)));
    return 0;
  }
  io.out(`${t.title}（${t.id}，${t.rows.length} 行）`);
  io.out(`来源：${t.source}`);
  table(
    io,
    ["行号", "领域", "指标", "范围", t.kind === "targets" ? "目标" : "实际值", "期限"],
    t.rows.map((r) => [
      r.key,
      r.section ?? "",
      r.indicator,
      r.scope ?? "",
      (r.kind === "target" ? r.target : r.reported) ?? "",
      r.deadline === null ? "" : String(r.deadline),
    ]),
  );
  return 0;
}

/** Display width: CJK and full-width characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return w;
}

function table(io: Io, header: string[], rows: string[][]): void {
  const clean = (s: string) => s.replace(/\s*\n\s*/g, " ");
  const cells = [header, ...rows].map((r) => r.map(clean));
  // The last column is left ragged: sources and titles vary widely.
  const widths = header.map((_, j) => Math.max(...cells.map((r) => width(r[j]))));
  for (const r of cells) {
    io.out(r.map((c, j) => (j === r.length - 1 ? c : c + " ".repeat(widths[j] - width(c)))).join("  ").trimEnd());
  }
}
