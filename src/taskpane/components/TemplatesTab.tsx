import { lazy, Suspense, useId, useState } from "react";
import { Caption1, Text } from "@fluentui/react-components";
import { useStrings } from "../i18n";
import { useSettings } from "../settings";
import { useCatalog } from "../hooks/catalog";
import type { CatalogEntry } from "../model/catalog";
import { useInsertTemplate } from "../hooks/tasks";
import { useWorkbook } from "../hooks/workbook";
import { Banner } from "./Banner";
import { v } from "./static-styles";
import { PaneButton } from "./PaneButton";
import { InsertProgress, useInsertedToast } from "./InsertProgress";
import type { InsertChoice } from "./InsertOptions";

// The options dialog is needed only when asked for.
const InsertOptions = lazy(() => import(/* webpackChunkName: "insert-options" */ "./InsertOptions"));

// Cards and badges are drawn here with Fluent's tokens: Fluent's Card and Badge (and
// makeStyles) would add their focus management, palette and style compiler to the first screen.
const S = {
  list: { display: "flex", flexDirection: "column", rowGap: 8, margin: 0, padding: 0, listStyleType: "none" },
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: 6,
    padding: "10px 12px",
    backgroundColor: v("colorNeutralBackground1"),
    borderRadius: v("borderRadiusMedium"),
    boxShadow: v("shadow4"),
  },
  title: { margin: 0 },
  facts: { display: "flex", flexWrap: "wrap", columnGap: 6, rowGap: 4, alignItems: "center" },
  badge: {
    display: "inline-block",
    padding: "0 6px",
    borderRadius: v("borderRadiusCircular"),
    fontFamily: v("fontFamilyBase"),
    fontSize: v("fontSizeBase200"),
    lineHeight: v("lineHeightBase200"),
    backgroundColor: v("colorNeutralBackground3"),
    color: v("colorNeutralForeground2"),
  },
  brand: { backgroundColor: v("colorBrandBackground2"), color: v("colorBrandForeground2") },
  sample: { backgroundColor: v("colorPaletteYellowBackground1"), color: v("colorNeutralForeground1") },
  footer: { display: "flex", columnGap: 6, marginTop: 2 },
  intro: { display: "block", marginBottom: 8, color: v("colorNeutralForeground2") },
  reason: { display: "block", marginBottom: 8, color: v("colorNeutralForeground3") },
  source: { color: v("colorNeutralForeground3") },
} satisfies Record<string, React.CSSProperties>;

export function TemplatesTab({ onUseSample }: { onUseSample(id: string): void }) {
  const t = useStrings();
  const { entries, error } = useCatalog();
  const { port, reason } = useWorkbook();
  const { settings } = useSettings();
  const insert = useInsertTemplate();
  const toastInserted = useInsertedToast();
  const [optionsFor, setOptionsFor] = useState<CatalogEntry | null>(null);
  const reasonId = useId();

  const doInsert = async (entry: CatalogEntry, choice: InsertChoice) => {
    const result = await insert.run({ definition: entry.definition, mode: choice.mode, overrides: choice.overrides });
    if (result) toastInserted(result);
  };

  return (
    <section aria-labelledby="templates-heading">
      <Text as="h2" id="templates-heading" size={400} weight="semibold" block>
        {t.templates.heading}
      </Text>
      <Text size={200} style={S.intro}>
        {t.templates.intro}
      </Text>
      {!port && reason && (
        <Text size={200} id={reasonId} style={S.reason}>
          {reason}
        </Text>
      )}
      <InsertProgress phase={insert.phase} rows={insert.rows} />
      {insert.error && (
        <Banner intent="error">
          {t.templates.failed}：{insert.error}
        </Banner>
      )}
      {error && (
        <Banner intent="error">
          {t.templates.loadFailed}：{error}
        </Banner>
      )}
      {!entries && !error && <Text size={200}>{t.loading}</Text>}
      {entries && (
        <ul style={S.list} aria-label={t.templates.heading}>
          {entries.map((entry) => {
            const isSample = entry.kind === "actuals";
            const disabled = !port || insert.busy;
            return (
              <li key={entry.id}>
                <article style={S.card} data-template={entry.id} aria-labelledby={`title-${entry.id}`}>
                  <Text as="h3" id={`title-${entry.id}`} weight="semibold" style={S.title}>
                    {entry.title}
                  </Text>
                  <Caption1 style={S.source}>{entry.source}</Caption1>
                  <div style={S.facts}>
                    <span style={S.badge}>{entry.year ? t.templates.year(entry.year) : t.templates.noYear}</span>
                    <span style={{ ...S.badge, ...(isSample ? S.sample : S.brand) }}>
                      {isSample ? t.templates.actuals(entry.rows) : t.templates.indicators(entry.rows)}
                    </span>
                    {isSample && <span style={{ ...S.badge, ...S.sample }}>{t.templates.sampleOfActuals}</span>}
                  </div>
                  <div style={S.footer}>
                    {isSample ? (
                      <PaneButton onClick={() => onUseSample(entry.id)}>
                        {t.templates.useForActuals}
                      </PaneButton>
                    ) : (
                      <>
                        <PaneButton
                          appearance="primary"
                          disabled={disabled}
                          aria-describedby={!port ? reasonId : undefined}
                          aria-label={`${t.templates.insert}：${entry.title}`}
                          onClick={() => void doInsert(entry, { mode: settings.defaultMode })}
                        >
                          {t.templates.insert}
                        </PaneButton>
                        <PaneButton
                          appearance="subtle"
                          disabled={disabled}
                          aria-describedby={!port ? reasonId : undefined}
                          aria-label={t.templates.optionsFor(entry.title)}
                          onClick={() => setOptionsFor(entry)}
                        >
                          {t.templates.options}
                        </PaneButton>
                      </>
                    )}
                  </div>
                </article>
              </li>
            );
          })}
        </ul>
      )}
      {optionsFor && (
        <Suspense fallback={null}>
          <InsertOptions
            entry={optionsFor}
            onCancel={() => setOptionsFor(null)}
            onInsert={(choice) => {
              const entry = optionsFor;
              setOptionsFor(null);
              void doInsert(entry, choice);
            }}
          />
        </Suspense>
      )}
    </section>
  );
}
