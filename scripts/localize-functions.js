/**
 * Webpack plugin: builds functions-<locale>.json from the functions.json that
 * CustomFunctionsMetadataPlugin generated and a translation map keyed by function id.
 * The build fails when the two disagree, so a new function cannot ship untranslated.
 */
const fs = require("fs");
const { sources, WebpackError, Compilation } = require("webpack");

const PLUGIN = "LocalizeFunctionsPlugin";
// Excel: start with a letter, at least three characters, letters, digits, '_' and '.' only.
const LEGAL_NAME = /^\p{L}[\p{L}\p{N}_.]{2,}$/u;

/** Pure so that tests can call it on any metadata; returns [localizedMetadata, problems]. */
function localize(metadata, translations) {
  const problems = [];
  const seen = new Set();
  const functions = metadata.functions.map((fn) => {
    const tr = translations[fn.id];
    if (!tr) {
      problems.push(`no translation for ${fn.id}`);
      return fn;
    }
    if (!LEGAL_NAME.test(tr.name)) problems.push(`${fn.id}: "${tr.name}" is not a legal function name`);
    if (seen.has(tr.name)) problems.push(`${fn.id}: name "${tr.name}" is used twice`);
    seen.add(tr.name);
    const trParams = tr.parameters || {};
    const parameters = (fn.parameters || []).map((p) => {
      const tp = trParams[p.name];
      if (!tp) {
        problems.push(`${fn.id}: no translation for parameter ${p.name}`);
        return p;
      }
      return { ...p, name: tp.name, description: tp.description };
    });
    for (const name of Object.keys(trParams)) {
      if (!(fn.parameters || []).some((p) => p.name === name)) problems.push(`${fn.id}: translation names unknown parameter ${name}`);
    }
    return { ...fn, name: tr.name, description: tr.description, parameters };
  });
  for (const id of Object.keys(translations)) {
    if (!metadata.functions.some((fn) => fn.id === id)) problems.push(`translation for unknown function ${id}`);
  }
  return [{ ...metadata, functions }, problems];
}

class LocalizeFunctionsPlugin {
  /** @param {{ metadata: string, locales: Record<string, string> }} options locale → translation map path */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const source = compilation.assets[this.options.metadata];
        if (!source) return; // the metadata plugin already reported why
        const metadata = JSON.parse(source.source().toString());
        for (const [locale, file] of Object.entries(this.options.locales)) {
          compilation.fileDependencies.add(require.resolve(file));
          const [localized, problems] = localize(metadata, JSON.parse(fs.readFileSync(file, "utf8")));
          for (const p of problems) compilation.errors.push(new WebpackError(`${PLUGIN} (${locale}): ${p}`));
          const name = this.options.metadata.replace(/\.json$/, `-${locale}.json`);
          compilation.emitAsset(name, new sources.RawSource(JSON.stringify(localized, null, 2)));
        }
      });
    });
  }
}

module.exports = { LocalizeFunctionsPlugin, localize };
