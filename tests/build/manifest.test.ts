import fs from "fs";
import path from "path";
import { checkManifest } from "../../scripts/validate-manifest";

const xml = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");

test("manifest.xml passes the offline checks", async () => {
  expect(await checkManifest(xml)).toEqual([]);
});

test.each([
  ["a broader permission", (s: string) => s.replace("<Permissions>ReadWriteDocument<", "<Permissions>ReadWriteMailbox<"), /Permissions must be ReadWriteDocument/],
  ["no shared runtime", (s: string) => s.replace('lifetime="long"', 'lifetime="short"'), /Runtime lifetime="long"/],
  ["another namespace", (s: string) => s.replace('DefaultValue="PLAN"', 'DefaultValue="CONTOSO"'), /namespace must be PLAN/],
  ["no zh-cn metadata", (s: string) => s.replace(/<bt:Override Locale="zh-cn"[^>]*\/>/, ""), /zh-cn/],
  ["a dangling resid", (s: string) => s.replace('resid="Group.Label"', 'resid="Nope.Label"'), /resid "Nope.Label"/],
  ["broken XML", (s: string) => s.replace("</OfficeApp>", ""), /well-formed/],
])("a manifest with %s is refused", async (_what, mutate, problem) => {
  const problems = await checkManifest(mutate(xml));
  expect(problems.join("\n")).toMatch(problem);
});
