/**
 * One side's source: a menu of everything there is to compare (usage_stats rows, this run,
 * saved runs, opened files) and a button that opens a payload file from this computer.
 */
import { useRef } from 'react';

import type { Side, SourceChoice } from './source-choice.ts';
import { choiceFromKey, choiceKey, type OpenedFile } from './source-choice.ts';
import type { SourceGroup } from './source-labels.ts';

const SIDE_NAMES: Record<Side, string> = { left: 'Old (left)', right: 'New (right)' };

interface Props {
  side: Side;
  value: SourceChoice;
  groups: readonly SourceGroup[];
  files: readonly OpenedFile[];
  onChoose: (choice: SourceChoice) => void;
  onOpenFile: (file: File) => void;
  disabled: boolean;
}

export function SourcePicker(props: Props) {
  const { side, value, groups } = props;
  const fileInput = useRef<HTMLInputElement>(null);
  const selected = choiceKey(value);
  const listed = groups.some((group) =>
    group.options.some((option) => choiceKey(option.choice) === selected),
  );

  return (
    <div className="source-picker" data-side={side}>
      <label className="inline-field">
        <span>{SIDE_NAMES[side]}</span>
        <select
          aria-label={`${SIDE_NAMES[side]} payload`}
          value={selected}
          disabled={props.disabled}
          onChange={(event) => {
            const choice = choiceFromKey(event.target.value, props.files);
            if (choice !== null) {
              props.onChoose(choice);
            }
          }}
        >
          {!listed && <option value={selected}>{fallbackLabel(value)}</option>}
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={choiceKey(option.choice)} value={choiceKey(option.choice)}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {/* A real button, so the keyboard reaches it; the file input itself stays hidden. */}
      <button
        type="button"
        className="button button-small"
        disabled={props.disabled}
        onClick={() => fileInput.current?.click()}
      >
        Open file…
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json,text/plain"
        data-testid={`open-file-${side}`}
        aria-label={`Open a payload file for the ${side} side`}
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so that choosing the same file again (after fixing it) reads it again.
          event.target.value = '';
          if (file !== undefined) {
            props.onOpenFile(file);
          }
        }}
      />
    </div>
  );
}

/** For a choice the listing no longer has (a row from an earlier reading). */
function fallbackLabel(choice: SourceChoice): string {
  switch (choice.kind) {
    case 'usage-stats-row':
      return `usage_stats row ${choice.collectionInstant}`;
    case 'saved-run':
      return `Saved run ${choice.id}`;
    case 'file':
      return `File ${choice.file.name}`;
    default:
      return choiceKey(choice);
  }
}
