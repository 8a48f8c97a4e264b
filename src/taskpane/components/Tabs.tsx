/**
 * A tab strip with the WAI-ARIA tabs pattern (roving focus, arrow keys, Home/End). Fluent's
 * TabList would bring its focus-management library into the first screen's bundle; this is
 * the same behaviour in a few hundred bytes, drawn with Fluent's tokens.
 */
import { useRef, type KeyboardEvent } from "react";
import { useStaticStyles, v } from "./static-styles";

export interface TabItem<T extends string> {
  value: T;
  label: string;
}

export function Tabs<T extends string>({
  items,
  selected,
  onSelect,
  label,
}: {
  items: TabItem<T>[];
  selected: T;
  onSelect(value: T): void;
  label: string;
}) {
  useStaticStyles();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const last = items.length - 1;
    const to = { ArrowRight: i === last ? 0 : i + 1, ArrowLeft: i === 0 ? last : i - 1, Home: 0, End: last }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    refs.current[to]?.focus();
    onSelect(items[to].value);
  };
  return (
    <div role="tablist" aria-label={label} style={{ display: "flex", flexWrap: "wrap", columnGap: 2, borderBottom: `1px solid ${v("colorNeutralStroke2")}` }}>
      {items.map((item, i) => {
        const on = item.value === selected;
        return (
          <button
            key={item.value}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${item.value}`}
            aria-selected={on}
            aria-controls={`panel-${item.value}`}
            tabIndex={on ? 0 : -1}
            className="dabiao-tab"
            onClick={() => onSelect(item.value)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {item.label}
          </button>
        );
      })}
    </div>
  );
}
