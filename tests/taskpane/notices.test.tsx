/** @jest-environment jsdom */
import { act, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { NoticesProvider, useNotify } from "../../src/taskpane/components/Notices";
import "./render";

jest.mock("../../src/taskpane/extraction/spawn-worker", () => ({ spawnExtractionWorker: () => null }));

jest.setTimeout(30000);

function Two() {
  const notify = useNotify();
  return (
    <button
      onClick={() => {
        notify({ intent: "success", title: "已插入工作表“甲”" });
        notify({ intent: "success", title: "已写入 3 项实际值" });
      }}
    >
      go
    </button>
  );
}

test("toasts show one at a time: the newest replaces the one showing instead of stacking over the pane", async () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <NoticesProvider>
        <Two />
      </NoticesProvider>
    </FluentProvider>,
  );
  await act(async () => screen.getByText("go").click());
  expect(await screen.findByText("已写入 3 项实际值")).toBeTruthy();
  await waitFor(() => expect(screen.queryByText("已插入工作表“甲”")).toBeNull());
  expect(document.querySelectorAll(".fui-Toast").length).toBeLessThanOrEqual(1);
});
