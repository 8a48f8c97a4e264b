import { Fragment, memo, useCallback, useEffect, useState } from "react";
import {
  Caption1,
  Checkbox,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Tooltip,
  makeStyles,
  mergeClasses,
} from "@fluentui/react-components";
import { v } from "./static-styles";
import { useStrings } from "../i18n";
import type { ReviewRow, RowCheck, RowEdit } from "../extraction/rows";

const useStyles = makeStyles({
  table: { tableLayout: "fixed", width: "100%" },
  include: { width: "28px" },
  scope: { width: "44px" },
  target: { width: "76px" },
  quote: { width: "28px" },
  section: { backgroundColor: v("colorNeutralBackground3"), fontWeight: v("fontWeightSemibold") },
  input: { width: "100%", minWidth: 0 },
  excluded: { opacity: 0.55 },
  quoteText: {
    display: "block",
    padding: "4px 8px 8px",
    whiteSpace: "pre-wrap",
    color: v("colorNeutralForeground2"),
    borderLeft: `3px solid ${v("colorBrandStroke1")}`,
  },
  actual: { color: v("colorPaletteMarigoldForeground2") },
  base: { display: "block", color: v("colorNeutralForeground3"), fontSize: v("fontSizeBase100"), lineHeight: v("lineHeightBase100") },
  // Body rows are native <tr>/<td> with Fluent's extra-small TableRow and TableCell look:
  // Fluent's versions cost a few hooks per cell, which a long plan multiplies by hundreds.
  tr: {
    color: v("colorNeutralForeground1"),
    borderBottom: `1px solid ${v("colorNeutralStroke2")}`,
    ":hover": { backgroundColor: v("colorSubtleBackgroundHover") },
  },
  td: { position: "relative", padding: `0 ${v("spacingHorizontalS")}`, height: "28px", verticalAlign: "middle" },
  scopeText: { fontSize: v("fontSizeBase200"), lineHeight: v("lineHeightBase200"), color: v("colorNeutralForeground2") },
  // Native controls in the rows: a long plan has hundreds of them, and Fluent's Input and
  // Checkbox cost several hooks each. These take Fluent's underline-input and checkbox look.
  cellInput: {
    boxSizing: "border-box",
    width: "100%",
    minWidth: 0,
    padding: "3px 2px",
    border: "none",
    borderBottom: `1px solid ${v("colorNeutralStrokeAccessible")}`,
    borderRadius: 0,
    backgroundColor: "transparent",
    color: v("colorNeutralForeground1"),
    fontFamily: v("fontFamilyBase"),
    fontSize: v("fontSizeBase200"),
    lineHeight: v("lineHeightBase200"),
    outlineStyle: "none",
    ":hover": { borderBottomColor: v("colorNeutralStrokeAccessibleHover") },
    ":focus": { borderBottom: `2px solid ${v("colorCompoundBrandStroke")}`, paddingBottom: "2px" },
  },
  invalid: {
    color: v("colorPaletteRedForeground1"),
    borderBottom: `2px solid ${v("colorPaletteRedBorder2")}`,
    paddingBottom: "2px",
    ":hover": { borderBottomColor: v("colorPaletteRedBorder2") },
  },
  check: { width: "16px", height: "16px", margin: "0 0 0 4px", accentColor: v("colorCompoundBrandBackground"), cursor: "pointer" },
  toggle: {
    border: "none",
    background: "none",
    cursor: "pointer",
    padding: "2px 6px",
    borderRadius: v("borderRadiusMedium"),
    color: v("colorNeutralForeground2"),
    ":hover": { backgroundColor: v("colorSubtleBackgroundHover"), color: v("colorNeutralForeground1") },
    ":focus-visible": { outline: `2px solid ${v("colorStrokeFocus2")}` },
  },
});

export interface ReviewGridProps {
  rows: readonly ReviewRow[];
  checks: readonly RowCheck[];
  onChange(id: string, change: RowEdit): void;
  onIncludeAll(include: boolean): void;
}

/** Rows drawn at once; the rest follow in chunks between frames. */
const FIRST_ROWS = 150;
const MORE_ROWS = 200;

/**
 * How many rows to draw now. A 100-page plan has 1,600 rows, over a second of drawing: its first
 * screens show at once and the rest follow without freezing the pane. A new document starts over.
 */
function useRowsDrawn(total: number, firstId: string | undefined): number {
  const [drawn, setDrawn] = useState({ firstId, limit: FIRST_ROWS });
  if (drawn.firstId !== firstId) setDrawn({ firstId, limit: FIRST_ROWS });
  useEffect(() => {
    if (drawn.limit >= total) return;
    const timer = setTimeout(() => setDrawn((d) => ({ ...d, limit: d.limit + MORE_ROWS })), 0);
    return () => clearTimeout(timer);
  }, [drawn.limit, total]);
  return drawn.limit;
}

