import { useCallback, useEffect, useState } from "react";
import { Button, Divider, Field, MessageBar, MessageBarBody, Select, Spinner, Text, makeStyles } from "@fluentui/react-components";
import { v } from "./static-styles";
import { useStrings } from "../i18n";
import { useTemplateRows, useWorkbookTemplates } from "../hooks/tasks";
import { useWorkbook } from "../hooks/workbook";
import type { SheetRow } from "../hooks/workbook-port";
import { CheckSelection } from "./CheckSelection";
import { FillActuals } from "./FillActuals";
import { QuickCheck } from "./QuickCheck";
import { SummaryPanel } from "./SummaryPanel";

const useStyles = makeStyles({
  divider: { margin: "14px 0 10px" },
  pick: { display: "flex", columnGap: "8px", alignItems: "flex-end", margin: "4px 0 8px" },
  grow: { flexGrow: 1, minWidth: 0 },
  hint: { color: v("colorNeutralForeground3") },
});

export default function CheckTab({ sampleId }: { sampleId: string | null }) {
  const t = useStrings();
  const styles = useStyles();
  const { port, reason } = useWorkbook();
  const list = useWorkbookTemplates();
  const rowsAction = useTemplateRows();
  const [tableName, setTableName] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<{ table: string; rows: SheetRow[] } | null>(null);
  const [reloads, setReloads] = useState(0);
  const templates = list.templates ?? [];
  const chosen = templates.find((x) => x.tableName === tableName) ?? templates.find((x) => x.tableFound) ?? null;

  const { run: readRows, supported } = rowsAction;
  const chosenTable = chosen?.tableFound ? chosen.tableName : null;
  useEffect(() => {
    if (!chosenTable || !supported) return;
    let live = true;
    readRows(chosenTable).then((got) => {
      if (live && got) setLoaded({ table: chosenTable, rows: got });
    });
    return () => {
      live = false;
    };
  }, [chosenTable, supported, readRows, reloads]);
  // Rows read for another template (or none yet) are not shown.
  const rows = loaded && loaded.table === chosenTable ? loaded.rows : null;
  const reload = useCallback(() => setReloads((n) => n + 1), []);

  const refresh = async () => {
    await list.run();
    reload();
  };

  return (
    <div>
      <CheckSelection />
      <Divider className={styles.divider} />
      <section aria-labelledby="summary-heading">
        <Text as="h3" id="summary-heading" weight="semibold" block>
          {t.check.summaryHeading}
        </Text>
        {!port ? (
          <Text size={200} className={styles.hint}>
            {reason}
          </Text>
        ) : list.templates && templates.length === 0 ? (
          <Text size={200} className={styles.hint}>
            {t.check.noTemplates}
          </Text>
        ) : (
          <>
            <div className={styles.pick}>
              <Field label={t.check.template} size="small" className={styles.grow}>
                <Select size="small" value={chosen?.tableName ?? ""} onChange={(_, d) => setTableName(d.value)}>
                  {templates.map((x) => (
                    <option key={x.partId} value={x.tableName} disabled={!x.tableFound}>
                      {x.title === (x.currentSheetName ?? x.sheetName) ? x.title : `${x.title}（${x.currentSheetName ?? x.sheetName}）`}
                    </option>
                  ))}
                </Select>
              </Field>
              <Button size="small" onClick={() => void refresh()} disabled={list.busy || rowsAction.busy}>
                {t.check.refresh}
              </Button>
            </div>
            {(list.busy || rowsAction.busy) && <Spinner size="extra-tiny" label={t.loading} />}
            {!supported && (
              <Text size={200} className={styles.hint}>
                {t.host.notYet}
              </Text>
            )}
            {(list.error || rowsAction.error) && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>{list.error ?? rowsAction.error}</MessageBarBody>
              </MessageBar>
            )}
            {chosen && rows && <SummaryPanel title={chosen.title} rows={rows} />}
          </>
        )}
      </section>
      <Divider className={styles.divider} />
      <FillActuals template={chosen} rows={rows} sampleId={sampleId} onWritten={reload} />
      <Divider className={styles.divider} />
      <QuickCheck />
    </div>
  );
}
