/**
 * A Word (.docx) plan as plain text through mammoth: paragraphs on their own lines, and each
 * table row on one line with its cells separated by tabs, so that the extractor's table
 * reader sees rows and columns. Merged cells keep the columns aligned: a cell spanning two
 * columns is followed by an empty one, and a cell merged down leaves the rows below empty there.
 */
import { PlanFileError } from "./errors";

interface Element {
  type: string;
  value?: string;
  children?: Element[];
  colSpan?: number;
  rowSpan?: number;
}

const CJK = /[\u2e80-\u9fff\uff00-\uffef]/;

/** Two pieces of one cell or line joined: no space between Chinese characters. */
function glue(a: string, b: string): string {
  if (a === "" || b === "") return a + b;
  return CJK.test(a[a.length - 1]) || CJK.test(b[0]) ? a + b : `${a} ${b}`;
}

function inline(e: Element, inCell: boolean): string {
  if (e.type === "text") return e.value ?? "";
  if (e.type === "tab") return inCell ? " " : "\t";
  if (e.type === "break") return inCell ? " " : "\n";
  if (e.type === "table") return tableLines(e).join(" ");
  return (e.children ?? []).map((c) => inline(c, inCell)).join("");
}

function cellText(cell: Element): string {
  return (cell.children ?? []).map((c) => inline(c, true).replace(/\s+/g, " ").trim()).reduce(glue, "");
}

function tableLines(table: Element): string[] {
  const lines: string[] = [];
  // Columns still covered by a cell merged down from a row above: column → rows left.
  const covered = new Map<number, number>();
  for (const row of table.children ?? []) {
    if (row.type !== "tableRow") continue;
    const cells: string[] = [];
    let col = 0;
    const takeCovered = () => {
      while ((covered.get(col) ?? 0) > 0) {
        covered.set(col, (covered.get(col) as number) - 1);
        cells.push("");
        col++;
      }
    };
    for (const cell of row.children ?? []) {
      if (cell.type !== "tableCell") continue;
      takeCovered();
      const span = Math.max(1, cell.colSpan ?? 1);
      cells.push(cellText(cell));
      for (let i = 1; i < span; i++) cells.push("");
      if ((cell.rowSpan ?? 1) > 1) for (let i = 0; i < span; i++) covered.set(col + i, (cell.rowSpan as number) - 1);
      col += span;
    }
    takeCovered();
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    if (cells.some((c) => c !== "")) lines.push(cells.join("\t"));
  }
  return lines;
}

function blockLines(e: Element, out: string[]): void {
  if (e.type === "table") {
    out.push(...tableLines(e));
    return;
  }
  if (e.type === "paragraph") {
    for (const l of inline(e, false).split("\n")) {
      const t = l.replace(/[ \u00a0\u3000]+$/, "").replace(/^[ \u00a0]+/, "");
      if (t.trim() !== "") out.push(t);
    }
    return;
  }
  for (const c of e.children ?? []) blockLines(c, out);
}

interface Mammoth {
  convertToHtml(input: { buffer?: Uint8Array; arrayBuffer?: ArrayBuffer | Uint8Array }, options: { transformDocument(d: Element): Element }): Promise<unknown>;
}

/** The document's text; PlanFileError "corrupt" when the zip or its XML cannot be read. */
export async function readWord(name: string, bytes: Uint8Array): Promise<string> {
  const mammoth = (await import(/* webpackChunkName: "word" */ "mammoth")) as unknown as Mammoth & { default?: Mammoth };
  const lib = typeof mammoth.convertToHtml === "function" ? mammoth : (mammoth.default as Mammoth);
  const lines: string[] = [];
  try {
    // Node's mammoth reads `buffer`, the browser build `arrayBuffer`: give both the same bytes.
    await lib.convertToHtml(
      { buffer: bytes, arrayBuffer: bytes },
      {
        transformDocument(document) {
          blockLines(document, lines);
          // Nothing to render: an empty body also skips decoding the pictures.
          return { ...document, children: [] };
        },
      },
    );
  } catch {
    throw new PlanFileError("corrupt", name, { kind: "Word (.docx)" });
  }
  if (lines.every((l) => l.trim() === "")) throw new PlanFileError("no_text", name);
  return lines.join("\n");
}
