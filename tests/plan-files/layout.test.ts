/** PDF layout and web pages, on hand-placed text pieces and markup (pure, no parser). */
import { pdfLines, type TextPiece } from "../../src/plan-files/pdf-layout";
import { readPlanFile } from "../../src/plan-files";
import { htmlToText } from "../../src/plan-files/plain-text";

const at = (str: string, x: number, y: number, chars = str.length): TextPiece => ({ str, x, y, width: chars * 12, size: 12 });

describe("pdfLines", () => {
  test("a table row: wide gaps become tabs; a page number alone at the foot is dropped", () => {
    const page = [at("指标", 72, 700), at("目标", 300, 700), at("入学率", 72, 682), at("100%", 300, 682, 2), at("- 1 -", 280, 40, 3)];
    expect(pdfLines([page])).toEqual([
      { text: "指标\t目标", page: 1 },
      { text: "入学率\t100%", page: 1 },
    ]);
  });

  test("a line that reaches the right margin continues on the next; a sentence end does not", () => {
    const page = [at("全县入学率达到", 72, 700), at("100%，巩固率达到", 72 + 7 * 12, 700, 9), at("97%以上。", 72, 682, 5), at("新建幼儿园3所。", 72, 664), at("这一行很长很长很长很长很长很长。", 72, 646)];
    const lines = pdfLines([page]);
    expect(lines.map((l) => l.text)).toEqual(["全县入学率达到100%，巩固率达到97%以上。", "新建幼儿园3所。", "这一行很长很长很长很长很长很长。"]);
  });

  test("a running head repeated on every page is dropped, a heading on one page is kept", () => {
    const pages = [1, 2, 3].map((n) => [at("某县教育局文件", 250, 790), at(`第${n}部分`, 72, 760), at(`第 ${n} 页 共 3 页`, 260, 40, 8)]);
    expect(pdfLines(pages)).toEqual([1, 2, 3].map((n) => ({ text: `第${n}部分`, page: n })));
  });

  test("a cell that wraps is folded back into its row; a new row with fewer cells is not", () => {
    const row = [at("2", 78, 702, 1), at("九年义务教育巩固", 190, 702), at("96.8%", 303, 702, 3), at("97%", 416, 702, 2)];
    const wrapped = [at("率", 190, 685)];
    const next = [at("3", 78, 667, 1), at("师比", 190, 667), at("17:1", 416, 667, 2)];
    expect(pdfLines([[...row, ...wrapped, ...next]]).map((l) => l.text)).toEqual(["2\t九年义务教育巩固率\t96.8%\t97%", "3\t师比\t17:1"]);
  });
});

describe("htmlToText", () => {
  test("blocks on lines, table rows with tab-separated cells, scripts and entities", () => {
    const html = `<html><head><title>x</title><style>p{}</style></head><body><h1>2025年工作计划</h1><script>var a="<p>";</script>
      <p>入学率达到&nbsp;100%，<br>巩固率&ge;97%。</p><table><tr><th>指标</th><th>目标</th></tr><tr><td><p>流生率</p></td><td>&lt;0.5%</td></tr></table><p>完</p></body></html>`;
    expect(htmlToText(html)).toBe("2025年工作计划\n入学率达到 100%，\n巩固率≥97%。\n指标\t目标\n流生率\t<0.5%\n完");
  });
});

describe("text encodings", () => {
  test("a web page read in the charset it declares (Big5 here), not guessed as GBK", async () => {
    const big5 = Buffer.from("b773abd8bec7aed536a9d2", "hex"); // 新建學校6所
    const page = (charset: string) => Buffer.concat([Buffer.from(`<html><head><meta charset="${charset}"></head><body><p>`), big5, Buffer.from("</p></body></html>")]);
    expect((await readPlanFile("計劃.html", page("big5"))).text).toBe("新建學校6所");
    // Without the declaration the same bytes are not this text: the declaration is what was used.
    expect((await readPlanFile("計劃.html", Buffer.concat([Buffer.from("<p>"), big5]))).text).not.toBe("新建學校6所");
  });

  test("UTF-16 with a BOM, as Notepad's “Unicode” saves it", async () => {
    const text = "新建幼儿园6所。";
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    expect((await readPlanFile("计划.txt", bytes)).text).toBe(text);
  });

  test("a UTF-8 BOM is kept, so that offsets index the file", async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("新建幼儿园6所。")]);
    expect((await readPlanFile("计划.txt", bytes)).text).toBe("\ufeff新建幼儿园6所。");
  });
});
