/**
 * The one way the command line reads an input file: the path is checked (missing, a folder,
 * too large: refused before a byte is read), then the bytes go to src/plan-files (plans:
 * .docx, .pdf, .txt, .html) or to the caller (the balance command's .csv / .xlsx), and text
 * is decoded by plan-files' one decoder (UTF-8 with or without BOM, UTF-16, GBK). Failures
 * come back as a Chinese message that names the file, for the caller to print with exit code 1.
 */
import * as fs from "fs";
import * as path from "path";
import { PlanFileError, readPlanFile, type PlanDocument } from "../plan-files";
import { MAX_PLAN_FILE_BYTES } from "../plan-files/file-type";
import { decodeText } from "../plan-files/plain-text";

export class InputFileError extends Error {}

/** The file's bytes; `expected` names what the command wants, for the message about a folder. */
export function readInputBytes(file: string, expected: string, maxBytes?: number): Buffer {
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw new InputFileError(`“${file}”是一个目录，请给出${expected}。`);
    // Refused before reading: a 2 GB file should not fill the memory to be told it is too big.
    if (maxBytes !== undefined && stat.size > maxBytes) throw new PlanFileError("too_large", file, { size: stat.size });
    return fs.readFileSync(file);
  } catch (e) {
    if (e instanceof InputFileError) throw e;
    if (e instanceof PlanFileError) throw new InputFileError(e.message);
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputFileError(code === "ENOENT" ? `找不到文件“${file}”。` : `无法读取“${file}”（${code ?? String(e)}）。`);
  }
}

/** A text file's content, without a leading BOM (callers that index the file use readPlanInput). */
export function readInputText(file: string, data: Uint8Array): string {
  try {
    return decodeText(file, data).replace(/^\ufeff/, "");
  } catch (e) {
    if (e instanceof PlanFileError) throw new InputFileError(e.message);
    throw e;
  }
}

/** pdf.js's character maps, read from node_modules (pdf.js in Node reads a folder path). */
const CMAPS = path.join(path.dirname(require.resolve("pdfjs-dist/package.json")), "cmaps") + path.sep;

export async function readPlanInput(file: string): Promise<PlanDocument> {
  const data = readInputBytes(file, "计划文件（.docx、.pdf、.txt 或 .html）", MAX_PLAN_FILE_BYTES);
  try {
    return await readPlanFile(file, new Uint8Array(data.buffer, data.byteOffset, data.byteLength), { cMapUrl: CMAPS });
  } catch (e) {
    if (e instanceof PlanFileError) throw new InputFileError(e.message);
    throw e;
  }
}
