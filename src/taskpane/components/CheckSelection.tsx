import { useId, useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Text, makeStyles } from "@fluentui/react-components";
import { v } from "./static-styles";
import { formatTarget } from "../../core/target";
import { showAddress, useStrings } from "../i18n";
import { useSettings } from "../settings";
import { useCheckSelection, useSelection } from "../hooks/tasks";
import { useWorkbook } from "../hooks/workbook";
import { readTargetText } from "../extraction/rows";

const useStyles = makeStyles({
  intro: { display: "block", color: v("colorNeutralForeground2"), marginBottom: "6px" },
  row: { display: "flex", columnGap: "8px", alignItems: "flex-end", marginTop: "6px" },
  grow: { flexGrow: 1 },
  actions: { marginTop: "8px", display: "flex", flexDirection: "column", rowGap: "6px", alignItems: "stretch" },
  button: { alignSelf: "flex-start" },
  hint: { color: v("colorNeutralForeground3") },
});

/** Highlights the selected actual values against a typed target or a range of target cells. */
export function CheckSelection() {
  const t = useStrings();
  const styles = useStyles();
  const { settings } = useSettings();
  const { port, reason } = useWorkbook();
  const check = useCheckSelection();
  const selection = useSelection();
  const [kind, setKind] = useState<"typed" | "range">("typed");
  const [typed, setTyped] = useState("");
  const [range, setRange] = useState("");
  const [done, setDone] = useState<{ address: string; copiedFrom: string | null } | null>(null);
  const reasonId = useId();

  const parsed = typed.trim() ? readTargetText(typed) : null;
  const ready = kind === "typed" ? Boolean(parsed?.target) : range.trim() !== "";

  const highlight = async () => {
    setDone(null);
    // The settings' band is in percentage points: it applies to a typed percent target only.
    const pct = kind === "typed" && parsed?.target?.percent && settings.tolerancePoints !== null;
    const result = await check.run({
      ...(kind === "typed" ? { target: typed.trim() } : { targetRange: range.trim() }),
      ...(pct ? { tolerance: (settings.tolerancePoints as number) / 100 } : {}),
    });
    if (result) setDone({ address: result.actualAddress, copiedFrom: result.fallback?.targetSheet ?? null });
  };

  const takeSelection = async () => {
    const got = await selection.run();
    if (got) setRange(got.address);
  };

  return (
    <section aria-labelledby="check-selection-heading">
      <Text as="h3" id="check-selection-heading" weight="semibold" block>
        {t.check.selectionHeading}
      </Text>
      <Text size={200} className={styles.intro}>
        {t.check.selectionIntro}
      </Text>
      <Field label={t.check.targetKind} size="small">
        <RadioGroup layout="horizontal" value={kind} onChange={(_, d) => setKind(d.value as "typed" | "range")}>
          <Radio value="typed" label={t.check.typed} />
          <Radio value="range" label={t.check.range} />
        </RadioGroup>
      </Field>
      {kind === "typed" ? (
        <Field
          label={t.check.typedLabel}
          size="small"
          validationState={parsed?.error ? "error" : parsed?.target ? "success" : "none"}
          validationMessage={parsed?.error ?? (parsed?.target ? t.check.readAs(formatTarget(parsed.target)) : undefined)}
        >
          <Input size="small" value={typed} placeholder={t.check.typedPlaceholder} onChange={(_, d) => setTyped(d.value)} data-field="typed-target" />
        </Field>
      ) : (
        <div className={styles.row}>
          <Field label={t.check.rangeLabel} size="small" className={styles.grow}>
            <Input size="small" value={range} placeholder={t.check.rangePlaceholder} onChange={(_, d) => setRange(d.value)} />
          </Field>
          <Button size="small" disabledFocusable={!port || !selection.supported} onClick={() => void takeSelection()} title={port && !selection.supported ? t.host.notYet : undefined}>
            {t.check.useSelection}
          </Button>
        </div>
      )}
      <div className={styles.actions}>
        <Button
          className={styles.button}
          appearance="primary"
          size="small"
          disabledFocusable={!port || !ready || check.busy}
          aria-describedby={!port ? reasonId : undefined}
          onClick={() => void highlight()}
        >
          {t.check.highlight}
        </Button>
        {!port && reason && (
          <Text size={200} id={reasonId} className={styles.hint}>
            {reason}
          </Text>
        )}
        {check.error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{check.error}</MessageBarBody>
          </MessageBar>
        )}
        {selection.error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{selection.error}</MessageBarBody>
          </MessageBar>
        )}
        {done && (
          <MessageBar intent="success" role="status">
            <MessageBarBody>
              {t.check.highlighted(showAddress(done.address))}
              {done.copiedFrom !== null && " " + t.check.copiedTargets(done.copiedFrom)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
