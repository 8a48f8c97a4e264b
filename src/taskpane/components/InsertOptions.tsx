import { useMemo, useState } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import { v } from "./static-styles";
import { useStrings } from "../i18n";
import { useSettings, type FormulaMode } from "../settings";
import type { CatalogEntry } from "../model/catalog";
import { readTargetText } from "../extraction/rows";

export interface InsertChoice {
  mode: FormulaMode;
  /** Row key → the target text that replaces the template's. */
  overrides?: Record<string, string>;
}

const useStyles = makeStyles({
  rows: { display: "flex", flexDirection: "column", rowGap: "6px", maxHeight: "40vh", overflowY: "auto", paddingRight: "4px" },
  hint: { display: "block", color: v("colorNeutralForeground3"), margin: "4px 0 8px" },
  group: { marginTop: "12px" },
});

/** Mode and province overrides for one template, then insert. */
export default function InsertOptions({
  entry,
  onInsert,
  onCancel,
}: {
  entry: CatalogEntry;
  onInsert(choice: InsertChoice): void;
  onCancel(): void;
}) {
  const t = useStrings();
  const styles = useStyles();
  const { settings } = useSettings();
  const [mode, setMode] = useState<FormulaMode>(settings.defaultMode);
  const [typed, setTyped] = useState<Record<string, string>>({});

  const problems = useMemo(() => {
    const out: Record<string, string> = {};
    for (const [key, text] of Object.entries(typed)) {
      if (text.trim() === "") continue;
      const check = readTargetText(text);
      if (check.error) out[key] = check.error;
    }
    return out;
  }, [typed]);
  const overrides = Object.fromEntries(Object.entries(typed).filter(([, v]) => v.trim() !== "").map(([k, v]) => [k, v.trim()]));
  const changed = Object.keys(overrides).length;
  const blocked = Object.keys(problems).length > 0;

  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{t.templates.optionsFor(entry.title)}</DialogTitle>
          <DialogContent>
            <Field label={t.templates.mode} hint={t.templates.modeHint}>
              <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as FormulaMode)}>
                <Radio value="live" label={t.templates.live} />
                <Radio value="portable" label={t.templates.portable} />
              </RadioGroup>
            </Field>
            <div className={styles.group} role="group" aria-labelledby="overrides-heading">
              <Text id="overrides-heading" weight="semibold" block>
                {t.templates.overrides}
              </Text>
              <Text size={200} className={styles.hint}>
                {t.templates.overridesHint}
              </Text>
              <div className={styles.rows}>
                {entry.definition.rows
                  .filter((r) => r.kind === "target" && r.target)
                  .map((r) => (
                    <Field
                      key={r.key}
                      label={t.templates.overrideLabel(r.indicator, r.scope)}
                      size="small"
                      validationState={problems[r.key] ? "error" : "none"}
                      validationMessage={problems[r.key]}
                    >
                      <Input
                        size="small"
                        placeholder={r.target ?? ""}
                        value={typed[r.key] ?? ""}
                        onChange={(_, d) => setTyped((old) => ({ ...old, [r.key]: d.value }))}
                      />
                    </Field>
                  ))}
              </div>
            </div>
          </DialogContent>
          <DialogActions>
            {changed > 0 && <Text size={200}>{t.templates.overridesChanged(changed)}</Text>}
            <Button appearance="secondary" onClick={onCancel}>
              {t.templates.cancel}
            </Button>
            <Button appearance="primary" disabled={blocked} onClick={() => onInsert({ mode, overrides: changed ? overrides : undefined })}>
              {t.templates.insertWithOptions}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
