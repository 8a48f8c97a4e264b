import { useId, useState } from "react";
import {
  Badge,
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  makeStyles,
} from "@fluentui/react-components";
import { v } from "./static-styles";
import { fillActualsFromSummary, type FillResult } from "../../core/fill-actuals";
import { useStrings } from "../i18n";
import { loadCatalog } from "../hooks/catalog";
import { useExtractor } from "../hooks/extraction";
import { useWriteActuals } from "../hooks/tasks";
import { useWorkbook } from "../hooks/workbook";
import type { FoundTemplate, SheetRow } from "../hooks/workbook-port";
import { actualsFromFigures } from "../../core/template/from-figures";
import { definitionFromSheet, showActual } from "../model/summary";
import { useNotify } from "./Notices";

const useStyles = makeStyles({
  intro: { display: "block", color: v("colorNeutralForeground2"), marginBottom: "6px" },
  list: { listStyleType: "none", margin: "6px 0", padding: 0, display: "flex", flexDirection: "column", rowGap: "4px" },
  quote: { display: "block", color: v("colorNeutralForeground3"), paddingLeft: "28px" },
  actions: { display: "flex", columnGap: "8px", alignItems: "center", marginTop: "6px", flexWrap: "wrap" },
  unmatched: { marginTop: "6px" },
  assign: { display: "flex", flexDirection: "column", rowGap: "2px" },
});

const SAMPLE_ID = "summary-001";

