/**
 * A failure inside one screen (a bug, or a chunk that could not load) shows a sentence in that
 * screen instead of unmounting the pane: never a blank page, never a stack trace.
 */
import { Component, type ReactNode } from "react";
import { Banner } from "./Banner";

interface Props {
  message: string;
  children: ReactNode;
}

export class PanelBoundary extends Component<Props, { failed: string | null }> {
  state = { failed: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { failed: error instanceof Error ? error.message : String(error) };
  }

  render() {
    if (this.state.failed === null) return this.props.children;
    return (
      <Banner intent="error">
        {this.props.message}
        {this.state.failed ? `（${this.state.failed.split("\n")[0].slice(0, 200)}）` : ""}
      </Banner>
    );
  }
}
