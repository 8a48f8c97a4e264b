import { useMemo, useState } from "react";
import { Field, Input, Text } from "@fluentui/react-components";
import { evaluate, STATUS_LABELS } from "../../core/evaluate";
import { PlanError } from "../../core/errors";
import { parseTarget } from "../../core/parse-target";
import { formatTarget } from "../../core/target";

/** Try a target phrase and an actual value without touching the workbook. */
export function QuickCheck() {
  const [targetText, setTargetText] = useState("达到99.2%以上");
  const [actualText, setActualText] = useState("98.5%");

  const result = useMemo(() => {
    try {
      const target = parseTarget(targetText);
      const shown = formatTarget(target);
      const evaluation = evaluate(actualText, target);
      return { shown, evaluation, error: null as string | null };
    } catch (e) {
      return { shown: null, evaluation: null, error: e instanceof PlanError ? e.message : "无法核对：" + String(e) };
    }
  }, [targetText, actualText]);

  return (
    <section aria-label="快速核对">
      <Field label="目标">
        <Input value={targetText} onChange={(_, d) => setTargetText(d.value)} />
      </Field>
      <Field label="实际值" style={{ marginTop: 8 }}>
        <Input value={actualText} onChange={(_, d) => setActualText(d.value)} />
      </Field>
      <div role="status" style={{ marginTop: 12 }}>
        {result.error ? (
          <Text>{result.error}</Text>
        ) : (
          <>
            <Text block>识别为：{result.shown}</Text>
            <Text block weight="semibold">
              状态：{STATUS_LABELS[result.evaluation!.status]}
              {result.evaluation!.reason ? `（${result.evaluation!.reason}）` : ""}
            </Text>
          </>
        )}
      </div>
    </section>
  );
}
