/**
 * The production manifest's addresses: every https://localhost:3000 (with or without a path)
 * becomes the host given in DABIAO_URL. Used by webpack.config.js; tested on manifest.xml.
 */
const DEV_ORIGIN = "https://localhost:3000";

/** "https://edu.example.org/dabiao" → "https://edu.example.org/dabiao/"; refuses what cannot host an add-in. */
function normaliseBase(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`DABIAO_URL is not a URL: "${url}". Give the https address where dist/ is served, e.g. https://edu.example.org/dabiao/`);
  }
  if (u.protocol !== "https:") throw new Error(`DABIAO_URL must be https (Office loads add-ins over https only): "${url}"`);
  if (u.search || u.hash) throw new Error(`DABIAO_URL must not carry a query or a fragment: "${url}"`);
  return u.origin + (u.pathname.endsWith("/") ? u.pathname : u.pathname + "/");
}

/** The manifest with the dev server's addresses replaced; AppDomain gets the origin alone. */
function retargetManifest(xml, base) {
  const url = normaliseBase(base);
  const origin = new URL(url).origin;
  return xml
    .replace(/<AppDomain>https:\/\/localhost:3000\/?<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .split(DEV_ORIGIN + "/")
    .join(url)
    .split(DEV_ORIGIN)
    .join(origin);
}

/** The loud warning of a production build that still points at the developer's machine. */
const LOCALHOST_WARNING = [
  "",
  "!!! DABIAO_URL is not set: dist/manifest.xml points at https://localhost:3000.",
  "!!! Users' Excel will not find the add-in. Build for your server with:",
  "!!!   DABIAO_URL=https://your.host/dabiao/ npm run build",
  "",
].join("\n");

module.exports = { DEV_ORIGIN, normaliseBase, retargetManifest, LOCALHOST_WARNING };
