/**
 * Text files and web pages as plain text. Text is UTF-8 (a BOM is kept, so that offsets index
 * the file as other tools read it), UTF-16 with a BOM, or else GBK, which Chinese Windows
 * still writes. A web page keeps its table rows: one line per row, cells separated by tabs.
 */
import { PlanFileError } from "./errors";
import { looksBinary } from "./file-type";

function decode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The bytes as text; `declared` is a web page's own charset, tried first. */
export function decodeText(name: string, bytes: Uint8Array, declared?: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(bytes.subarray(2), "utf-16le") ?? fail(name);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(bytes.subarray(2), "utf-16be") ?? fail(name);
  if (looksBinary(bytes)) throw new PlanFileError("unsupported", name, { is: null });
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // TextDecoder drops a leading BOM; put it back so offsets index the file as the scorer reads it.
  const utf8 = decode(bytes, "utf-8");
  if (utf8 !== null && (!declared || /^utf-?8$/i.test(declared))) return bom ? "\ufeff" + utf8 : utf8;
  if (declared) {
    const own = decode(bytes, declared.toLowerCase() === "gb2312" ? "gbk" : declared);
    if (own !== null) return own;
  }
  if (utf8 !== null) return bom ? "\ufeff" + utf8 : utf8;
  return decode(bytes, "gb18030") ?? fail(name);
}

function fail(name: string): never {
  throw new PlanFileError("not_utf8", name);
}

/** The charset a web page declares in its first 2 KB (<meta charset=gbk>), if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  let head = "";
  for (const b of bytes.subarray(0, 2048)) head += String.fromCharCode(b);
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ensp: " ", emsp: " ", thinsp: " ", middot: "·", hellip: "…", mdash: "—", ndash: "–", ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", times: "×", le: "≤", ge: "≥", permil: "‰" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

const BLOCK = /^(p|div|br|h[1-6]|li|ul|ol|section|article|header|footer|table|tbody|thead|tfoot|caption|blockquote|pre|hr|dd|dt|dl|title|form|nav|aside|main|figure|figcaption|center)$/;

/**
 * A web page's visible text: blocks on their own lines, table rows as lines with tab-separated
 * cells, scripts and styles dropped. A tokenizer over tags, not a browser: it runs in the
 * extraction worker (no DOMParser there) and in Node.
 */
export function htmlToText(html: string): string {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi, "");
  const out: string[] = [];
  let line = "";
  let cellsInRow = 0;
  let inPre = 0;
  const endLine = () => {
    const l = line.replace(/[ \u00a0]+/g, " ").replace(/ ?\t ?/g, "\t").trim();
    if (l !== "") out.push(l);
    line = "";
  };
  const tag = /<\/?([a-zA-Z][\w:-]*)[^>]*>|([^<]+)|</g;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    if (m[2] !== undefined || m[0] === "<") {
      const text = decodeEntities(m[2] ?? "<");
      if (inPre) {
        const parts = text.split(/\r?\n/);
        parts.forEach((p, i) => {
          if (i > 0) endLine();
          line += p;
        });
      } else line += text.replace(/\s+/g, " ");
      continue;
    }
    const name = m[1].toLowerCase();
    const closing = m[0][1] === "/";
    if (name === "pre") inPre += closing ? -1 : 1;
    if (name === "tr") {
      endLine();
      cellsInRow = 0;
    } else if (name === "td" || name === "th") {
      if (!closing) {
        if (cellsInRow > 0) line += "\t";
        cellsInRow++;
      }
    } else if (BLOCK.test(name) && cellsInRow === 0) endLine();
    else if (name === "br") line += " "; // a line break inside a table cell
  }
  endLine();
  return out.join("\n");
}
