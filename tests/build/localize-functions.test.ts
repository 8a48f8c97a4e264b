import { localize } from "../../scripts/localize-functions";

const metadata = {
  functions: [
    {
      id: "TARGET_GAP",
      name: "TARGET_GAP",
      description: "gap",
      parameters: [{ name: "actual" }, { name: "target" }, { name: "baseline", optional: true }],
      result: { type: "number" },
    },
  ],
};
const good = {
  TARGET_GAP: {
    name: "目标差距",
    description: "差距",
    parameters: { actual: { name: "实际值", description: "d" }, target: { name: "目标", description: "d" }, baseline: { name: "基期值", description: "d" } },
  },
};

test("translates names and parameters and keeps everything else", () => {
  const [out, problems] = localize(metadata, good);
  expect(problems).toEqual([]);
  expect(out.functions[0].id).toBe("TARGET_GAP");
  expect(out.functions[0].name).toBe("目标差距");
  expect(out.functions[0].parameters.map((p: { name: string }) => p.name)).toEqual(["实际值", "目标", "基期值"]);
  expect(out.functions[0].parameters[2].optional).toBe(true);
  expect(out.functions[0].result).toEqual({ type: "number" });
});

test("reports a function without translation, an unknown parameter, an unknown id and an illegal name", () => {
  expect(localize(metadata, {})[1]).toEqual(["no translation for TARGET_GAP"]);
  const extraParam = { TARGET_GAP: { ...good.TARGET_GAP, parameters: { ...good.TARGET_GAP.parameters, nope: { name: "无", description: "" } } } };
  expect(localize(metadata, extraParam)[1]).toEqual(["TARGET_GAP: translation names unknown parameter nope"]);
  expect(localize(metadata, { ...good, GONE: good.TARGET_GAP })[1]).toContain("translation for unknown function GONE");
  expect(localize(metadata, { TARGET_GAP: { ...good.TARGET_GAP, name: "1差距" } })[1][0]).toMatch(/not a legal function name/);
});
