/**
 * A row of tabs that wraps when the window is narrow. Arrow keys, Home and End move between
 * tabs (the WAI-ARIA tabs pattern, selection following focus); only the chosen tab is in the
 * Tab order, so the keyboard reaches the panel next.
 */
import { type KeyboardEvent, useRef } from 'react';

import type { TabEntry } from './guide-tabs.ts';

interface Props<Id extends string> {
  tabs: readonly TabEntry<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  label: string;
  /** Prefix for the tab and panel element ids; unique on the page. */
  idPrefix: string;
}

export function tabId(prefix: string, id: string): string {
  return `${prefix}-tab-${id}`;
}

export function panelId(prefix: string): string {
  return `${prefix}-panel`;
}

function targetIndex(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

export function TabStrip<Id extends string>(props: Props<Id>) {
  const strip = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number): void {
    const next = targetIndex(event.key, index, props.tabs.length);
    const tab = next === null ? undefined : props.tabs[next];
    if (tab === undefined) {
      return;
    }

    event.preventDefault();
    props.onSelect(tab.id);
    strip.current?.querySelector<HTMLButtonElement>(`#${tabId(props.idPrefix, tab.id)}`)?.focus();
  }

  return (
    <div className="tab-strip" role="tablist" aria-label={props.label} ref={strip}>
      {props.tabs.map((tab, index) => {
        const selected = tab.id === props.selected;

        return (
          <button
            key={tab.id}
            id={tabId(props.idPrefix, tab.id)}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={panelId(props.idPrefix)}
            tabIndex={selected ? 0 : -1}
            onClick={() => props.onSelect(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
