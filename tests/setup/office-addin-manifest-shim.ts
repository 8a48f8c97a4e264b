/** office-addin-mock imports office-addin-manifest only for this enum; the real package is ESM-only under jest. */
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
