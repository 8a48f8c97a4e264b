/**
 * Plan files built from a plan's text, as a bureau would send them: a Word document (the docx
 * package) where every line is a paragraph and every run of tab-separated lines is a real
 * table, optionally with a running head and page numbers; and the PDF that LibreOffice Writer
 * prints from it. The tests compare what is read from these files with the text they came
 * from; `npm run bench` times large ones. Plain JavaScript, so that the bench can use it too.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { AlignmentType, Document, Footer, Header, Packer, PageBreak, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = require("docx");

const TEXT_FIXTURE = path.join(__dirname, "../fixtures/plan-files/plan-with-table.txt");

/**
 * The plan's lines as Word paragraphs and tables.
 * @param {string} text
 * @param {{ header?: string, pageNumbers?: boolean, breakBefore?: RegExp }} [options]
 *   a running head on every page; page numbers in the footer as “- 3 -”; a new page before lines matching breakBefore
 * @returns {Promise<Buffer>}
 */
async function textToDocx(text, options = {}) {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  const children = [];
  for (let i = 0; i < lines.length; ) {
    if (lines[i].includes("\t")) {
      const rows = [];
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
    const pageBreak = options.breakBefore && options.breakBefore.test(line) && children.length > 0;
    children.push(new Paragraph({ children: [...(pageBreak ? [new PageBreak()] : []), new TextRun(line)] }));
  }
  const centered = (runs) => new Paragraph({ alignment: AlignmentType.CENTER, children: runs });
  const doc = new Document({
    styles: { default: { document: { run: { font: "Noto Sans CJK SC", size: 24 } } } },
    sections: [
      {
        headers: options.header ? { default: new Header({ children: [centered([new TextRun(options.header)])] }) } : undefined,
        footers: options.pageNumbers ? { default: new Footer({ children: [centered([new TextRun({ children: ["- ", PageNumber.CURRENT, " -"] })])] }) } : undefined,
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function sofficePath() {
  for (const dir of (process.env.PATH || "").split(path.delimiter)) {
    const p = path.join(dir, "soffice");
    if (dir && fs.existsSync(p)) return p;
  }
  throw new Error("找不到 soffice：请安装 LibreOffice（apt-get install --no-install-recommends libreoffice-writer）。这些测试需要它生成 PDF，不会跳过。");
}

/**
 * Each .docx printed to PDF by LibreOffice Writer, in one run with a fresh profile.
 * @param {string[]} files
 * @param {string} outDir
 * @returns {string[]} the PDFs' paths, in order
 */
function docxToPdf(files, outDir) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "dabiao-lo-pdf-"));
  try {
    const args = ["-env:UserInstallation=file://" + profile, "--headless", "--norestore", "--convert-to", "pdf:writer_pdf_Export", "--outdir", outDir, ...files];
    const out = execFileSync(sofficePath(), args, { encoding: "utf8", timeout: 300000, stdio: ["ignore", "pipe", "pipe"] });
    const pdfs = files.map((f) => path.join(outDir, path.basename(f).replace(/\.docx$/, ".pdf")));
    // soffice exits 0 even when a conversion fails (Writer missing): check the files.
    const missing = pdfs.filter((f) => !fs.existsSync(f));
    if (missing.length > 0) throw new Error(`LibreOffice 未能生成 ${missing.join(", ")}（需要 libreoffice-writer）：\n${out}`);
    return pdfs;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

module.exports = { TEXT_FIXTURE, textToDocx, docxToPdf };
