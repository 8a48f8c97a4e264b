/** Extraction off the pane's thread, so that typing and pasting never wait for it. */
import { extractTargets } from "../../core/extract";

interface Request {
  id: number;
  text: string;
}

self.onmessage = (event: MessageEvent<Request>) => {
  const { id, text } = event.data;
  try {
    self.postMessage({ id, items: extractTargets(text) });
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
};