/** The extracted targets, one editable row each, grouped under their section headings. */
export function ReviewGrid({ rows, checks, onChange, onIncludeAll }: ReviewGridProps) {
  const t = useStrings();
  const styles = useStyles();
  const drawn = useRowsDrawn(rows.length, rows[0]?.id);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const included = rows.filter((r) => r.include).length;
  const all = included === rows.length ? true : included === 0 ? false : "mixed";
  const toggleQuote = useCallback(
    (id: string) =>
      setOpen((old) => {
        const next = new Set(old);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );

  return (
    <Table size="extra-small" className={styles.table} aria-label={t.extract.grid} noNativeElements={false}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.include}>
            <Checkbox checked={all} onChange={(_, d) => onIncludeAll(d.checked === true)} aria-label={t.extract.includeAll} />
          </TableHeaderCell>
          <TableHeaderCell className={styles.scope}>{t.extract.scope}</TableHeaderCell>
          <TableHeaderCell>{t.extract.indicator}</TableHeaderCell>
          <TableHeaderCell className={styles.target}>{t.extract.target}</TableHeaderCell>
          <TableHeaderCell className={styles.quote}>
            <span style={{ position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)" }}>{t.extract.source}</span>
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.slice(0, drawn).map((row, i) => {
          const newSection = row.section !== (i > 0 ? rows[i - 1].section : undefined) && row.section;
          return (
            <Fragment key={row.id}>
              {newSection && (
                <tr className={mergeClasses(styles.tr, styles.section)}>
                  <td className={styles.td} colSpan={5}>
                    {row.section}
                  </td>
                </tr>
              )}
              <GridRow
                id={row.id}
                n={i + 1}
                include={row.include}
                scope={row.scope}
                indicator={row.indicator}
                targetText={row.targetText}
                kind={row.kind}
                quote={row.quote}
                deadline={row.deadline}
                baselineShown={row.baselineShown}
                baselineYear={row.baselineYear}
                problem={checks[i]?.error ?? null}
                quoteOpen={open.has(row.id)}
                onChange={onChange}
                onToggleQuote={toggleQuote}
              />
            </Fragment>
          );
        })}
      </TableBody>
    </Table>
  );
}

// Plain values, not the row object: a row re-renders only when what it shows changes.
interface GridRowProps extends Pick<ReviewRow, "id" | "include" | "scope" | "indicator" | "targetText" | "kind" | "quote" | "deadline" | "baselineShown" | "baselineYear"> {
  n: number;
  /** Why the target cannot be read, or null. */
  problem: string | null;
  quoteOpen: boolean;
  onChange: ReviewGridProps["onChange"];
  onToggleQuote(id: string): void;
}

// Memoized: editing one row re-renders that row only, which keeps typing quick in long plans.
const GridRow = memo(function GridRow(props: GridRowProps) {
  const { id, n, include, scope, indicator, targetText, kind, quote, deadline, baselineShown, baselineYear, problem, quoteOpen, onChange, onToggleQuote } = props;
  const t = useStrings();
  const styles = useStyles();
  const bad = problem !== null;
  const quoteId = `quote-${n}`;
  const problemId = `problem-${n}`;
  return (
    <>
      <tr data-row={n} className={include ? styles.tr : mergeClasses(styles.tr, styles.excluded)}>
        <td className={styles.td}>
          <input
            type="checkbox"
            className={styles.check}
            checked={include}
            onChange={(e) => onChange(id, { include: e.currentTarget.checked })}
            aria-label={t.extract.includeRow(indicator)}
          />
        </td>
        <td className={styles.td}>
          <span className={styles.scopeText}>{scope ?? ""}</span>
          {kind === "actual" && (
            <Tooltip content={t.extract.actualHint} relationship="description">
              <Caption1 className={styles.actual} block>
                {t.extract.actual}
              </Caption1>
            </Tooltip>
          )}
        </td>
        <td className={styles.td}>
          <input
            className={styles.cellInput}
            value={indicator}
            title={indicator}
            aria-label={t.extract.indicatorOf(n)}
            data-field="indicator"
            onChange={(e) => onChange(id, { indicator: e.currentTarget.value })}
          />
        </td>
        <td className={styles.td}>
          <input
            className={bad ? mergeClasses(styles.cellInput, styles.invalid) : styles.cellInput}
            value={targetText}
            aria-label={t.extract.targetOf(n)}
            aria-invalid={bad}
            aria-describedby={bad ? problemId : undefined}
            data-field="target"
            title={bad ? `${t.extract.badTarget}：${problem}` : undefined}
            onChange={(e) => onChange(id, { targetText: e.currentTarget.value })}
          />
          {baselineShown !== null && <span className={styles.base}>{t.extract.baseline(baselineShown, baselineYear)}</span>}
        </td>
        <td className={styles.td}>
          <button
            type="button"
            className={styles.toggle}
            aria-expanded={quoteOpen}
            aria-controls={quoteOpen ? quoteId : undefined}
            aria-label={t.extract.showQuote(indicator)}
            onClick={() => onToggleQuote(id)}
          >
            {quoteOpen ? "▴" : "▾"}
          </button>
        </td>
      </tr>
      {(quoteOpen || bad) && (
        <tr className={styles.tr}>
          <td className={styles.td} colSpan={5}>
            {bad && (
              <Text size={200} block id={problemId} style={{ color: v("colorPaletteRedForeground1"), padding: "0 8px" }}>
                {t.extract.badTarget}：{problem}
              </Text>
            )}
            {quoteOpen && (
              <Text size={200} id={quoteId} className={styles.quoteText}>
                “{quote}”{deadline ? ` · ${deadline}` : ""}
              </Text>
            )}
          </td>
        </tr>
      )}
    </>
  );
});
