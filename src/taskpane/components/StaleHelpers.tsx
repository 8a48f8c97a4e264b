/**
 * The offer to refresh a portable table whose targets were edited (in Excel without the
 * add-in, or in WPS): shown above the tabs as soon as the pane sees such a workbook. Built
 * from the first screen's light parts (Banner, PaneButton), since it can show on that screen.
 */
import { showAddress, useStrings } from "../i18n";
import { useStaleHelpers } from "../hooks/tasks";
import type { StaleTable } from "../hooks/workbook-port";
import { Banner } from "./Banner";
import { useNotify } from "./Notices";
import { PaneButton } from "./PaneButton";


export function StaleHelpers() {
  const t = useStrings();
  const { stale, refresh, supported } = useStaleHelpers();
  const notify = useNotify();
  const run = async (table: StaleTable) => {
    const result = await refresh.run(table);
    if (result) notify({ intent: "success", title: t.stale.done(result.refreshed, table.sheetName) });
  };
  // The look-up runs unasked (on load and focus): its failure, such as a cell in edit mode, is
  // not worth an alarm; the next focus tries again. A refresh the user asked for says why it failed.
  return (
    <>
      {stale.map((table) => (
        <Banner key={table.tableName} intent="warning">
          <div data-stale-table={table.tableName}>
            {table.stale > 0 && <p style={{ margin: 0 }}>{t.stale.found(table.sheetName, table.stale)}</p>}
            {table.unreadable.length > 0 && (
              <>
                <p style={{ margin: table.stale > 0 ? "6px 0 0" : 0 }}>{t.stale.unreadable(table.unreadable.length)}</p>
                <ul style={{ margin: "2px 0 0", paddingLeft: 18 }}>
                  {table.unreadable.slice(0, 5).map((u) => (
                    <li key={u.row}>
                      {showAddress(u.address)}：“{u.target}”
                    </li>
                  ))}
                </ul>
              </>
            )}
            {table.stale > 0 && supported && (
              <PaneButton appearance="primary" style={{ marginTop: 6 }} disabled={refresh.busy} onClick={() => void run(table)}>
                {refresh.busy ? t.stale.refreshing : t.stale.refresh}
              </PaneButton>
            )}
          </div>
        </Banner>
      ))}
      {refresh.error && <Banner intent="error">{refresh.error}</Banner>}
    </>
  );
}
