import { useCallback } from "react";
import { Text } from "@fluentui/react-components";
import { PaneProgress } from "./PaneButton";
import { showAddress, useStrings } from "../i18n";
import type { InsertPhase } from "../hooks/tasks";
import type { ApplyResult } from "../hooks/workbook-port";
import { useNotify } from "./Notices";

/** A progress bar while a template is built and written; its label is announced politely. */
export function InsertProgress({ phase, rows }: { phase: InsertPhase; rows: number }) {
  const t = useStrings();
  if (phase === "idle") return null;
  const label = phase === "build" ? t.templates.progressBuild : t.templates.progressWrite(rows);
  return (
    <div style={{ marginBottom: 8 }} data-field="insert-progress">
      {/* Writing is one request to Excel: its length is unknown, so the bar is indeterminate then. */}
      <PaneProgress value={phase === "build" ? 0.2 : undefined} label={label} />
      <Text size={200} role="status" aria-live="polite">
        {label}
      </Text>
    </div>
  );
}

/** A success toast that names the new sheet. */
export function useInsertedToast(): (result: ApplyResult) => void {
  const t = useStrings();
  const notify = useNotify();
  return useCallback(
    (result: ApplyResult) => {
      const functions = result.functions === "portable" ? t.templates.fellBackPortable : result.functions === "unavailable" ? t.templates.noFunctions : null;
      notify({
        intent: functions ? "warning" : "success",
        title: t.templates.done(result.sheetName),
        body: functions ? `${t.templates.doneDetail(showAddress(result.address))} ${functions}` : t.templates.doneDetail(showAddress(result.address)),
      });
    },
    [notify, t],
  );
}
