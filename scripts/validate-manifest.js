#!/usr/bin/env node
/**
 * Offline manifest checks. Microsoft's `office-addin-manifest validate` needs an online
 * service (and exits 0 on some failures), so the rules this add-in depends on are checked
 * here: shared runtime, PLAN namespace, zh-cn metadata override, least permission, and
 * that every resid points at a resource.
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { parseStringPromise } = require("xml2js");

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function walk(node, visit) {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  if (node && typeof node === "object") {
    visit(node);
    for (const [k, v] of Object.entries(node)) if (k !== "$") walk(v, visit);
  }
}

async function checkManifest(xml) {
  const problems = [];
  let doc;
  try {
    doc = await parseStringPromise(xml, { explicitArray: true });
  } catch (e) {
    return [`not well-formed XML: ${e.message.split("\n")[0]}`];
  }
  const app = doc.OfficeApp;
  if (!app) return ["root element is not OfficeApp"];
  const text = (el) => (el && el[0] !== undefined ? (typeof el[0] === "string" ? el[0] : el[0]._) : undefined);

  if (!GUID.test(text(app.Id) || "")) problems.push("Id is not a GUID");
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(text(app.Version) || "")) problems.push("Version is not a.b.c.d");
  if (text(app.Permissions) !== "ReadWriteDocument") problems.push(`Permissions must be ReadWriteDocument (least that works), found ${text(app.Permissions)}`);
  const hosts = (app.Hosts?.[0]?.Host || []).map((h) => h.$.Name);
  if (hosts.join() !== "Workbook") problems.push(`Hosts must be Workbook only, found ${hosts.join()}`);
  const sets = app.Requirements?.[0]?.Sets?.[0]?.Set || [];
  if (!sets.some((s) => s.$.Name === "SharedRuntime" && s.$.MinVersion === "1.1")) problems.push("SharedRuntime 1.1 is not required");
  // Conditional formats (every insert highlights) need ExcelApi 1.6; newer calls are guarded in src/excel.
  if (!sets.some((s) => s.$.Name === "ExcelApi" && s.$.MinVersion === "1.6")) problems.push("ExcelApi 1.6 (conditional formats) is not required");

  // Every resid must resolve; collect resources and references over the whole tree.
  const ids = new Map();
  const refs = [];
  let runtimeLong = false, namespace = null, zhMetadata = false, taskpaneButton = false;
  walk(app.VersionOverrides, (n) => {
    for (const kind of ["bt:Image", "bt:Url", "bt:String"]) for (const r of n[kind] || []) ids.set(r.$.id, r);
    if (n.$?.resid) refs.push(n.$.resid);
    for (const rt of n.Runtime || []) if (rt.$.lifetime === "long") runtimeLong = true;
    for (const c of n.Control || []) if (c.Action?.[0]?.$?.["xsi:type"] === "ShowTaskpane") taskpaneButton = true;
  });
  walk(app.VersionOverrides, (n) => {
    for (const ep of n.ExtensionPoint || []) {
      if (ep.$["xsi:type"] === "CustomFunctions") namespace = ep.Namespace?.[0]?.$?.resid;
    }
  });
  for (const r of refs) if (!ids.has(r)) problems.push(`resid "${r}" has no resource`);
  if (!runtimeLong) problems.push('no <Runtime lifetime="long"> (shared runtime)');
  if (!taskpaneButton) problems.push("no ribbon button that shows the task pane");
  const ns = namespace && ids.get(namespace);
  if (!ns || ns.$.DefaultValue !== "PLAN") problems.push("custom functions namespace must be PLAN");
  const meta = ids.get("Functions.Metadata.Url");
  if (meta) {
    const zh = (meta["bt:Override"] || []).find((o) => o.$.Locale.toLowerCase() === "zh-cn");
    zhMetadata = Boolean(zh && /functions-zh-cn\.json$/.test(zh.$.Value));
  }
  if (!zhMetadata) problems.push('Functions.Metadata.Url has no <Override Locale="zh-cn"> pointing at functions-zh-cn.json');
  for (const [id, r] of ids) {
    const urls = [r.$.DefaultValue, ...(r["bt:Override"] || []).map((o) => o.$.Value)];
    if (r.$.DefaultValue && /Url|Icon/.test(id) && urls.some((u) => !/^https:\/\//.test(u))) problems.push(`${id} is not https`);
  }
  return problems;
}

/** Microsoft's manifest schemas, patched for xmllint, where the workplace provides them. */
const XSD = path.resolve(__dirname, "../../shared/office-xsd/OfficeAppManifestV1_1.xsd");

/** xmllint --schema: null when the schemas or xmllint are absent (the caller says so), else the problems. */
function schemaProblems(file, xsd = XSD) {
  if (!fs.existsSync(xsd)) return null;
  const run = spawnSync("xmllint", ["--noout", "--schema", xsd, file], { encoding: "utf8" });
  if (run.error) return null;
  return run.status === 0 ? [] : run.stderr.split("\n").filter((l) => l.trim() && !/fails to validate$/.test(l));
}

module.exports = { checkManifest, schemaProblems, XSD };

if (require.main === module) {
  const file = process.argv[2] || "manifest.xml";
  checkManifest(fs.readFileSync(file, "utf8")).then((problems) => {
    const schema = schemaProblems(file);
    if (schema) problems.push(...schema.map((p) => `schema: ${p}`));
    if (problems.length) {
      console.error(`${file}: ${problems.length} problem(s)`);
      for (const p of problems) console.error(`  - ${p}`);
      process.exit(1);
    }
    console.log(`${file}: offline checks passed (shared runtime, ExcelApi 1.6, PLAN namespace, zh-cn metadata, ReadWriteDocument).`);
    console.log(
      schema
        ? `${file}: valid against Microsoft's manifest schemas (${path.relative(process.cwd(), XSD)}, xmllint).`
        : `${file}: NOT checked against the manifest schemas: ${fs.existsSync(XSD) ? "xmllint is missing (apt-get install libxml2-utils)" : `${XSD} is absent`}.`,
    );
    console.log("Microsoft's online validation: npx office-addin-manifest validate manifest.xml (needs internet).");
  });
}
