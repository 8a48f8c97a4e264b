import { useMemo, useState } from "react";
import { Field, Input, Text } from "@fluentui/react-components";
import { evaluate, type Status } from "../../core/evaluate";
import { PlanError } from "../../core/errors";
import { parseTarget } from "../../core/parse-target";
import { formatTarget } from "../../core/target";
import { useStrings } from "../i18n";
import { useSettings } from "../settings";

/** Try a target phrase and an actual value without touching the workbook. */
export function QuickCheck() {
  const t = useStrings();
  const { settings } = useSettings();
  const labels: Record<Status, string> = {
    met: t.check.met,
    at_risk: t.check.atRisk,
    missed: t.check.missed,
    pending: t.check.pending,
    not_applicable: t.check.notApplicable,
  };
  const [targetText, setTargetText] = useState("达到99.2%以上");
  const [actualText, setActualText] = useState("98.5%");

  const result = useMemo(() => {
    try {
      const target = parseTarget(targetText);
      const shown = formatTarget(target);
      // The settings' band is in percentage points and applies to percent targets only.
      const tolerance = target.percent && settings.tolerancePoints !== null ? settings.tolerancePoints / 100 : undefined;
      const evaluation = evaluate(actualText, target, { tolerance });
      return { shown, evaluation, error: null as string | null };
    } catch (e) {
      return { shown: null, evaluation: null, error: e instanceof PlanError ? e.message : String(e) };
    }
  }, [targetText, actualText, settings.tolerancePoints]);

  return (
    <section aria-labelledby="quick-heading">
      <Text as="h3" id="quick-heading" weight="semibold" block>
        {t.check.quickHeading}
      </Text>
      <Field label={t.check.typedLabel} size="small">
        <Input size="small" value={targetText} onChange={(_, d) => setTargetText(d.value)} />
      </Field>
      <Field label={t.check.actualLabel} size="small" style={{ marginTop: 6 }}>
        <Input size="small" value={actualText} onChange={(_, d) => setActualText(d.value)} />
      </Field>
      <div role="status" aria-live="polite" style={{ marginTop: 8 }}>
        {result.error || !result.evaluation ? (
          <Text size={200}>{result.error}</Text>
        ) : (
          <>
            <Text size={200} block>
              {t.check.readAs(result.shown ?? "")}
            </Text>
            <Text size={200} block weight="semibold">
              {t.check.status}：{labels[result.evaluation.status]}
              {result.evaluation.reason ? `（${result.evaluation.reason}）` : ""}
            </Text>
          </>
        )}
      </div>
    </section>
  );
}
