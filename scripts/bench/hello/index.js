/* global document */
/* The smallest React + Fluent UI v9 pane (FluentProvider, Text, Button): the baseline the task pane's bundle is measured against. */
import { createElement as h } from "react";
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, Text, webLightTheme } from "@fluentui/react-components";

createRoot(document.getElementById("container")).render(
  h(FluentProvider, { theme: webLightTheme }, h(Text, { as: "h1", size: 600, weight: "semibold", block: true }, "Hello"), h(Button, { appearance: "primary", id: "ready" }, "OK")),
);
