import { useCallback, useEffect, useId, useMemo, useRef, useState, type DragEvent } from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Textarea,
  makeStyles,
} from "@fluentui/react-components";
import { v } from "./static-styles";
import { useStrings } from "../i18n";
import { useSettings } from "../settings";
import { useExtraction, useExtractor } from "../hooks/extraction";
import { useInsertTemplate, useSelection } from "../hooks/tasks";
import { useWorkbook } from "../hooks/workbook";
import { useOpenPlanFile } from "../hooks/plan-file";
import { pageAt } from "../../plan-files/pages";
import { PLAN_FILE_ACCEPT } from "../../plan-files/file-type";
import { applyEdits, readTargetTextCached, guessTitle, rowsToDefinition, toReviewRows, type RowEdit } from "../extraction/rows";
import { ReviewGrid } from "./ReviewGrid";
import { InsertProgress, useInsertedToast } from "./InsertProgress";

const useStyles = makeStyles({
  tools: { display: "flex", columnGap: "8px", margin: "6px 0 8px", alignItems: "center", flexWrap: "wrap" },
  status: { display: "flex", columnGap: "6px", alignItems: "center", minHeight: "24px", marginBottom: "4px", color: v("colorNeutralForeground2") },
  footer: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: "6px",
    padding: "8px 0",
    backgroundColor: v("colorNeutralBackground2"),
    borderTop: `1px solid ${v("colorNeutralStroke2")}`,
    marginTop: "8px",
  },
  footerRow: { display: "flex", columnGap: "8px", alignItems: "center", justifyContent: "space-between" },
  hint: { color: v("colorNeutralForeground3") },
  textarea: { width: "100%" },
  drop: { outline: `2px dashed ${v("colorBrandStroke1")}`, outlineOffset: "4px", borderRadius: v("borderRadiusMedium") },
  fileInput: { display: "none" },
});

