/**
 * Extraction off the pane's thread, so that typing and pasting never wait for it; opened plan
 * files are read here too. The .docx and PDF readers are separate chunks, loaded by the first
 * file of their kind.
 */
import { extractTargets, type ExtractOptions } from "../../core/extract";

type Request = { id: number; text: string; options?: ExtractOptions } | { id: number; file: { name: string; bytes: ArrayBuffer } };

async function readFile(name: string, bytes: ArrayBuffer) {
  const { readPlanFile } = await import(/* webpackChunkName: "plan-files" */ "../../plan-files");
  return readPlanFile(name, new Uint8Array(bytes), { cMapUrl: new URL("cmaps/", self.location.href).href });
}

self.onmessage = (event: MessageEvent<Request>) => {
  const request = event.data;
  if ("file" in request) {
    readFile(request.file.name, request.file.bytes).then(
      (document) => self.postMessage({ id: request.id, document }),
      (e: unknown) => self.postMessage({ id: request.id, ...fileError(e) }),
    );
    return;
  }
  try {
    self.postMessage({ id: request.id, items: extractTargets(request.text, request.options) });
  } catch (e) {
    self.postMessage({ id: request.id, error: e instanceof Error ? e.message : String(e) });
  }
};

/** A PlanFileError's two languages survive the message; its class does not. */
function fileError(e: unknown): { error: string; errorEn?: string } {
  const english = (e as { english?: unknown }).english;
  return { error: e instanceof Error ? e.message : String(e), errorEn: typeof english === "string" ? english : undefined };
}
