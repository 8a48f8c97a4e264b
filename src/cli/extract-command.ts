/**
 * plan-targets extract [--json] [--report | --plan] <file>: the targets and reported figures of a
 * plan, summary or indicator table, saved as .docx, .pdf, .txt or .html. --report / --plan say
 * what the file is, over the extractor's reading. --json prints one object per line
 * (the gold-set fields, and the page for a PDF); otherwise a table for reading. Offsets index
 * the file's text exactly as read (for .docx and .pdf, the text as src/plan-files lays it out).
 */
import { extractTargets, ExtractedItem, type Kind } from "../core/extract";
import { formatShown } from "../core/target";
import { pageAt } from "../plan-files";
import type { Io } from "./io";
import { InputFileError, readPlanInput } from "./input-files";

export const EXTRACT_USAGE = `  plan-targets extract [--json] [--report|--plan] <文件>  从计划/总结（.docx、.pdf、.txt、.html）中提取目标与实际值（--json：每行一个 JSON 对象；--report / --plan：指明文件是总结（无计划用语的数字为实际值）或计划）`;

/** Exit codes as in main: 0 ok, 1 input not usable, 2 wrong usage. */
export async function extractCommand(args: string[], io: Io): Promise<number> {
  let json = false;
  let genre: Kind | undefined;
  const files: string[] = [];
  for (const a of args) {
    if (a === "--json") json = true;
    else if (a === "--report" || a === "--plan") {
      const said: Kind = a === "--report" ? "actual" : "target";
      if (genre !== undefined && genre !== said) return usage(io, "--report 与 --plan 只能选一个。");
      genre = said;
    } else if (a.startsWith("--")) return usage(io, `未知选项 ${a}。`);
    else files.push(a);
  }
  if (files.length !== 1) return usage(io, "extract 需要一个参数：要提取的计划文件。");
  let doc;
  try {
    doc = await readPlanInput(files[0]);
  } catch (e) {
    if (!(e instanceof InputFileError)) throw e;
    io.err(`错误：${e.message}`);
    return 1;
  }
  const items = extractTargets(doc.text, { genre });
  const pages = items.map((it) => pageAt(doc, it.start));
  if (json) {
    items.forEach((item, i) => io.out(JSON.stringify(pages[i] === null ? item : { ...item, page: pages[i] })));
    return 0;
  }
  if (!items.length) {
    io.out("未找到目标或实际值。");
    return 0;
  }
  printTable(items, pages, io);
  return 0;
}

function usage(io: Io, message: string): number {
  io.err(`${message}\n用法：\n${EXTRACT_USAGE}`);
  return 2;
}


/** Display width: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    w += c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000) ? 2 : 1;
  }
  return w;
}

function pad(s: string, w: number): string {
  return s + " ".repeat(Math.max(0, w - width(s)));
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, " ");
  return one.length > n ? one.slice(0, n - 1) + "…" : one;
}

function printTable(items: ExtractedItem[], pages: (number | null)[], io: Io): void {
  const paged = pages.some((p) => p !== null);
  const rows = [
    ["指标", "范围", "目标/实际值", "年份", "类型", ...(paged ? ["页"] : []), "原文"],
    ...items.map((it, i) => [
      clip(it.indicator, 24),
      it.scope ?? "",
      formatShown(it),
      it.deadline === null ? "" : String(it.deadline),
      it.kind === "target" ? "目标" : "实际",
      ...(paged ? [String(pages[i] ?? "")] : []),
      clip(it.quote, 30),
    ]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c]))));
  let section: string | null | undefined;
  rows.forEach((r, i) => {
    if (i > 0 && items[i - 1].section !== section) {
      section = items[i - 1].section;
      io.out(`【${section ?? "（无标题）"}】`);
    }
    io.out(r.map((cell, c) => (c === r.length - 1 ? cell : pad(cell, widths[c]))).join("  "));
  });
  io.out(`共 ${items.length} 项（目标 ${items.filter((x) => x.kind === "target").length}，实际 ${items.filter((x) => x.kind === "actual").length}）。`);
}
