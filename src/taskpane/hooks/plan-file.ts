/**
 * Opening a plan file in the pane: the size is checked before a byte is read, the reading
 * (unzip, PDF parsing) happens in the extraction worker, and the answer is the document or a
 * message in the pane's language that names the file.
 */
import { useCallback, useState } from "react";
import { PlanFileError } from "../../plan-files/errors";
import { MAX_PLAN_FILE_BYTES } from "../../plan-files/file-type";
import type { PlanDocument } from "../../plan-files";
import { useLang } from "../i18n";
import { FileReadError } from "../extraction/extractor";
import { useExtractor } from "./extraction";

export interface OpenedFile {
  busy: string | null;
  error: string | null;
  document: PlanDocument | null;
  open(file: File): Promise<PlanDocument | null>;
  clear(): void;
}

export function useOpenPlanFile(): OpenedFile {
  const extractor = useExtractor();
  const lang = useLang();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [document, setDocument] = useState<PlanDocument | null>(null);
  const say = useCallback((e: { message: string; english?: string }) => setError(lang === "en-US" && e.english ? e.english : e.message), [lang]);

  const open = useCallback(
    async (file: File) => {
      setError(null);
      if (file.size > MAX_PLAN_FILE_BYTES) {
        say(new PlanFileError("too_large", file.name, { size: file.size }));
        return null;
      }
      if (!extractor?.readFile) return null;
      setBusy(file.name);
      try {
        const doc = await extractor.readFile(file.name, await file.arrayBuffer());
        setDocument(doc);
        return doc;
      } catch (e) {
        if (e instanceof FileReadError) say(e);
        else say({ message: `无法读取“${file.name}”：${e instanceof Error ? e.message : String(e)}`, english: `Cannot read “${file.name}”: ${e instanceof Error ? e.message : String(e)}` });
        return null;
      } finally {
        setBusy(null);
      }
    },
    [extractor, say],
  );
  const clear = useCallback(() => {
    setDocument(null);
    setError(null);
  }, []);
  return { busy, error, document, open, clear };
}
