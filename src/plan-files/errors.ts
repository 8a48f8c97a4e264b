/**
 * Why a plan file cannot be read, in Chinese first and English for the pane's English mode.
 * Every message names the file, and says what to do instead.
 */
export type PlanFileProblem =
  | "empty"
  | "too_large"
  | "legacy_doc"
  | "docx_protected"
  | "spreadsheet"
  | "unsupported"
  | "not_what_it_says"
  | "corrupt"
  | "encrypted"
  | "scanned"
  | "not_utf8"
  | "no_text";

export interface ProblemDetail {
  size?: number;
  said?: string;
  said_en?: string;
  is?: string | null;
  kind?: string;
}

function mb(size = 0): string {
  return (size / 1024 / 1024).toFixed(1);
}

/** Larger files are refused before they are read: a plan with a text layer is a few MB at most. */
export const MAX_PLAN_FILE_MB = 30;

function messages(p: PlanFileProblem, f: string, d: ProblemDetail): [string, string] {
  switch (p) {
    case "empty":
      return [`文件“${f}”是空的（0 字节）。`, `The file “${f}” is empty (0 bytes).`];
    case "too_large":
      return [
        `文件“${f}”有 ${mb(d.size)} MB，超过了 ${MAX_PLAN_FILE_MB} MB 的上限。请只保留计划正文（去掉图片）后另存，或复制正文粘贴到这里。`,
        `The file “${f}” is ${mb(d.size)} MB, over the ${MAX_PLAN_FILE_MB} MB limit. Save the plan's text without pictures, or copy and paste it here.`,
      ];
    case "legacy_doc":
      return [
        `“${f}”是旧版 Word（.doc/.wps/.rtf）文件，无法直接读取。请在 Word 或 WPS 中打开它，选择“另存为”→“Word 文档 (.docx)”，再打开 .docx 文件。`,
        `“${f}” is a legacy Word file (.doc/.wps/.rtf). Open it in Word or WPS, use Save As → Word Document (.docx), then open the .docx.`,
      ];
    case "docx_protected":
      return [
        `“${f}”不是普通的 .docx：它可能设置了打开密码，或是改了扩展名的旧版 .doc。请在 Word 或 WPS 中打开它，取消密码后“另存为”→“Word 文档 (.docx)”。`,
        `“${f}” is not a plain .docx: it may have an opening password, or be a legacy .doc renamed. Open it in Word or WPS, remove the password, and Save As → Word Document (.docx).`,
      ];
    case "spreadsheet":
      return [
        `“${f}”是表格文件。请在 Excel 中打开它，选中指标所在的单元格，再用“从所选单元格读取”。`,
        `“${f}” is a spreadsheet. Open it in Excel, select the indicator cells, then use “Read the selected cells”.`,
      ];
    case "unsupported":
      return [
        `“${f}”${d.is ? `是 ${d.is}` : "含有二进制数据"}，不是文本文件，也不是 Word 或 PDF 文档。请打开 .docx、.pdf、.txt 或 .html 文件。`,
        `“${f}” is ${d.is ? `a ${d.is} file` : "binary data"}, not a text, Word or PDF document. Open a .docx, .pdf, .txt or .html file.`,
      ];
    case "not_what_it_says":
      return [
        `“${f}”的扩展名表明它是${d.said}，但内容${d.is ? `是 ${d.is}，` : ""}不是${d.said}。文件可能被改过扩展名或已损坏；请用原来的程序重新另存。`,
        `“${f}” is named as a ${d.said_en}, but its content ${d.is ? `is ${d.is}` : "does not look like one"}. It may have been renamed or damaged; save it again from the program that made it.`,
      ];
    case "corrupt":
      return [
        `“${f}”已损坏，无法作为 ${d.kind} 读取。请在原来的程序中打开并重新另存，或复制正文粘贴到这里。`,
        `“${f}” is damaged and cannot be read as ${d.kind}. Open it in the program that made it and save it again, or paste its text here.`,
      ];
    case "encrypted":
      return [
        `“${f}”是加密（有密码保护）的 PDF，无法读取。请先用密码打开并另存为不加密的 PDF，或复制正文粘贴到这里。`,
        `“${f}” is an encrypted (password-protected) PDF. Open it with its password and save an unprotected copy, or paste its text here.`,
      ];
    case "scanned":
      return [
        `“${f}”是扫描件（PDF 中只有图片，没有文字层），无法提取文字。请找到原始 Word 文件，或先用 OCR 识别文字。`,
        `“${f}” is a scan: the PDF holds only pictures, no text layer. Find the original Word file, or run OCR on it first.`,
      ];
    case "not_utf8":
      return [
        `“${f}”不是有效的 UTF-8 或 GBK 文本。请另存为 UTF-8 文本后再试。`,
        `“${f}” is neither valid UTF-8 nor GBK text. Save it as UTF-8 text and try again.`,
      ];
    case "no_text":
      return [`文件“${f}”没有文字内容。`, `The file “${f}” holds no text.`];
  }
}

export class PlanFileError extends Error {
  readonly problem: PlanFileProblem;
  readonly file: string;
  /** The same message in English, for the pane's English mode. */
  readonly english: string;

  constructor(problem: PlanFileProblem, file: string, detail: ProblemDetail = {}) {
    const [zh, en] = messages(problem, file, detail);
    super(zh);
    this.name = "PlanFileError";
    this.problem = problem;
    this.file = file;
    this.english = en;
  }
}
