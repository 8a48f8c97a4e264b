import { useEffect, useState } from "react";
import { FluentProvider, webLightTheme, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { HostState } from "../office-host";
import { QuickCheck } from "./QuickCheck";

export function App({ hostReady }: { hostReady: Promise<HostState> }) {
  const [host, setHost] = useState<HostState | null>(null);
  useEffect(() => {
    let live = true;
    hostReady.then((h) => live && setHost(h));
    return () => {
      live = false;
    };
  }, [hostReady]);

  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 12, minHeight: "100vh", boxSizing: "border-box" }}>
      <header style={{ marginBottom: 12 }}>
        <Text as="h1" size={600} weight="semibold" block>
          达标
        </Text>
        <Text size={200}>计划目标核对</Text>
      </header>
      {host && !host.inExcel && (
        <MessageBar intent="info" style={{ marginBottom: 12 }}>
          <MessageBarBody>未在 Excel 中运行：可以试用目标核对，插入模板等工作簿操作不可用。</MessageBarBody>
        </MessageBar>
      )}
      <QuickCheck />
    </FluentProvider>
  );
}
