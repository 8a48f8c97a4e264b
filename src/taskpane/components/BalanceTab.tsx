/**
 * 均衡: the per-school balance workbook. Choose the standard and the province's adjustments,
 * insert the three sheets, and after the figures are typed read back what Excel computed:
 * the county verdict per 学段, the schools below each standard (a click selects the cell) and
 * the data checks. Loaded on first opening (its own chunk).
 */
import { useMemo, useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Text, makeStyles } from "@fluentui/react-components";
import { balanceOutcome, type BalanceOutcome } from "../../core/balance/workbook-outcome";
import { parseRangeAddress } from "../../core/a1";
import { DEFAULT_BALANCE_ROWS, MAX_BALANCE_ROWS, STAGES, type Stage } from "../../core/balance/workbook-plan";
import { recogniseSource } from "../../core/balance/workbook-source";
import { WORKBOOK_STANDARDS, withOverrides, type WorkbookOverrides } from "../../core/balance/workbook-standard";
import { showAddress, useStrings } from "../i18n";
import { useAction, useWorkbook } from "../hooks/workbook";
import { useSettings } from "../settings";
import { v } from "./static-styles";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: "10px" },
  pair: { display: "flex", flexWrap: "wrap", gap: "8px" },
  hint: { color: v("colorNeutralForeground3") },
  list: { margin: "4px 0 8px", paddingLeft: "18px" },
  link: {
    background: "none",
    border: "none",
    padding: 0,
    color: v("colorBrandForegroundLink"),
    cursor: "pointer",
    textAlign: "left",
    font: "inherit",
  },
});

/** A positive number typed in a box, null when blank, NaN when unreadable. */
function positive(s: string): number | null {
  if (s.trim() === "") return null;
  const n = Number(s.trim());
  return Number.isFinite(n) && n > 0 ? n : NaN;
}

const fmt = (x: number, digits = 4) => String(Math.round(x * 10 ** digits) / 10 ** digits);

