/**
 * plan-targets extract [--json] <file>: the targets and reported figures of a plan, summary
 * or indicator table saved as UTF-8 text. --json prints one object per line (the gold-set
 * fields); otherwise a table for reading. Offsets index the file's text exactly as read.
 */
import * as fs from "fs";
import { extractTargets, ExtractedItem } from "../core/extract";
import { formatShown } from "../core/target";
import type { Io } from "./io";

export const EXTRACT_USAGE = `  plan-targets extract [--json] <文件>              从计划/总结文本中提取目标与实际值（--json：每行一个 JSON 对象）`;

/** Exit codes as in main: 0 ok, 1 input not usable, 2 wrong usage. */
export function extractCommand(args: string[], io: Io): number {
  let json = false;
  const files: string[] = [];
  for (const a of args) {
    if (a === "--json") json = true;
    else if (a.startsWith("--")) return usage(io, `未知选项 ${a}。`);
    else files.push(a);
  }
  if (files.length !== 1) return usage(io, "extract 需要一个参数：要提取的文本文件。");
  const file = files[0];
  const text = readText(file, io);
  if (text === null) return 1;
  const items = extractTargets(text);
  if (json) {
    for (const item of items) io.out(JSON.stringify(item));
    return 0;
  }
  if (!items.length) {
    io.out("未找到目标或实际值。");
    return 0;
  }
  printTable(items, io);
  return 0;
}

function usage(io: Io, message: string): number {
  io.err(`${message}\n用法：\n${EXTRACT_USAGE}`);
  return 2;
}

/** The file as UTF-8 text, or null after a message on stderr (missing, empty, binary). */
function readText(file: string, io: Io): string | null {
  let data: Buffer;
  try {
    if (fs.statSync(file).isDirectory()) {
      io.err(`错误：“${file}”是一个目录，请给出文本文件。`);
      return null;
    }
    data = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.err(code === "ENOENT" ? `错误：找不到文件“${file}”。` : `错误：无法读取“${file}”（${code ?? String(e)}）。`);
    return null;
  }
  if (data.length === 0) {
    io.err(`错误：文件“${file}”是空的。`);
    return null;
  }
  if (data.indexOf(0) >= 0) {
    io.err(`错误：“${file}”不是文本文件（含有二进制数据），请另存为 UTF-8 文本后再试。`);
    return null;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    io.err(`错误：“${file}”不是有效的 UTF-8 文本（可能是 GBK 编码或二进制文件），请另存为 UTF-8 后再试。`);
    return null;
  }
  if (text.trim() === "") {
    io.err(`错误：文件“${file}”没有文字内容。`);
    return null;
  }
  // TextDecoder drops a leading BOM; put it back so offsets index the file as the scorer reads it.
  return data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? "\ufeff" + text : text;
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

function printTable(items: ExtractedItem[], io: Io): void {
  const rows = [
    ["指标", "范围", "目标/实际值", "年份", "类型", "原文"],
    ...items.map((it) => [clip(it.indicator, 24), it.scope ?? "", formatShown(it), it.deadline === null ? "" : String(it.deadline), it.kind === "target" ? "目标" : "实际", clip(it.quote, 30)]),
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
