/**
 * Plan files built from a plan's text, as a bureau would send them: a Word document (the docx
 * package) where every line is a paragraph and every run of tab-separated lines is a real
 * table, with a running head and page numbers; and the PDF that LibreOffice Writer prints
 * from it. The tests compare what is read from these files with the text they came from.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { sofficePath } from "../portable/soffice";
import { AlignmentType, Document, Footer, Header, Packer, PageBreak, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";

export const TEXT_FIXTURE = path.join(__dirname, "../fixtures/plan-files/plan-with-table.txt");

export interface WordOptions {
  /** Running head on every page. */
  header?: string;
  /** Page numbers in the footer, as “- 3 -”. */
  pageNumbers?: boolean;
  /** Start a new page before lines matching this (headings), to spread the plan over pages. */
  breakBefore?: RegExp;
}

/** The plan's lines as Word paragraphs and tables. */
export async function textToDocx(text: string, options: WordOptions = {}): Promise<Buffer> {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  const children: (Paragraph | Table)[] = [];
  for (let i = 0; i < lines.length; ) {
    if (lines[i].includes("\t")) {
      const rows: string[][] = [];
      while (i < lines.length && lines[i].includes("\t")) rows.push(lines[i++].split("\t"));
      const width = Math.max(...rows.map((r) => r.length));
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: rows.map((r) => new TableRow({ children: Array.from({ length: width }, (_, c) => new TableCell({ children: [new Paragraph(r[c] ?? "")] })) })),
        }),
      );
      continue;
    }
    const line = lines[i++];
    const pageBreak = options.breakBefore?.test(line) && children.length > 0;
    children.push(new Paragraph({ children: [...(pageBreak ? [new PageBreak()] : []), new TextRun(line)] }));
  }
  const doc = new Document({
    styles: { default: { document: { run: { font: "Noto Sans CJK SC", size: 24 } } } },
    sections: [
      {
        headers: options.header ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(options.header)] })] }) } : undefined,
        footers: options.pageNumbers
          ? { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["- ", PageNumber.CURRENT, " -"] })] })] }) }
          : undefined,
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Each .docx printed to PDF by LibreOffice Writer, in one run; returns the PDFs' paths. */
export function docxToPdf(files: string[], outDir: string): string[] {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "dabiao-lo-pdf-"));
  try {
    const args = ["-env:UserInstallation=file://" + profile, "--headless", "--norestore", "--convert-to", "pdf:writer_pdf_Export", "--outdir", outDir, ...files];
    const out = execFileSync(sofficePath(), args, { encoding: "utf8", timeout: 180000, stdio: ["ignore", "pipe", "pipe"] });
    const pdfs = files.map((f) => path.join(outDir, path.basename(f).replace(/\.docx$/, ".pdf")));
    // soffice exits 0 even when a conversion fails (Writer missing): check the files.
    const missing = pdfs.filter((f) => !fs.existsSync(f));
    if (missing.length > 0) throw new Error(`LibreOffice 未能生成 ${missing.join(", ")}（需要 libreoffice-writer）：\n${out}`);
    return pdfs;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
