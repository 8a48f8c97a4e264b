/**
 * Plans opened as files give the same items as their text: a .docx made from the text fixture
 * (prose and a table) and the PDF LibreOffice prints from it, with a running head and page
 * numbers that must not leak into the text. PDFs go through the built plan-targets (npm test
 * builds first): pdf.js is an ES module, which jest's CommonJS runtime cannot load.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { extractTargets, type ExtractedItem } from "../../src/core/extract";
import { readPlanFile } from "../../src/plan-files";
import { gbkFontPdf, scannedPdf } from "./handmade-pdfs";
import { docxToPdf, TEXT_FIXTURE, textToDocx } from "./make-files";

const bin = path.resolve(__dirname, "../../bin/plan-targets.js");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dabiao-plan-files-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const text = fs.readFileSync(TEXT_FIXTURE, "utf8");
const HEAD = "某县教育局文件";
const files: Record<string, string> = {};

beforeAll(async () => {
  fs.writeFileSync((files.docx = path.join(dir, "计划.docx")), await textToDocx(text));
  fs.writeFileSync((files.paged = path.join(dir, "分页计划.docx")), await textToDocx(text, { header: HEAD, pageNumbers: true, breakBefore: /^[二三]、/ }));
  [files.pdf, files.pagedPdf] = docxToPdf([files.docx, files.paged], dir);
}, 180000);

/** What a statistician reviews: everything but the offsets, which differ when a line is laid out anew. */
const shown = (items: (ExtractedItem & { page?: number })[]) => items.map(({ start: _s, end: _e, page: _p, ...rest }) => rest);

function extractWithBin(file: string): { code: number | null; items: (ExtractedItem & { page?: number })[]; err: string } {
  const r = spawnSync("node", [bin, "extract", "--json", file], { encoding: "utf8", timeout: 60000 });
  return { code: r.status, items: r.stdout.trim() === "" ? [] : r.stdout.trim().split("\n").map((l) => JSON.parse(l)), err: r.stderr };
}

const fromText = extractTargets(text);

test("the text fixture has prose and table rows to compare", () => {
  expect(fromText.length).toBeGreaterThan(10);
  expect(fromText.filter((it) => it.section === "二、主要指标").length).toBeGreaterThanOrEqual(8);
});

describe(".docx", () => {
  test("read as the same lines as the text: paragraphs, and table rows with tab-separated cells", async () => {
    const doc = await readPlanFile("计划.docx", fs.readFileSync(files.docx));
    expect(doc.kind).toBe("docx");
    expect(doc.linePages).toBeNull();
    expect(doc.text).toBe(text.trimEnd());
  });

  test("the same items as the text, table rows included", async () => {
    const doc = await readPlanFile("计划.docx", fs.readFileSync(files.docx));
    expect(extractTargets(doc.text)).toEqual(extractTargets(text.trimEnd()));
  });

  test("a running head and page numbers in Word stay out of the text", async () => {
    const doc = await readPlanFile("分页计划.docx", fs.readFileSync(files.paged));
    expect(doc.text).toBe(text.trimEnd());
  });

  test("the built plan-targets reads it too", () => {
    const r = extractWithBin(files.docx);
    expect(r.err).toBe("");
    expect(shown(r.items)).toEqual(shown(fromText));
  });
});

