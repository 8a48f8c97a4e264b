const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const reactHooks = require("eslint-plugin-react-hooks");
const globals = require("globals");

module.exports = tseslint.config(
  { ignores: ["dist/", "lib/", "node_modules/", "coverage/", "tests/output/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-restricted-syntax": [
        "error",
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Never inject HTML: plan text is untrusted." },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The core runs in Excel's custom-functions runtime and the browser: no Node, no Office.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // Any depth: "../excel", "../../excel/apply-template", "../cli" …
              regex: "^(\\.\\./)+(excel|taskpane|cli|functions|xlsx)(/.*)?$",
              message: "src/core is pure: it knows nothing of Excel, the pane, the CLI or the custom-function wrappers.",
            },
            {
              regex: "^(fs|path|node:.*|react|react-dom|@fluentui/.*|exceljs|office-addin-mock|office-addin-.*)(/.*)?$",
              message: "src/core runs in Excel's custom-functions runtime and the browser: no Node, React or Office packages.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "process", "require"],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-globals": ["error", { name: "Excel", message: "Call src/excel through a hook; components never touch Excel directly." }],
    },
  },
  {
    files: ["**/*.js", "scripts/**", "bin/**"],
    languageOptions: { globals: { ...globals.node }, sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["tests/**"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
