import { useId, useState } from "react";
import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import { KIND_COLORS } from "../../core/status";
import { v } from "./static-styles";
import { useStrings } from "../i18n";
import { useAttainmentChart, useSelectRange } from "../hooks/tasks";
import type { SheetRow } from "../hooks/workbook-port";
import { showActual, summarizeBySection, type SectionSummary } from "../model/summary";

const useStyles = makeStyles({
  num: { width: "44px", textAlign: "right" },
  bar: { display: "flex", height: "6px", borderRadius: "3px", overflow: "hidden", marginTop: "2px", backgroundColor: KIND_COLORS.pending },
  misses: { margin: "4px 0 0", paddingLeft: "18px" },
  hint: { color: v("colorNeutralForeground3") },
  actions: { marginTop: "8px", display: "flex", flexDirection: "column", rowGap: "6px", alignItems: "stretch" },
  button: { alignSelf: "flex-start" },
});

/** A section's mix of statuses as a thin bar (decorative: the numbers beside it say the same). */
function Mix({ s }: { s: SectionSummary }) {
  const styles = useStyles();
  const total = Math.max(1, s.met + s.atRisk + s.missed + s.pending);
  const part = (n: number, color: string) => (n > 0 ? <span style={{ width: `${(100 * n) / total}%`, backgroundColor: color }} /> : null);
  return (
    <div className={styles.bar} aria-hidden="true">
      {part(s.met, KIND_COLORS.met)}
      {part(s.atRisk, KIND_COLORS.atRisk)}
      {part(s.missed, KIND_COLORS.missed)}
    </div>
  );
}

/** Counts by section, the misses (a click selects the cell) and a chart on request. */
export function SummaryPanel({ title, rows }: { title: string; rows: SheetRow[] }) {
  const t = useStrings();
  const styles = useStyles();
  const select = useSelectRange();
  const chart = useAttainmentChart();
  const missesId = useId();
  const [charted, setCharted] = useState<string | null>(null);
  const addChart = async () => {
    setCharted(null);
    const result = await chart.run(title, summary.sections);
    if (result) setCharted(result.sheetName);
  };
  const summary = summarizeBySection(rows, t.check.noSection);

  return (
    <div>
      <Table size="extra-small" aria-label={t.check.bySection}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.check.sectionCol}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{t.check.met}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{t.check.atRisk}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{t.check.missed}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{t.check.pending}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {[...summary.sections, { ...summary.total, section: t.check.total }].map((s, i) => (
            <TableRow key={`${i}-${s.section}`} data-section={s.section}>
              <TableCell>
                <Text size={200} weight={i === summary.sections.length ? "semibold" : "regular"}>
                  {s.section}
                </Text>
                <Mix s={s} />
              </TableCell>
              <TableCell className={styles.num}>{s.met}</TableCell>
              <TableCell className={styles.num}>{s.atRisk}</TableCell>
              <TableCell className={styles.num}>{s.missed}</TableCell>
              <TableCell className={styles.num}>{s.pending}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {summary.unrecognised.length > 0 && (
        <Text size={200} block className={styles.hint} style={{ marginTop: 4 }} data-field="unrecognised">
          {t.check.unrecognised(summary.unrecognised.length, String(summary.unrecognised[0].status))}
        </Text>
      )}
      <Text id={missesId} weight="semibold" size={200} block style={{ marginTop: 8 }}>
        {t.check.misses}
      </Text>
      {summary.misses.length === 0 ? (
        <Text size={200} className={styles.hint}>
          {t.check.noMisses}
        </Text>
      ) : (
        <ul className={styles.misses} aria-labelledby={missesId}>
          {summary.misses.map((r) => (
            <li key={r.row}>
              <Link
                as="button"
                disabled={!select.supported}
                onClick={() => void select.run(r.actualAddress)}
                title={select.supported ? r.actualAddress : t.host.notYet}
              >
                {t.check.missLabel(`${r.scope ? r.scope + "·" : ""}${r.indicator}`, showActual(r.actual, r.target), r.target)}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.actions}>
        <Button className={styles.button} size="small" disabledFocusable={!chart.supported || chart.busy} title={chart.supported ? undefined : t.host.notYet} onClick={() => void addChart()}>
          {t.check.chart}
        </Button>
        {chart.supported ? null : (
          <Text size={200} className={styles.hint}>
            {t.host.notYet}
          </Text>
        )}
        {charted && (
          <MessageBar intent="success" role="status">
            <MessageBarBody>{t.check.chartDone(charted)}</MessageBarBody>
          </MessageBar>
        )}
        {(select.error || chart.error) && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{select.error ?? chart.error}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
