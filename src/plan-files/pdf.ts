/**
 * A PDF plan through pdf.js (the legacy build, which carries its own polyfills): the text
 * pieces of every page, laid out as lines by pdf-layout.ts. pdf.js runs its parser in this
 * thread: in the pane that is already the extraction worker, in Node its own fake worker.
 */
import { PlanFileError } from "./errors";
import { pdfLines, type PdfLine, type TextPiece } from "./pdf-layout";

interface PdfItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}
interface PdfPage {
  getTextContent(): Promise<{ items: PdfItem[] }>;
  cleanup(): void;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
interface PdfJs {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDocument> };
}

const g = globalThis as { pdfjsWorker?: unknown; process?: unknown };

async function loadPdfJs(): Promise<PdfJs> {
  // In a browser pdf.js wants a worker of its own; give it its parser to run here instead.
  if (!g.process && !g.pdfjsWorker) g.pdfjsWorker = await import(/* webpackChunkName: "pdf-parser" */ "pdfjs-dist/legacy/build/pdf.worker.mjs");
  return (await import(/* webpackChunkName: "pdf" */ "pdfjs-dist/legacy/build/pdf.mjs")) as unknown as PdfJs;
}

function piece(item: PdfItem): TextPiece | null {
  if (typeof item.str !== "string" || !item.transform) return null;
  const [a, b, , d, x, y] = item.transform;
  // Font size from the text matrix (rotated text included); pdf.js's height is 0 for spaces.
  const size = Math.hypot(a, b) || Math.abs(d) || item.height || 10;
  return { str: item.str, x, y, width: item.width ?? 0, size };
}

/**
 * The lines of a PDF with a text layer, each with its page; PlanFileError for encrypted, scanned
 * or damaged files. `cMapUrl` (a folder, ending in /) holds pdf.js's character maps: Chinese PDFs
 * whose fonts are not embedded name their characters through Adobe-GB1 maps such as GBK-EUC-H.
 */
export async function readPdf(name: string, bytes: Uint8Array, cMapUrl?: string): Promise<PdfLine[]> {
  const pdfjs = await loadPdfJs();
  let doc: PdfDocument;
  try {
    // A copy: pdf.js takes over (detaches) the buffer it is given.
    doc = await pdfjs.getDocument({
      data: bytes.slice(),
      ...(cMapUrl ? { cMapUrl, cMapPacked: true } : {}),
      // In a browser the parser fetches the maps itself: pdf.js's other way needs a document, which a worker has not.
      ...(g.process ? {} : { useWorkerFetch: true }),
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const kind = (e as { name?: string }).name;
    if (kind === "PasswordException") throw new PlanFileError("encrypted", name);
    throw new PlanFileError("corrupt", name, { kind: "PDF" });
  }
  try {
    const pages: TextPiece[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.map(piece).filter((p): p is TextPiece => p !== null));
      page.cleanup();
    }
    const chars = pages.reduce((sum, ps) => sum + ps.reduce((s, p) => s + p.str.replace(/\s/g, "").length, 0), 0);
    // A scan has no text layer; a few stray characters (a stamp, a page number) per page are not one either.
    if (chars < 5 * Math.max(1, doc.numPages)) throw new PlanFileError("scanned", name);
    return pdfLines(pages);
  } catch (e) {
    if (e instanceof PlanFileError) throw e;
    throw new PlanFileError("corrupt", name, { kind: "PDF" });
  } finally {
    void doc.destroy();
  }
}
