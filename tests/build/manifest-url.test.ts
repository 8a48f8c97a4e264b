/**
 * The production manifest: DABIAO_URL replaces every localhost address (AppDomain included,
 * with or without a trailing slash), and the result passes the offline checks and, where the
 * workplace provides Microsoft's schemas, xmllint --schema.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { checkManifest, schemaProblems, XSD } from "../../scripts/validate-manifest";
import { normaliseBase, retargetManifest } from "../../scripts/manifest-url";

const source = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");

test.each(["https://edu.example.org/dabiao/", "https://edu.example.org/dabiao"])("%s: no localhost remains", (base) => {
  const xml = retargetManifest(source, base);
  expect(xml).not.toMatch(/localhost/);
  expect(xml).toContain("<AppDomain>https://edu.example.org</AppDomain>");
  expect(xml).toContain('DefaultValue="https://edu.example.org/dabiao/functions.json"');
  expect(xml).toContain('Value="https://edu.example.org/dabiao/functions-zh-cn.json"');
  expect(xml).toContain('DefaultValue="https://edu.example.org/dabiao/taskpane.html"');
});

test("a host at the root keeps one slash", () => {
  const xml = retargetManifest(source, "https://addins.bureau.gov.cn");
  expect(xml).toContain('DefaultValue="https://addins.bureau.gov.cn/taskpane.html"');
  expect(xml).not.toMatch(/localhost|cn\/\/|:\/\/\//);
});

test.each([
  ["http://edu.example.org/dabiao/", /https/],
  ["edu.example.org/dabiao", /not a URL/],
  ["https://edu.example.org/?x=1", /query/],
])("refuses %s", (base, message) => {
  expect(() => normaliseBase(base)).toThrow(message);
});

test("the retargeted manifest passes the offline checks", async () => {
  expect(await checkManifest(retargetManifest(source, "https://edu.example.org/dabiao/"))).toEqual([]);
});

const hasSchemas = fs.existsSync(XSD);
(hasSchemas ? describe : describe.skip)(`Microsoft's manifest schemas (${hasSchemas ? "present" : "absent: " + XSD})`, () => {
  const write = (xml: string) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dabiao-manifest-")), "manifest.xml");
    fs.writeFileSync(file, xml);
    return file;
  };
  test("the production manifest is valid", () => {
    expect(schemaProblems(write(retargetManifest(source, "https://edu.example.org/dabiao/")))).toEqual([]);
  });
  test("an invalid manifest is caught (the check can fail)", () => {
    const broken = retargetManifest(source, "https://edu.example.org/dabiao/").replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>");
    expect(schemaProblems(write(broken))?.length).toBeGreaterThan(0);
  });
});
