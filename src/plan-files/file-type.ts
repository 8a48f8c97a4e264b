/**
 * What kind of plan file this is, from its name AND its first bytes: a .docx renamed from a
 * .png, or a PDF saved as .txt, is caught before any parser sees it. Pure and synchronous.
 */
import { MAX_PLAN_FILE_MB, PlanFileError } from "./errors";

export type PlanFileKind = "docx" | "pdf" | "text" | "html";

/** Larger files are refused before they are read: a plan with a text layer is a few MB at most. */
export const MAX_PLAN_FILE_BYTES = MAX_PLAN_FILE_MB * 1024 * 1024;

/** The extensions the pane's file picker offers. */
export const PLAN_FILE_ACCEPT = ".docx,.pdf,.txt,.html,.htm";

const BY_EXTENSION: Record<string, PlanFileKind> = { docx: "docx", pdf: "pdf", txt: "text", text: "text", csv: "text", tsv: "text", html: "html", htm: "html" };

/** Binary formats recognised by their first bytes, named the way a statistician knows them. */
const MAGIC: { name: string; bytes: number[] }[] = [
  { name: "PDF", bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: "ZIP 压缩包", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "旧版 Office 文件", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: "PNG 图片", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "JPEG 图片", bytes: [0xff, 0xd8, 0xff] },
  { name: "GIF 图片", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "BMP 图片", bytes: [0x42, 0x4d] },
  { name: "TIFF 图片", bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: "TIFF 图片", bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: "RAR 压缩包", bytes: [0x52, 0x61, 0x72, 0x21] },
  { name: "7z 压缩包", bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: "RTF 文档", bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] },
];

/** Extensions refused outright, with the advice that fits each. */
const REFUSED: Record<string, "doc" | "sheet" | "other"> = { doc: "doc", wps: "doc", rtf: "doc", odt: "doc", xls: "sheet", xlsx: "sheet", et: "sheet", ods: "sheet" };

export function extensionOf(name: string): string {
  const m = /\.([^./\\]+)$/.exec(name);
  return m ? m[1].toLowerCase() : "";
}

function magicName(bytes: Uint8Array): string | null {
  for (const m of MAGIC) if (m.bytes.every((b, i) => bytes[i] === b)) return m.name;
  return null;
}

/**
 * The kind to read the file as, or a PlanFileError that says why not. A name without a known
 * extension is read as text when its bytes are text (the CLI's plan.md, notes without a suffix).
 */
export function planFileKind(name: string, bytes: Uint8Array): PlanFileKind {
  const ext = extensionOf(name);
  if (bytes.length === 0) throw new PlanFileError("empty", name);
  if (bytes.length > MAX_PLAN_FILE_BYTES) throw new PlanFileError("too_large", name, { size: bytes.length });
  const magic = magicName(bytes);
  const refused = REFUSED[ext];
  if (ext === "docx" && magic === "旧版 Office 文件") throw new PlanFileError("docx_protected", name);
  if (refused === "doc" || (magic === "旧版 Office 文件" && ext !== "xls")) throw new PlanFileError("legacy_doc", name);
  if (refused === "sheet") throw new PlanFileError("spreadsheet", name);
  const kind: PlanFileKind | undefined = BY_EXTENSION[ext];
  if (kind === "docx") {
    if (magic !== "ZIP 压缩包") throw new PlanFileError("not_what_it_says", name, { said: "Word 文档 (.docx)", said_en: "Word document (.docx)", is: magic });
    return kind;
  }
  if (kind === "pdf") {
    // A PDF may start with a few bytes of junk before %PDF; the header must come within the first KB.
    if (magic !== "PDF" && !latin1(bytes.subarray(0, 1024)).includes("%PDF-")) throw new PlanFileError("not_what_it_says", name, { said: " PDF 文件", said_en: "PDF file", is: magic });
    return kind;
  }
  if (magic && magic !== "RTF 文档") throw new PlanFileError(kind ? "not_what_it_says" : "unsupported", name, { said: kind === "html" ? " HTML 网页" : "文本文件", said_en: kind === "html" ? "web page" : "text file", is: magic });
  if (magic === "RTF 文档") throw new PlanFileError("legacy_doc", name);
  if (kind) return kind;
  if (looksBinary(bytes)) throw new PlanFileError("unsupported", name, { is: null });
  return "text";
}

/** NUL bytes in the first 8 KB: no UTF-8 or GBK text has them. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  return head.indexOf(0) >= 0;
}

function latin1(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}
