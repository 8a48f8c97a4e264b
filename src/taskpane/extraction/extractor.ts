/**
 * Runs extraction in a worker when the browser allows one, else on the pane's thread from a
 * lazily loaded chunk. Callers only ever see a promise of figures.
 */
import type { ExtractedFigure } from "./rows";
import { spawnExtractionWorker } from "./spawn-worker";

export interface Extractor {
  extract(text: string): Promise<ExtractedFigure[]>;
  /** Starts the worker ahead of the first extraction (when the extraction screen opens). */
  warm?(): void;
  dispose(): void;
}

type Reply = { id: number; items?: ExtractedFigure[]; error?: string };

/**
 * A few lines in the plans' usual wording, extracted once when the worker starts: the first
 * run of any code is the slow one, and it should not be the statistician's paste.
 */
const WARM_UP_TEXT =
  "一、工作目标\n1.义务教育\n全市适龄儿童少年入学率达到100%，初中三年巩固率达到95%以上，法定年龄学生流生率控制在0.5%以内。" +
  "2.队伍建设\n新建公办幼儿园3所，培训中小学教师1500人次，优质学位比上年提高3-5个百分点，师生比保持1:15。";

async function extractHere(text: string): Promise<ExtractedFigure[]> {
  const { extractTargets } = await import(/* webpackChunkName: "extract" */ "../../core/extract");
  return extractTargets(text) as ExtractedFigure[];
}

/** The worker starts on the first extraction, not with the pane: the first screen does not need it. */
export function createExtractor(spawn: () => Worker | null = spawnExtractionWorker): Extractor {
  let worker: Worker | null = null;
  let started = false;
  let next = 1;
  const waiting = new Map<number, { text: string; resolve(v: ExtractedFigure[]): void; reject(e: Error): void }>();

  // A worker that cannot start (blocked, failed to load) hands its queue to the pane's thread.
  const fallBack = () => {
    worker?.terminate();
    worker = null;
    for (const [id, w] of waiting) {
      waiting.delete(id);
      extractHere(w.text).then(w.resolve, w.reject);
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
      if (event.data.error !== undefined) w.reject(new Error(event.data.error));
      else w.resolve(event.data.items ?? []);
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
    extract(text) {
      if (!started) start();
      if (!worker) return extractHere(text);
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { text, resolve, reject });
        worker?.postMessage({ id, text });
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
    },
  };
}