export default function ExtractTab() {
  const t = useStrings();
  const styles = useStyles();
  const { settings } = useSettings();
  const { port, reason } = useWorkbook();
  const [text, setText] = useState("");
  const [title, setTitle] = useState<string | null>(null);
  const extraction = useExtraction(text);
  const extractor = useExtractor();
  // Start the worker while the statistician is still reaching for the text.
  useEffect(() => extractor?.warm?.(), [extractor]);
  const [edits, setEdits] = useState<ReadonlyMap<string, RowEdit>>(new Map());
  const selection = useSelection();
  const insert = useInsertTemplate();
  const toastInserted = useInsertedToast();
  const reasonId = useId();
  const file = useOpenPlanFile();
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  // Rows name the file (and the PDF page) as long as the text is the file's own.
  const fromFile = file.document && file.document.text === text ? file.document : null;

  const openFile = async (f: File) => {
    const doc = await file.open(f);
    if (!doc) return;
    setEdits(new Map());
    setTitle(null);
    setText(doc.text);
  };
  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes("Files")) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
    setDragging(true);
  };
  const onDrop = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes("Files")) return;
    e.preventDefault();
    setDragging(false);
    const files = e.dataTransfer.files;
    if (files.length > 0) void openFile(files[0]);
  };

  // Rows are the newest figures with the statistician's edits on top.
  const extracted = useMemo(() => toReviewRows(extraction.items ?? []), [extraction.items]);
  const rows = useMemo(() => applyEdits(extracted, edits), [extracted, edits]);

  const checks = useMemo(() => rows.map((r) => readTargetTextCached(r.targetText)), [rows]);

  const onChange = useCallback((id: string, change: RowEdit) => {
    setEdits((old) => new Map(old).set(id, { ...old.get(id), ...change }));
  }, []);
  const onIncludeAll = useCallback(
    (include: boolean) =>
      setEdits((old) => {
        const next = new Map(old);
        for (const r of extracted) next.set(r.id, { ...old.get(r.id), include });
        return next;
      }),
    [extracted],
  );

  const chosen = rows.filter((r) => r.include).length;
  const unreadable = rows.filter((r, i) => r.include && (checks[i]?.error || r.indicator.trim() === "")).length;
  const planTitle = title ?? guessTitle(text);
  const canInsert = Boolean(port) && chosen > 0 && unreadable === 0 && !insert.busy;

  const readSelection = async () => {
    const got = await selection.run();
    if (got) setText(got.text);
  };

  const doInsert = async () => {
    const definition = rowsToDefinition(
      rows,
      planTitle || t.extract.planTitleDefault,
      fromFile ? `《${fromFile.name}》` : t.extract.sourceName,
      fromFile ? (start) => pageAt(fromFile, start) : undefined,
    );
    const result = await insert.run({ definition, mode: settings.defaultMode });
    if (result) toastInserted(result);
  };

  let status: React.ReactNode = null;
  if (file.busy) status = <Spinner size="extra-tiny" label={t.extract.reading(file.busy)} />;
  else if (extraction.busy) status = <Spinner size="extra-tiny" label={t.extract.working} />;
  else if (extraction.error) status = null;
  else if (extraction.items && text.trim() !== "")
    status = <Text size={200}>{extraction.items.length > 0 ? t.extract.found(extraction.items.length, extraction.itemsText.length) : t.extract.none}</Text>;

  return (
    <section
      aria-labelledby="extract-heading"
      className={dragging ? styles.drop : undefined}
      onDragOver={onDragOver}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
      data-field="extract-drop"
    >
      <Text as="h2" id="extract-heading" size={400} weight="semibold" block>
        {t.extract.heading}
      </Text>
      <Field label={t.extract.textLabel}>
        <Textarea
          className={styles.textarea}
          resize="vertical"
          rows={6}
          value={text}
          placeholder={t.extract.textPlaceholder}
          onChange={(_, d) => setText(d.value)}
          data-field="plan-text"
        />
      </Field>
      <div className={styles.tools}>
        <Button size="small" disabled={file.busy !== null} onClick={() => fileInput.current?.click()} data-field="open-file">
          {t.extract.openFile}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept={PLAN_FILE_ACCEPT}
          className={styles.fileInput}
          tabIndex={-1}
          aria-hidden="true"
          data-field="plan-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = "";
            if (f) void openFile(f);
          }}
        />
        <Button
          size="small"
          disabledFocusable={!port || !selection.supported || selection.busy}
          aria-describedby={!port ? reasonId : undefined}
          onClick={() => void readSelection()}
          title={port && !selection.supported ? t.host.notYet : undefined}
        >
          {t.extract.fromSelection}
        </Button>
        <Button size="small" appearance="subtle" disabled={text === ""} onClick={() => setText("")}>
          {t.extract.clear}
        </Button>
        {!port && reason && (
          <Text size={200} id={reasonId} className={styles.hint}>
            {reason}
          </Text>
        )}
      </div>
      <Text size={200} className={styles.hint} block>
        {dragging ? t.extract.dropHere : t.extract.openFileHint}
      </Text>
      {file.error && (
        <MessageBar intent="error" role="alert" data-field="file-error">
          <MessageBarBody>{file.error}</MessageBarBody>
        </MessageBar>
      )}
      {fromFile && !file.busy && (
        <Text size={200} className={styles.hint} block data-field="file-read">
          {t.extract.fileRead(fromFile.name, fromFile.linePages ? fromFile.linePages[fromFile.linePages.length - 1] ?? null : null)}
        </Text>
      )}
      {selection.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{selection.error}</MessageBarBody>
        </MessageBar>
      )}
      <div
        className={styles.status}
        role="status"
        aria-live="polite"
        data-field="extract-status"
        data-extract-ms={extraction.elapsedMs === null ? undefined : Math.round(extraction.elapsedMs)}
      >
        {status}
      </div>
      {extraction.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t.extract.failed}：{extraction.error}
          </MessageBarBody>
        </MessageBar>
      )}
      {rows.length === 0 && text.trim() === "" && (
        <Text size={200} className={styles.hint} block>
          {t.extract.empty}
        </Text>
      )}
      {/* Drawn (hidden) before there are rows, so that the first paste does not also pay for the grid's styles. */}
      <div hidden={rows.length === 0}>
        <ReviewGrid rows={rows} checks={checks} onChange={onChange} onIncludeAll={onIncludeAll} />
      </div>
      {rows.length > 0 && (
        <>
          <div className={styles.footer}>
            <InsertProgress phase={insert.phase} rows={insert.rows} />
            {insert.error && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>{insert.error}</MessageBarBody>
              </MessageBar>
            )}
            <Field label={t.extract.planTitle} size="small">
              <Input size="small" value={planTitle} placeholder={t.extract.planTitleDefault} onChange={(_, d) => setTitle(d.value)} />
            </Field>
            <div className={styles.footerRow}>
              <Text size={200} aria-live="polite">
                {unreadable > 0 ? t.extract.fixFirst(unreadable) : chosen === 0 ? t.extract.nothingSelected : t.extract.selected(chosen, rows.length)}
              </Text>
              <Button
                appearance="primary"
                size="small"
                disabledFocusable={!canInsert}
                aria-describedby={!port ? reasonId : undefined}
                onClick={() => void doInsert()}
              >
                {t.extract.insert}
              </Button>
            </div>
          </div>
        </>
      )}
    </section>
  );
}
