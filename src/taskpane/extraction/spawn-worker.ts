/** The extraction worker, or null where workers are unavailable (kept apart: tests replace this module). */
export function spawnExtractionWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  try {
    return new Worker(new URL("./extract.worker.ts", import.meta.url), { name: "dabiao-extract" });
  } catch {
    return null;
  }
}
