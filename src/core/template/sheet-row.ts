/** A row of an inserted template as its sheet shows it: read back by src/excel, summarised by the pane. */
export interface SheetRow {
  /** Zero-based data row of the table. */
  row: number;
  section: string | null;
  indicator: string;
  scope: string | null;
  /** The 目标 cell as text, e.g. ≥99.2%. */
  target: string;
  /** The 实际值 cell: a number, "" when blank, or the text typed. */
  actual: unknown;
  /** The computed 状态 cell: 达标, 接近, 未达标, 已说明, 待填报, or an error value such as #NAME?. */
  status: unknown;
  /** Where the 实际值 cell is, e.g. '2008教育目标'!I5, for selecting it. */
  actualAddress: string;
}
