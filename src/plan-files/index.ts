/**
 * readPlanFile: a plan opened as a file (.docx, .pdf, .txt, .html) as the plain text the
 * extractor reads, with the page of each line for PDFs. One reader for the command line and
 * the pane's extraction worker; the parsers are loaded only when a file of their kind comes.
 */
import { PlanFileError } from "./errors";
import { planFileKind, type PlanFileKind } from "./file-type";
import { declaredCharset, decodeText, htmlToText } from "./plain-text";

export { PlanFileError } from "./errors";
export { MAX_PLAN_FILE_BYTES, PLAN_FILE_ACCEPT, planFileKind } from "./file-type";
export { pageAt } from "./pages";

export interface PlanDocument {
  /** The file's name as given (a path in the CLI, a bare name in the pane). */
  name: string;
  kind: PlanFileKind;
  text: string;
  /** For PDFs, the page (1-based) of each line of `text`; null for other files. */
  linePages: number[] | null;
}

export interface ReadOptions {
  /** Where pdf.js's character maps are (pdfjs-dist/cmaps/, copied to dist/cmaps/ by the build); a folder ending in /. */
  cMapUrl?: string;
}

export async function readPlanFile(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<PlanDocument> {
  const kind = planFileKind(name, bytes);
  let text: string;
  let linePages: number[] | null = null;
  if (kind === "docx") {
    const { readWord } = await import(/* webpackChunkName: "word-reader" */ "./word");
    text = await readWord(name, bytes);
  } else if (kind === "pdf") {
    const { readPdf } = await import(/* webpackChunkName: "pdf-reader" */ "./pdf");
    const lines = await readPdf(name, bytes, options.cMapUrl);
    text = lines.map((l) => l.text).join("\n");
    linePages = lines.map((l) => l.page);
  } else if (kind === "html") text = htmlToText(decodeText(name, bytes, declaredCharset(bytes)));
  else text = decodeText(name, bytes);
  if (text.trim() === "") throw new PlanFileError("no_text", name);
  return { name, kind, text, linePages };
}