describe(".pdf (printed by LibreOffice from the .docx)", () => {
  test("the same items as the text, table rows included", () => {
    const r = extractWithBin(files.pdf);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(shown(r.items)).toEqual(shown(fromText));
    expect(new Set(r.items.map((it) => it.page))).toEqual(new Set([1]));
  });

  test("over three pages: running head and page numbers dropped, each item with its page", () => {
    const r = extractWithBin(files.pagedPdf);
    expect(r.err).toBe("");
    expect(shown(r.items)).toEqual(shown(fromText));
    const pageOf = (section: string) => new Set(r.items.filter((it) => it.section === section).map((it) => it.page));
    expect(pageOf("一、主要目标")).toEqual(new Set([1]));
    expect(pageOf("二、主要指标")).toEqual(new Set([2]));
    expect(pageOf("三、保障措施")).toEqual(new Set([3]));
    expect(r.items.some((it) => it.quote.includes(HEAD) || it.indicator.includes(HEAD))).toBe(false);
  });

  test("plan-targets workbook names the file and the page in 来源", () => {
    const out = path.join(dir, "指标表.xlsx");
    const r = spawnSync("node", [bin, "workbook", files.pagedPdf, "-o", out], { encoding: "utf8", timeout: 60000 });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    // The shared strings of the sheet hold the 来源 cells as written.
    const xml = spawnSync("unzip", ["-p", out, "xl/sharedStrings.xml"], { encoding: "utf8" }).stdout;
    expect(xml).toContain("《分页计划.pdf》第2页：“九年义务教育巩固率");
    expect(xml).toContain("《分页计划.pdf》第3页：“全年教育经费投入不低于3.2亿元”");
  });
});

test("a PDF in a non-embedded Chinese font (GBK codes through pdf.js's character maps)", () => {
  const file = path.join(dir, "宋体.pdf");
  fs.writeFileSync(file, gbkFontPdf());
  const r = extractWithBin(file);
  expect(r.err).toBe("");
  expect(r.items.map((it) => it.quote)).toEqual(["新建幼儿园6所", "入学率达到100%"]);
});

describe("bad files: a clear message naming the file, exit 1, nothing on stdout", () => {
  test.each([
    ["a scanned PDF (no text layer)", "扫描件.pdf", () => scannedPdf(), /扫描件（PDF 中只有图片，没有文字层）/],
    ["a damaged PDF", "坏.pdf", () => fs.readFileSync(files.pdf).subarray(0, 400), /已损坏，无法作为 PDF 读取/],
    ["a PDF that is really a .docx", "假.pdf", () => fs.readFileSync(files.docx), /扩展名表明它是 PDF 文件，但内容是 ZIP 压缩包/],
    ["a corrupt .docx (the zip cut in half)", "坏.docx", () => fs.readFileSync(files.docx).subarray(0, 3000), /已损坏，无法作为 Word/],
    ["a zip that is no Word document", "压缩包.docx", () => fs.readFileSync(path.join(__dirname, "../../node_modules/docx/package.json")).length > 0 && zipOf(), /已损坏，无法作为 Word/],
    ["a 0-byte .pdf", "空.pdf", () => Buffer.alloc(0), /是空的（0 字节）/],
  ])("%s", (_, name, make, message) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, make() as Buffer);
    const r = spawnSync("node", [bin, "extract", "--json", file], { encoding: "utf8", timeout: 60000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(name);
    expect(r.stdout).toBe("");
  });

  test("an encrypted PDF", () => {
    const src = path.join(dir, "加密.docx");
    fs.copyFileSync(files.docx, src);
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), "dabiao-lo-enc-"));
    const filter = 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"mima"}}';
    spawnSync("soffice", ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", filter, "--outdir", path.join(dir, "enc"), src], { encoding: "utf8", timeout: 120000 });
    fs.rmSync(profile, { recursive: true, force: true });
    const pdf = path.join(dir, "enc", "加密.pdf");
    expect(fs.readFileSync(pdf, "latin1")).toMatch(/\/Encrypt/);
    const r = spawnSync("node", [bin, "extract", "--json", pdf], { encoding: "utf8", timeout: 60000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/“.*加密\.pdf”是加密（有密码保护）的 PDF/);
  }, 120000);
});

/** A real zip holding a file that is not a Word document. */
function zipOf(): Buffer {
  const src = path.join(dir, "note.txt");
  fs.writeFileSync(src, "不是 Word");
  const zip = path.join(dir, "note.zip");
  spawnSync("zip", ["-j", "-q", zip, src]);
  if (!fs.existsSync(zip)) {
    // No zip tool: a .docx's own zip with its main part renamed away is just as wrong.
    const docx = fs.readFileSync(files.docx);
    return Buffer.from(docx.toString("latin1").split("word/document.xml").join("word/documenX.xml"), "latin1");
  }
  return fs.readFileSync(zip);
}