/** Fills 实际值 from a pasted year-end summary (or the built-in sample), after the statistician confirms. */
export function FillActuals({
  template,
  rows,
  sampleId,
  onWritten,
}: {
  template: FoundTemplate | null;
  rows: SheetRow[] | null;
  sampleId: string | null;
  onWritten(): void;
}) {
  const t = useStrings();
  const styles = useStyles();
  const extractor = useExtractor();
  const write = useWriteActuals();
  // The sample chosen in the gallery wins until the statistician picks a source for it here.
  const [choice, setChoice] = useState<{ source: "text" | "sample"; forSample: string | null } | null>(null);
  const source = choice && choice.forSample === sampleId ? choice.source : sampleId ? "sample" : "text";
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Matches belong to the rows they were found in: another template (or a refresh) starts over.
  const [outcome, setOutcome] = useState<{ rows: SheetRow[]; result: FillResult } | null>(null);
  const found = outcome && outcome.rows === rows ? outcome.result : null;
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  // Report figures the statistician assigned by hand: summary key → template row.
  const [assigned, setAssigned] = useState<ReadonlyMap<string, string>>(new Map());
  const [confirming, setConfirming] = useState(false);
  const notify = useNotify();
  const { port, reason } = useWorkbook();
  const whyNotId = useId();
  // Matching needs the template's rows, which only the workbook has.
  const whyNot = !port ? reason : !template ? t.check.noTemplates : null;

  const find = async () => {
    if (!rows || !template) return;
    setBusy(true);
    setError(null);
    try {
      let summary;
      if (source === "sample") {
        const entry = (await loadCatalog()).find((e) => e.id === (sampleId ?? SAMPLE_ID));
        if (!entry) throw new Error(SAMPLE_ID);
        summary = entry.definition;
      } else {
        if (!extractor) throw new Error(t.extract.failed);
        // text pasted here is a report: a figure with no plan word of its own (力争, 到2025年) is what was reached
        summary = actualsFromFigures(await extractor.extract(text, { genre: "actual" }), t.extract.sourceName);
      }
      const result = fillActualsFromSummary(definitionFromSheet(rows, template.title), summary);
      setOutcome({ rows, result });
      setTicked(new Set(result.matches.map((m) => m.rowKey)));
      setAssigned(new Map());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const matchedRows = new Set((found?.matches ?? []).map((m) => m.rowKey));
  // Rows a figure may be assigned to: no match found and 实际值 still blank (nothing is overwritten).
  const openRows = (rows ?? []).filter((r) => !matchedRows.has(String(r.row)) && (r.actual === "" || r.actual === null || r.actual === undefined));
  const byHand = (found?.unmatched ?? []).filter((u) => assigned.has(u.summaryKey)).map((u) => ({ row: Number(assigned.get(u.summaryKey)), value: u.actual }));
  const writes = [...(found?.matches ?? []).filter((m) => ticked.has(m.rowKey)).map((m) => ({ row: Number(m.rowKey), value: m.actual })), ...byHand];
  const assign = (summaryKey: string, rowKey: string) =>
    setAssigned((old) => {
      const next = new Map([...old].filter(([, r]) => r !== rowKey)); // one figure per row
      if (rowKey === "") next.delete(summaryKey);
      else next.set(summaryKey, rowKey);
      return next;
    });
  const targetOf = (rowKey: string) => rows?.find((r) => String(r.row) === rowKey)?.target ?? "";

  const confirm = async () => {
    setConfirming(false);
    if (!template) return;
    const result = await write.run(template.tableName, writes);
    if (result) {
      notify({ intent: "success", title: t.check.written(result.written) });
      setOutcome(null);
      onWritten();
    }
  };

  return (
    <section aria-labelledby="fill-heading">
      <Text as="h3" id="fill-heading" weight="semibold" block>
        {t.check.fillHeading}
      </Text>
      <Text size={200} className={styles.intro}>
        {t.check.fillIntro}
      </Text>
      <RadioGroup
        layout="horizontal"
        value={source}
        onChange={(_, d) => setChoice({ source: d.value as "text" | "sample", forSample: sampleId })}
        aria-label={t.check.fillSource}
      >
        <Radio value="text" label={t.check.pasted} />
        <Radio value="sample" label={t.check.useSample} />
      </RadioGroup>
      {source === "text" && (
        <Field label={t.check.fillText} size="small">
          <Textarea resize="vertical" rows={4} value={text} placeholder={t.check.fillPlaceholder} onChange={(_, d) => setText(d.value)} />
        </Field>
      )}
      <div className={styles.actions}>
        <Button
          size="small"
          disabledFocusable={!rows || !template || busy || (source === "text" && text.trim() === "")}
          aria-describedby={whyNot ? whyNotId : undefined}
          onClick={() => void find()}
        >
          {t.check.findMatches}
        </Button>
        {whyNot && (
          <Text size={200} id={whyNotId} style={{ color: v("colorNeutralForeground3") }}>
            {whyNot}
          </Text>
        )}
        {found && (
          <Text size={200} role="status">
            {found.matches.length > 0 ? t.check.matches(found.matches.length) : t.check.noMatches}
            {found.ambiguous.length > 0 ? `；${t.check.ambiguous(found.ambiguous.length)}` : ""}
          </Text>
        )}
      </div>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {found && found.unmatched.length > 0 && openRows.length > 0 && (
        <details className={styles.unmatched}>
          <summary>{t.check.unmatched(found.unmatched.length)}</summary>
          <ul className={styles.list}>
            {found.unmatched.map((u) => (
              <li key={u.summaryKey}>
                <label className={styles.assign}>
                  <span>
                    {u.scope ? `${u.scope}·` : ""}
                    {u.indicator}：{u.reported.replace(/^=/, "")}
                  </span>
                  <select value={assigned.get(u.summaryKey) ?? ""} onChange={(e) => assign(u.summaryKey, e.currentTarget.value)} aria-label={t.check.assignTo(u.indicator)}>
                    <option value="">{t.check.notAssigned}</option>
                    {openRows.map((r) => (
                      <option key={r.row} value={String(r.row)}>
                        {r.scope ? `${r.scope}·` : ""}
                        {r.indicator}（{r.target}）
                      </option>
                    ))}
                  </select>
                </label>
                <Caption1 className={styles.quote}>“{u.quote}”</Caption1>
              </li>
            ))}
          </ul>
        </details>
      )}
      {found && writes.length + found.matches.length > 0 && (
        <>
          {found.matches.length > 0 && (
          <ul className={styles.list} aria-label={t.check.matches(found.matches.length)}>
            {found.matches.map((m) => {
              const target = targetOf(m.rowKey);
              return (
                <li key={m.rowKey}>
                  <Checkbox
                    checked={ticked.has(m.rowKey)}
                    onChange={(_, d) =>
                      setTicked((old) => {
                        const next = new Set(old);
                        if (d.checked) next.add(m.rowKey);
                        else next.delete(m.rowKey);
                        return next;
                      })
                    }
                    label={
                      <>
                        {m.indicator}：{showActual(m.actual, target)}（{t.extract.target} {target}）{" "}
                        {m.approximate && (
                          <Badge size="small" appearance="outline" color="warning">
                            {t.check.approximate}
                          </Badge>
                        )}
                      </>
                    }
                  />
                  <Caption1 className={styles.quote}>“{m.quote}”</Caption1>
                </li>
              );
            })}
          </ul>
          )}
          <Button appearance="primary" size="small" disabledFocusable={writes.length === 0 || !write.supported || write.busy} onClick={() => setConfirming(true)}>
            {t.check.confirmWrite(writes.length)}
          </Button>
          {!write.supported && (
            <Text size={200} block>
              {t.host.notYet}
            </Text>
          )}
        </>
      )}
      {write.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{write.error}</MessageBarBody>
        </MessageBar>
      )}
      {/* Mounted only while open: a closed Fluent Dialog still starts tabster, whose focusable aria-hidden guards fail axe's aria-hidden-focus. */}
      {confirming && (
        <Dialog open={confirming} onOpenChange={(_, d) => setConfirming(d.open)}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t.check.confirmTitle}</DialogTitle>
              <DialogContent>{t.check.confirmBody(writes.length, template?.currentSheetName ?? template?.sheetName ?? "")}</DialogContent>
              <DialogActions>
                <Button appearance="secondary" onClick={() => setConfirming(false)}>
                  {t.templates.cancel}
                </Button>
                <Button appearance="primary" onClick={() => void confirm()}>
                  {t.check.confirmWrite(writes.length)}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </section>
  );
}