export default function BalanceTab() {
  const t = useStrings();
  const styles = useStyles();
  const { port, reason } = useWorkbook();
  const { settings } = useSettings();
  const [mode, setMode] = useState(settings.defaultMode);
  const [rows, setRows] = useState(String(DEFAULT_BALANCE_ROWS));
  // Typed adjustments by field id: cv:小学, nineYear, complete, L4:初中 …
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [sheets, setSheets] = useState<{ names: string[]; school: string; county: string; functions: string | null } | null>(null);
  const [outcome, setOutcome] = useState<BalanceOutcome | null>(null);
  const [unknown, setUnknown] = useState<string[]>([]);

  const [standardId, setStandardId] = useState(WORKBOOK_STANDARDS[0].id);
  const base = WORKBOOK_STANDARDS.find((x) => x.id === standardId) ?? WORKBOOK_STANDARDS[0];
  const fields = useMemo(
    () => [
      ...STAGES.map((s) => ({ id: `cv:${s}`, label: base.countyRule === "each" ? t.balance.cvLimit(s) : t.balance.compositeLimit(s), placeholder: String(base.cvThresholds[s]) })),
      { id: "nineYear", label: t.balance.nineYear, placeholder: String(base.split.nineYear) },
      { id: "complete", label: t.balance.complete, placeholder: String(base.split.complete) },
      ...base.indicators.flatMap((ind) => {
        const th = ind.thresholds;
        return th ? STAGES.map((s) => ({ id: `${ind.code}:${s}`, label: t.balance.threshold(ind.code, s), placeholder: String(th[s]) })) : [];
      }),
    ],
    [t, base],
  );
  const problems = fields.filter((f) => Number.isNaN(positive(typed[f.id] ?? ""))).map((f) => t.balance.bad(f.label));
  const rowCount = Number(rows);
  if (!(Number.isInteger(rowCount) && rowCount >= 1 && rowCount <= MAX_BALANCE_ROWS)) problems.push(t.balance.bad(t.balance.rows));

  const standard = useMemo(() => {
    const get = (id: string) => positive(typed[id] ?? "") ?? undefined;
    const o: WorkbookOverrides = { cv: {}, thresholds: {}, nineYear: get("nineYear"), complete: get("complete") };
    for (const s of STAGES) {
      const cv = get(`cv:${s}`);
      if (cv !== undefined) (o.cv as Partial<Record<Stage, number>>)[s] = cv;
      for (const ind of base.indicators) {
        const x = get(`${ind.code}:${s}`);
        if (x !== undefined) (o.thresholds as Record<string, Partial<Record<Stage, number>>>)[ind.code] = { ...o.thresholds?.[ind.code], [s]: x };
      }
    }
    return withOverrides(base, o);
  }, [typed, base]);

  const insert = useAction(async () => {
    if (!port?.insertBalance) throw new Error(t.host.notYet);
    const result = await port.insertBalance(standard, { mode, rows: rowCount });
    setSheets({ names: result.sheetNames, school: result.schoolSheet, county: result.countySheet, functions: result.functions ?? null });
    setOutcome(null);
    return result;
  });
  // The school rows are already in the workbook: the selection's first row is their header.
  const fromSelection = useAction(async () => {
    if (!port?.insertBalance || !port.getSelection) throw new Error(t.host.notYet);
    const got = await port.getSelection();
    const lines = got.text.split("\n");
    const at = parseRangeAddress(got.address);
    const found = recogniseSource(standard, at.sheet ?? "", (lines[0] ?? "").split("\t"), { row: at.row, col: at.col });
    setUnknown(found.unknown);
    if (!found.source) throw new Error(t.balance.missingColumns(found.missing.join("、"), found.unknown.join("、")));
    if (lines.length < 2) throw new Error(t.balance.noRows);
    const result = await port.insertBalance(standard, { mode, rows: lines.length - 1, source: found.source });
    setSheets({ names: result.sheetNames, school: result.schoolSheet, county: result.countySheet, functions: result.functions ?? null });
    setOutcome(null);
    return result;
  });
  const read = useAction(async () => {
    if (!port?.readBalance || !sheets) throw new Error(t.host.notYet);
    const got = await port.readBalance(sheets.school, sheets.county);
    setOutcome(balanceOutcome(standard, got.school, got.county));
  });
  const select = useAction(async (address: string) => port?.selectRange?.(address));
  const off = reason ?? (port?.insertBalance ? null : t.host.notYet);

  return (
    <section aria-labelledby="balance-heading">
      <Text as="h2" id="balance-heading" size={400} weight="semibold" block>
        {t.balance.heading}
      </Text>
      <Text as="p" size={200} className={styles.hint} block style={{ margin: "4px 0 10px" }}>
        {t.balance.intro}
      </Text>
      <div className={styles.form}>
        <Field label={t.balance.standard}>
          <Select
            value={base.id}
            onChange={(_, d) => {
              // Adjustments belong to one standard: a new choice starts from its national values.
              setStandardId(d.value);
              setTyped({});
              setSheets(null);
              setOutcome(null);
            }}
          >
            <option value="youzhi-2017">{t.balance.youzhi}</option>
            <option value="jiben-2012">{t.balance.jiben}</option>
            {/* Listed so that the statistician sees what is coming: 学前 rows are per kindergarten, not per school. */}
            <option value="xueqian-2020" disabled>
              {t.balance.xueqian}
            </option>
          </Select>
        </Field>
        <details>
          <summary>{t.balance.overrides}</summary>
          <Text size={200} className={styles.hint} block>
            {t.balance.overridesHint}
          </Text>
          {fields.map((f) => (
            <Field key={f.id} label={f.label} size="small">
              <Input
                size="small"
                inputMode="decimal"
                placeholder={f.placeholder}
                value={typed[f.id] ?? ""}
                onChange={(_, d) => setTyped((old) => ({ ...old, [f.id]: d.value }))}
              />
            </Field>
          ))}
        </details>
        <Field label={t.balance.rows} hint={t.balance.rowsHint}>
          <Input inputMode="numeric" value={rows} onChange={(_, d) => setRows(d.value)} />
        </Field>
        <Field label={t.balance.mode}>
          <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as typeof mode)}>
            <Radio value="live" label={t.balance.live} />
            <Radio value="portable" label={t.balance.portable} />
          </RadioGroup>
        </Field>
        {problems.map((p) => (
          <MessageBar key={p} intent="warning">
            <MessageBarBody>{p}</MessageBarBody>
          </MessageBar>
        ))}
        <div className={styles.pair}>
          <Button appearance="primary" disabled={Boolean(off) || problems.length > 0 || insert.busy} onClick={() => void insert.run()} title={off ?? undefined}>
            {insert.busy ? t.balance.inserting : t.balance.insert}
          </Button>
          <Button
            disabled={Boolean(off) || !port?.getSelection || problems.length > 0 || fromSelection.busy}
            onClick={() => void fromSelection.run()}
            title={t.balance.fromSelectionHint}
          >
            {fromSelection.busy ? t.balance.inserting : t.balance.fromSelection}
          </Button>
          <Button disabled={!sheets || !port?.readBalance || read.busy} onClick={() => void read.run()}>
            {read.busy ? t.balance.computing : t.balance.compute}
          </Button>
        </div>
        {off && (
          <Text size={200} className={styles.hint}>
            {off}
          </Text>
        )}
        {unknown.length > 0 && !fromSelection.error && (
          <Text size={200} className={styles.hint}>
            {t.balance.unknownColumns(unknown.join("、"))}
          </Text>
        )}
        {[insert.error, fromSelection.error, read.error, select.error].filter(Boolean).map((e) => (
          <MessageBar key={e} intent="error" role="alert">
            <MessageBarBody>{e}</MessageBarBody>
          </MessageBar>
        ))}
        {sheets && !outcome && (
          <MessageBar intent={sheets.functions === "portable" || sheets.functions === "unavailable" ? "warning" : "success"}>
            <MessageBarBody>
              {t.balance.inserted(sheets.names.map((s) => `“${s}”`).join("、"))}
              {sheets.functions === "portable" && " " + t.templates.fellBackPortable}
              {sheets.functions === "unavailable" && " " + t.templates.noFunctions}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {outcome && <Outcome outcome={outcome} perSchool={base.minMet !== null} onSelect={(a) => void select.run(a)} />}
    </section>
  );
}

