/** The page of a place in a PDF's text: kept apart from the readers, so that the pane's tab can use it without loading them. */
export interface PagedText {
  text: string;
  /** The page (1-based) of each line of `text`; null when the text has no pages. */
  linePages: number[] | null;
}

/** The page of the text at `offset`, or null when the text has no pages (or the offset is outside it). */
export function pageAt(doc: PagedText, offset: number): number | null {
  if (!doc.linePages || offset < 0 || offset > doc.text.length) return null;
  let line = 0;
  for (let i = doc.text.indexOf("\n"); i >= 0 && i < offset; i = doc.text.indexOf("\n", i + 1)) line++;
  return doc.linePages[line] ?? null;
}
