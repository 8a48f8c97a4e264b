/**
 * Runs extraction in a worker when the browser allows one, else on the pane's thread from a
 * lazily loaded chunk. Callers only ever see a promise of figures.
 */
import type { PlanDocument } from "../../plan-files";
import type { ExtractedItem, ExtractOptions } from "../../core/extract";
import { spawnExtractionWorker } from "./spawn-worker";

export interface Extractor {
  /** options.genre: the genre the statistician said the text is (a report pasted to fill 实际值). */
  extract(text: string, options?: ExtractOptions): Promise<ExtractedItem[]>;
  /** An opened plan file (.docx, .pdf, .txt, .html) as text; rejects with a FileReadError. */
  readFile?(name: string, bytes: ArrayBuffer): Promise<PlanDocument>;
  /** Starts the worker ahead of the first extraction (when the extraction screen opens). */
  warm?(): void;
  dispose(): void;
}

type Reply = { id: number; items?: ExtractedItem[]; document?: PlanDocument; error?: string; errorEn?: string };

/** Why a file could not be read, in both of the pane's languages. */
export class FileReadError extends Error {
  constructor(
    message: string,
    readonly english: string = message,
  ) {
    super(message);
  }
}

/**
 * A few lines in the plans' usual wording, extracted once when the worker starts: the first
 * run of any code is the slow one, and it should not be the statistician's paste.
 */
const WARM_UP_TEXT =
  "一、工作目标\n1.义务教育\n全市适龄儿童少年入学率达到100%，初中三年巩固率达到95%以上，法定年龄学生流生率控制在0.5%以内。" +
  "2.队伍建设\n新建公办幼儿园3所，培训中小学教师1500人次，优质学位比上年提高3-5个百分点，师生比保持1:15。";

async function extractHere(text: string, options?: ExtractOptions): Promise<ExtractedItem[]> {
  const { extractTargets } = await import(/* webpackChunkName: "extract" */ "../../core/extract");
  return extractTargets(text, options) as ExtractedItem[];
}

async function readHere(name: string, bytes: ArrayBuffer): Promise<PlanDocument> {
  const { readPlanFile } = await import(/* webpackChunkName: "plan-files" */ "../../plan-files");
  try {
    return await readPlanFile(name, new Uint8Array(bytes), { cMapUrl: new URL("cmaps/", self.location.href).href });
  } catch (e) {
    const english = (e as { english?: unknown }).english;
    throw new FileReadError(e instanceof Error ? e.message : String(e), typeof english === "string" ? english : undefined);
  }
}

type Job = { resolve(v: unknown): void; reject(e: Error): void } & ({ text: string; options?: ExtractOptions } | { file: { name: string; bytes: ArrayBuffer } });

/** The worker starts on the first extraction, not with the pane: the first screen does not need it. */
export function createExtractor(spawn: () => Worker | null = spawnExtractionWorker): Extractor {
  let worker: Worker | null = null;
  let started = false;
  let next = 1;
  const waiting = new Map<number, Job>();

  // A worker that cannot start (blocked, failed to load) hands its queue to the pane's thread.
  const fallBack = () => {
    worker?.terminate();
    worker = null;
    for (const [id, w] of waiting) {
      waiting.delete(id);
      ("text" in w ? extractHere(w.text, w.options) : readHere(w.file.name, w.file.bytes)).then(w.resolve, w.reject);
    }
  };
  const start = () => {
    started = true;
    worker = spawn();
    if (!worker) return;
    worker.onmessage = (event: MessageEvent<Reply>) => {
      const w = waiting.get(event.data.id);
      if (!w) return;
      waiting.delete(event.data.id);
      if (event.data.error !== undefined) w.reject("file" in w ? new FileReadError(event.data.error, event.data.errorEn) : new Error(event.data.error));
      else w.resolve("file" in w ? event.data.document : (event.data.items ?? []));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fallBack();
    };
    // Repeated, and twice, so that the hot loops are compiled to optimized code before a real paste. id 0: nobody waits.
    const warmUp = Array(16).fill(WARM_UP_TEXT).join("\n");
    worker.postMessage({ id: 0, text: warmUp });
    worker.postMessage({ id: 0, text: warmUp });
  };

  return {
    warm() {
      if (!started) start();
    },
    extract(text, options) {
      if (!started) start();
      if (!worker) return extractHere(text, options);
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { text, options, resolve: resolve as (v: unknown) => void, reject });
        worker?.postMessage({ id, text, options });
      });
    },
    readFile(name, bytes) {
      if (!started) start();
      if (!worker) return readHere(name, bytes);
      const id = next++;
      return new Promise((resolve, reject) => {
        // A copy stays here: a worker that fails to start hands the job back to this thread.
        const file = { name, bytes: bytes.slice(0) };
        waiting.set(id, { file, resolve: resolve as (v: unknown) => void, reject });
        worker?.postMessage({ id, file: { name, bytes } }, [bytes]);
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
    },
  };
}