function Outcome({ outcome, perSchool, onSelect }: { outcome: BalanceOutcome; perSchool: boolean; onSelect(address: string): void }) {
  const t = useStrings();
  const styles = useStyles();
  const failing = outcome.failing.filter((f) => f.schools.length > 0);
  const cell = (address: string, label: string) => (
    <button type="button" className={styles.link} title={`${t.balance.select}：${showAddress(address)}`} onClick={() => onSelect(address)}>
      {label}
    </button>
  );
  return (
    <div data-balance-outcome style={{ marginTop: 12 }}>
      <Text as="h3" weight="semibold" block>
        {t.balance.county}
      </Text>
      <ul className={styles.list}>
        {outcome.county.map((c) => (
          <li key={c.stage} data-stage={c.stage}>
            {t.balance.countyLine(c.stage, t.balance.verdicts[c.verdict] ?? c.verdict, c.composite === null ? "" : fmt(c.composite))}
            {c.over.length > 0 && (
              <ul>
                {c.over.map((o) => (
                  <li key={o.code}>{t.balance.over(o.code, o.name, fmt(o.cv), String(o.threshold))}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {perSchool && (
        <Text as="h3" weight="semibold" block>
          {t.balance.failing}
        </Text>
      )}
      {!perSchool ? null : failing.length === 0 ? (
        <Text as="p" size={200} block>
          {t.balance.noFailing}
        </Text>
      ) : (
        failing.map((f) => (
          <div key={f.code} data-indicator={f.code}>
            <Text size={200} weight="semibold">
              {f.code} {f.name}（{f.schools.length}）
            </Text>
            <ul className={styles.list}>
              {f.schools.map((s) => (
                <li key={s.address}>
                  {cell(
                    s.address,
                    t.balance.failingItem(s.school, s.stage, fmt(s.value, 2), String(s.standard), s.shortfall === null ? "" : `${fmt(s.shortfall, 2)} ${f.unit}`),
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      <Text as="h3" weight="semibold" block>
        {t.balance.checks}
      </Text>
      {outcome.checks.length === 0 ? (
        <Text as="p" size={200} block>
          {t.balance.noChecks}
        </Text>
      ) : (
        <ul className={styles.list}>
          {outcome.checks.map((c) => (
            <li key={c.address}>{cell(c.address, t.balance.checkItem(c.school, c.stage, c.message))}</li>
          ))}
        </ul>
      )}
      <Text size={200}>{t.balance.rowsRead(outcome.rows)}</Text>
    </div>
  );
}
