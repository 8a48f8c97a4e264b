import { useState } from "react";
import { Field, Input, Radio, RadioGroup, Text, makeStyles } from "@fluentui/react-components";
import { v } from "./static-styles";
import { useStrings } from "../i18n";
import { useSettings, type PaneSettings } from "../settings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: "14px" },
  hint: { color: v("colorNeutralForeground3") },
});

/** Language, default formula mode and the at-risk band; saved on this computer as they change. */
export default function SettingsTab() {
  const t = useStrings();
  const styles = useStyles();
  const { settings, update } = useSettings();
  const [tolerance, setTolerance] = useState(settings.tolerancePoints === null ? "" : String(settings.tolerancePoints));
  const toleranceValue = tolerance.trim() === "" ? null : Number(tolerance);
  const toleranceBad = toleranceValue !== null && !(Number.isFinite(toleranceValue) && toleranceValue >= 0);

  return (
    <section aria-labelledby="settings-heading">
      <Text as="h2" id="settings-heading" size={400} weight="semibold" block style={{ marginBottom: 8 }}>
        {t.settings.heading}
      </Text>
      <div className={styles.form}>
        <Field label={t.settings.language}>
          <RadioGroup value={settings.language} onChange={(_, d) => update({ language: d.value as PaneSettings["language"] })}>
            <Radio value="auto" label={t.settings.followOffice} />
            {/* Each language names itself, so that a reader of the other one can find it. */}
            <Radio value="zh-CN" label="中文（简体）" />
            <Radio value="en-US" label="English" />
          </RadioGroup>
        </Field>
        <Field label={t.settings.mode} hint={t.templates.modeHint}>
          <RadioGroup value={settings.defaultMode} onChange={(_, d) => update({ defaultMode: d.value as PaneSettings["defaultMode"] })}>
            <Radio value="live" label={t.templates.live} />
            <Radio value="portable" label={t.templates.portable} />
          </RadioGroup>
        </Field>
        <Field
          label={t.settings.tolerance}
          hint={t.settings.toleranceHint}
          validationState={toleranceBad ? "error" : "none"}
          validationMessage={toleranceBad ? t.settings.toleranceBad : undefined}
        >
          <Input
            type="number"
            min={0}
            step={0.1}
            inputMode="decimal"
            value={tolerance}
            placeholder="1"
            contentAfter={<Text size={200}>{t.settings.points}</Text>}
            onChange={(_, d) => {
              setTolerance(d.value);
              const v = d.value.trim() === "" ? null : Number(d.value);
              if (v === null || (Number.isFinite(v) && v >= 0)) update({ tolerancePoints: v });
            }}
          />
        </Field>
        <Text size={200} className={styles.hint}>
          {t.settings.saved}
        </Text>
      </div>
    </section>
  );
}
