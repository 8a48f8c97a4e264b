/** pdf.js's parser, loaded into the extraction worker so that pdf.js needs no worker of its own. */
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}
