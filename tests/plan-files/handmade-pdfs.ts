/**
 * Small PDFs written by hand for what LibreOffice does not make: a scan (a picture, no text
 * layer) and text in a non-embedded Chinese font addressed through a predefined GBK map.
 */
/** A PDF of the given objects (1 is the catalog), with a correct cross-reference table. */
function pdfOf(objects: string[]): Buffer {
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

const stream = (content: string, dict = "") => `<< ${dict} /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`;

/** A one-page PDF whose page is a picture and nothing else, as a scanner makes it. */
export function scannedPdf(): Buffer {
  return pdfOf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
    stream("\u0000\u00ff\u00ff\u0000", "/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8"),
    stream("q 500 0 0 700 40 60 cm /Im1 Do Q"),
  ]);
}

/**
 * Text in a Chinese font that is not embedded, its characters given as GBK codes through the
 * predefined GBK-EUC-H map (older Word and WPS exports do this): readable only with pdf.js's cMaps.
 */
export function gbkFontPdf(): Buffer {
  const line = (y: number, hex: string) => `BT /F1 12 Tf 72 ${y} Td <${hex}> Tj ET`;
  // 新建幼儿园6所。 and 入学率达到100%。 in GBK
  const a = "d0c2bda8d3d7b6f9d4b036cbf9a1a3";
  const b = "c8ebd1a7c2cab4efb5bd31303025a1a3";
  return pdfOf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>",
    "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /GBK-EUC-H /DescendantFonts [5 0 R] >>",
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>",
    stream(`${line(760, a)}\n${line(740, b)}`),
    "<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 859 /StemV 80 >>",
  ]);
}
