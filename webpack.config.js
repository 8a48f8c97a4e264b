const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { LocalizeFunctionsPlugin } = require("./scripts/localize-functions");

const { LOCALHOST_WARNING, retargetManifest } = require("./scripts/manifest-url");

// Where the built add-in is hosted in production: DABIAO_URL=https://host/path/ npm run build.
const urlProd = process.env.DABIAO_URL;

async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const httpsOptions = await devCerts.getHttpsServerOptions();
    return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
  } catch (e) {
    // Linux without sudo: the certificates exist but the CA cannot be trusted system-wide. Serve with them anyway.
    const fs = require("fs");
    const defaults = require("office-addin-dev-certs/lib/defaults");
    if (!fs.existsSync(defaults.localhostKeyPath)) throw e;
    console.warn(`本地证书未被系统信任（${e.message}）；浏览器会提示证书风险，请手动信任 ${defaults.caCertificatePath}。`);
    return {
      ca: fs.readFileSync(defaults.caCertificatePath),
      key: fs.readFileSync(defaults.localhostKeyPath),
      cert: fs.readFileSync(defaults.localhostCertificatePath),
    };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new LocalizeFunctionsPlugin({
        metadata: "functions.json",
        locales: { "zh-cn": path.resolve(__dirname, "src/functions/functions.zh-cn.json") },
      }),
      // Shared runtime: the task pane page also hosts the custom functions.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "src/help.html", to: "help.html" },
          // pdf.js's character maps, fetched by the extraction worker only for PDFs that need them.
          { from: "node_modules/pdfjs-dist/cmaps/*.bcmap", to: "cmaps/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              if (dev) return content;
              if (!urlProd) {
                console.warn(LOCALHOST_WARNING);
                return content;
              }
              return retargetManifest(content.toString(), urlProd);
            },
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          static: { directory: path.resolve(__dirname, "dist") },
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: options.https !== undefined ? options.https : await getHttpsOptions() },
          port: process.env.npm_package_config_dev_server_port || 3000,
        }
      : undefined,
  };
};
