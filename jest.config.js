/** Tests are TypeScript run by ts-jest as CommonJS; the production tsconfig only covers src/. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  reporters: ["default", "<rootDir>/tests/setup/summary-reporter.js"],
  setupFiles: ["<rootDir>/tests/setup/custom-functions-shim.ts", "<rootDir>/tests/setup/fixed-seed.ts"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          module: "commonjs",
          moduleResolution: "node",
          target: "ES2019",
          lib: ["ES2020", "DOM"],
          jsx: "react-jsx",
          strict: true,
          esModuleInterop: true,
          resolveJsonModule: true,
          allowJs: true,
          types: ["jest", "node", "office-js", "custom-functions-runtime"],
        },
        diagnostics: { warnOnly: false },
      },
    ],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/tests/setup/office-addin-manifest-shim.ts",
  },
};
