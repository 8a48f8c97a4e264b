/**
 * The one way the command line reads a plan file (extract, workbook): checks the path, then
 * src/plan-files reads .docx, .pdf, .txt and .html alike. Failures come back as a Chinese
 * message that names the file, for the caller to print with exit code 1.
 */
import * as fs from "fs";
import * as path from "path";
import { PlanFileError, readPlanFile, type PlanDocument } from "../plan-files";
import { MAX_PLAN_FILE_BYTES } from "../plan-files/file-type";

export class PlanInputError extends Error {}

/** pdf.js's character maps, read from node_modules (pdf.js in Node reads a folder path). */
const CMAPS = path.join(path.dirname(require.resolve("pdfjs-dist/package.json")), "cmaps") + path.sep;

export async function readPlanInput(file: string): Promise<PlanDocument> {
  let data: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw new PlanInputError(`“${file}”是一个目录，请给出计划文件（.docx、.pdf、.txt 或 .html）。`);
    // Refused before reading: a 2 GB file should not fill the memory to be told it is too big.
    if (stat.size > MAX_PLAN_FILE_BYTES) throw new PlanFileError("too_large", file, { size: stat.size });
    data = fs.readFileSync(file);
  } catch (e) {
    if (e instanceof PlanInputError) throw e;
    if (e instanceof PlanFileError) throw new PlanInputError(e.message);
    const code = (e as NodeJS.ErrnoException).code;
    throw new PlanInputError(code === "ENOENT" ? `找不到文件“${file}”。` : `无法读取“${file}”（${code ?? String(e)}）。`);
  }
  try {
    return await readPlanFile(file, new Uint8Array(data.buffer, data.byteOffset, data.byteLength), { cMapUrl: CMAPS });
  } catch (e) {
    if (e instanceof PlanFileError) throw new PlanInputError(e.message);
    throw e;
  }
}
