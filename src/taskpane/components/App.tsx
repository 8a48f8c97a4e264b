import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import { FluentProvider, Text, webLightTheme } from "@fluentui/react-components";
import { I18nProvider, resolveLanguage, useStrings } from "../i18n";
import type { HostState } from "../office-host";
import { SettingsProvider, useSettings, type PaneSettings } from "../settings";
import { ExtractorProvider } from "../hooks/extraction";
import type { Extractor } from "../extraction/extractor";
import { WorkbookProvider } from "../hooks/workbook";
import type { WorkbookPort } from "../hooks/workbook-port";
import { TemplatesTab } from "./TemplatesTab";
import { Banner } from "./Banner";
import { PanelBoundary } from "./PanelBoundary";
import { NoticesProvider } from "./Notices";
import { StaleHelpers } from "./StaleHelpers";
import { Tabs } from "./Tabs";
import { v } from "./static-styles";

// The first screen (templates) is in the main chunk; the others load when first opened.
const ExtractTab = lazy(() => import(/* webpackChunkName: "tab-extract" */ "./ExtractTab"));
const CheckTab = lazy(() => import(/* webpackChunkName: "tab-check" */ "./CheckTab"));
const SettingsTab = lazy(() => import(/* webpackChunkName: "tab-settings" */ "./SettingsTab"));

export type TabName = "templates" | "extract" | "check" | "settings";

export interface AppProps {
  hostReady: Promise<HostState>;
  /** Tests: a fake workbook (or null for none) instead of the Excel one. */
  port?: WorkbookPort | null;
  /** Tests: a synchronous extractor instead of the worker. */
  extractor?: Extractor;
  settings?: PaneSettings;
}


const loadPort = () => import(/* webpackChunkName: "excel-port" */ "../hooks/excel-port").then((m) => m.loadExcelPort());

export function App({ hostReady, port, extractor, settings }: AppProps) {
  const [host, setHost] = useState<HostState | null>(null);
  useEffect(() => {
    let live = true;
    hostReady.then((h) => live && setHost(h));
    return () => {
      live = false;
    };
  }, [hostReady]);

  return (
    <SettingsProvider initial={settings}>
      <Localized host={host}>
        <WorkbookProvider host={host} port={port} loadPort={loadPort}>
          <ExtractorProvider extractor={extractor}>
            <NoticesProvider>
              <Pane host={host} />
            </NoticesProvider>
          </ExtractorProvider>
        </WorkbookProvider>
      </Localized>
    </SettingsProvider>
  );
}

function Localized({ host, children }: { host: HostState | null; children: React.ReactNode }) {
  const { settings } = useSettings();
  const lang = resolveLanguage(settings.language, host?.displayLanguage);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <I18nProvider lang={lang}>
      <FluentProvider theme={webLightTheme} lang={lang}>
        {children}
      </FluentProvider>
    </I18nProvider>
  );
}

function Pane({ host }: { host: HostState | null }) {
  const t = useStrings();
  const [tab, setTab] = useState<TabName>("templates");
  // Set when the gallery's sample of actuals is chosen: the check screen opens its fill section with it.
  const [sampleId, setSampleId] = useState<string | null>(null);
  // A screen stays mounted once opened, so pasted text and edits survive switching tabs.
  const [opened, setOpened] = useState<ReadonlySet<TabName>>(() => new Set<TabName>(["templates"]));
  const open = useCallback((name: TabName) => {
    setTab(name);
    setOpened((old) => (old.has(name) ? old : new Set(old).add(name)));
  }, []);
  const chooseSample = useCallback(
    (id: string) => {
      setSampleId(id);
      open("check");
    },
    [open],
  );
  const panel = (name: TabName, content: React.ReactNode) =>
    opened.has(name) ? (
      <div
        key={name}
        id={`panel-${name}`}
        role="tabpanel"
        aria-labelledby={`tab-${name}`}
        hidden={tab !== name}
      >
        <PanelBoundary message={t.panelFailed}>
          <Suspense fallback={<Text size={200}>{t.loading}</Text>}>{content}</Suspense>
        </PanelBoundary>
      </div>
    ) : null;

  return (
    <div style={{ minHeight: "100vh", boxSizing: "border-box", padding: "12px 12px 24px", backgroundColor: v("colorNeutralBackground2") }}>
      <header style={{ display: "flex", alignItems: "baseline", columnGap: 8, marginBottom: 8 }}>
        <Text as="h1" size={600} weight="semibold">
          {t.appName}
        </Text>
        <Text size={200}>{t.appTagline}</Text>
      </header>
      {host && !host.inExcel && <Banner intent="info">{t.host.outside}</Banner>}
      {host?.inExcel && !host.workbookSupported && <Banner intent="warning">{t.host.unsupported}</Banner>}
      <StaleHelpers />
      <div style={{ marginBottom: 12 }}>
        <Tabs<TabName>
          label={t.tabsLabel}
          selected={tab}
          onSelect={open}
          items={[
            { value: "templates", label: t.tabs.templates },
            { value: "extract", label: t.tabs.extract },
            { value: "check", label: t.tabs.check },
            { value: "settings", label: t.tabs.settings },
          ]}
        />
      </div>
      <main>
        {panel("templates", <TemplatesTab onUseSample={chooseSample} />)}
        {panel("extract", <ExtractTab />)}
        {panel("check", <CheckTab sampleId={sampleId} />)}
        {panel("settings", <SettingsTab />)}
      </main>
    </div>
  );
}
