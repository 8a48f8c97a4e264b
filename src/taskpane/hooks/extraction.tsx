/**
 * Extraction as the text changes. A paste (a jump of many characters) is extracted at once;
 * typing waits for a pause. Only the newest text's result is ever shown.
 */
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { createExtractor, type Extractor } from "../extraction/extractor";
import type { ExtractedItem } from "../../core/extract";

const ExtractorContext = createContext<Extractor | null>(null);

/** One extractor (one worker) for the whole pane; tests pass their own. */
export function ExtractorProvider({ extractor, children }: { extractor?: Extractor; children: ReactNode }) {
  const [own] = useState<Extractor | null>(() => (extractor ? null : createExtractor()));
  useEffect(() => () => own?.dispose(), [own]);
  return <ExtractorContext.Provider value={extractor ?? own}>{children}</ExtractorContext.Provider>;
}

export const TYPING_PAUSE_MS = 250;
/** More characters than this changing at once counts as a paste. */
const PASTE_JUMP = 20;

/** How many characters differ between two texts, outside their common start and end. */
export function changedChars(before: string, after: string): number {
  const n = Math.min(before.length, after.length);
  let head = 0;
  while (head < n && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < n - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return Math.max(before.length, after.length) - head - tail;
}

export interface ExtractionState {
  /** Figures of `itemsText` (null before the first result, or for blank text). */
  items: ExtractedItem[] | null;
  /** The text these items came from. */
  itemsText: string;
  /** True while the current text's figures are still to come. */
  busy: boolean;
  error: string | null;
  /** Time from the text change to the result, in milliseconds. */
  elapsedMs: number | null;
}

interface Result {
  text: string;
  items: ExtractedItem[] | null;
  error: string | null;
  elapsedMs: number | null;
}

export function useExtraction(text: string): ExtractionState {
  const extractor = useContext(ExtractorContext);
  const [result, setResult] = useState<Result>({ text: "", items: null, error: null, elapsedMs: null });
  const latest = useRef(0);
  const previousText = useRef("");

  useEffect(() => {
    const ticket = ++latest.current;
    const jump = changedChars(previousText.current, text);
    previousText.current = text;
    if (text.trim() === "" || !extractor) return;
    const started = performance.now();
    const run = () => {
      if (ticket !== latest.current) return;
      extractor.extract(text).then(
        (items) => ticket === latest.current && setResult({ text, items, error: null, elapsedMs: performance.now() - started }),
        (e: unknown) =>
          ticket === latest.current && setResult({ text, items: null, error: e instanceof Error ? e.message : String(e), elapsedMs: null }),
      );
    };
    if (jump > PASTE_JUMP) {
      run();
      return;
    }
    const timer = setTimeout(run, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, extractor]);

  if (text.trim() === "") return { items: null, itemsText: text, busy: false, error: null, elapsedMs: null };
  // Until the new text's figures arrive, the previous ones stay on screen (no flicker while typing).
  return { items: result.items, itemsText: result.text, busy: result.text !== text, error: result.error, elapsedMs: result.elapsedMs };
}

/** The pane's extractor, for one-off extractions (a pasted summary). */
export function useExtractor(): Extractor | null {
  return useContext(ExtractorContext);
}
