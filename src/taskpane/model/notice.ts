/** A toast's content: what the pane tells the user after an action. */
export interface Notice {
  id: number;
  title: string;
  body?: string;
  intent: "success" | "info" | "warning" | "error";
}
