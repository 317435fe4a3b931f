/**
 * The values the commands are written for. Everything stays in this window's memory: nothing
 * is saved, and nothing is sent, not even to the inspector's own main side. A refused value
 * gets its reason under the field, and the commands fall back to the placeholder or default.
 */
import type { InputField } from '../../../shared/optout/escape.ts';
import { DEFAULT_NAMESPACE, DEFAULT_POD_LABELS } from '../../../shared/optout/inputs.ts';
import type { FieldProblems, OptOutForm } from './check-form.ts';
import { WarningList } from './WarningList.tsx';

interface FieldProps {
  field: Exclude<InputField, 'block'>;
  label: string;
  value: string;
  placeholder: string;
  hint: string;
  problem: string | undefined;
  /** password hides the API key from onlookers; url only changes the on-screen keyboard. */
  type?: 'text' | 'password' | 'url';
  onChange: (value: string) => void;
}

function Field(props: FieldProps) {
  const hintId = `optout-${props.field}-hint`;
  const problemId = `optout-${props.field}-problem`;

  return (
    <label className={`field optout-field optout-field-${props.field}`}>
      <span>{props.label}</span>
      <input
        name={props.field}
        // A url-type input would trim what was pasted; the checks must see it as typed.
        type={props.type === 'password' ? 'password' : 'text'}
        inputMode={props.type === 'url' ? 'url' : undefined}
        value={props.value}
        placeholder={props.placeholder}
        onChange={(event) => props.onChange(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={props.problem !== undefined}
        aria-describedby={props.problem === undefined ? hintId : `${problemId} ${hintId}`}
      />
      {props.problem !== undefined && (
        <small className="field-problem" id={problemId} role="alert">
          {props.problem}
        </small>
      )}
      <small id={hintId}>{props.hint}</small>
    </label>
  );
}

interface Props {
  form: OptOutForm;
  problems: FieldProblems;
  warnings: readonly string[];
  onChange: (form: OptOutForm) => void;
}

export function InputsForm({ form, problems, warnings, onChange }: Props) {
  const set = (field: Exclude<InputField, 'block'>) => (value: string) =>
    onChange({ ...form, [field]: value });

  return (
    <section className="optout-section" aria-labelledby="optout-values-heading">
      <div className="section-heading">
        <h2 id="optout-values-heading">Your values</h2>
        <span className="hint">
          Filled into the commands below as you type. Kept in this window only: never saved, never
          sent.
        </span>
      </div>
      <div className="optout-form">
        <Field
          field="fusionAuthUrl"
          label="FusionAuth URL"
          type="url"
          value={form.fusionAuthUrl}
          placeholder="https://fusionauth.example.com"
          hint="The address FusionAuth answers on. Empty: the commands use a placeholder."
          problem={problems.fusionAuthUrl}
          onChange={set('fusionAuthUrl')}
        />
        <Field
          field="apiKey"
          label="API key"
          type="password"
          value={form.apiKey}
          placeholder="Asked for when the commands run"
          hint="Better left empty: the commands then prompt for it, out of shell history."
          problem={problems.apiKey}
          onChange={set('apiKey')}
        />
        <Field
          field="namespace"
          label="Kubernetes namespace"
          value={form.namespace}
          placeholder={DEFAULT_NAMESPACE}
          hint={`Where the FusionAuth pods run. Empty: ${DEFAULT_NAMESPACE}.`}
          problem={problems.namespace}
          onChange={set('namespace')}
        />
        <Field
          field="podLabels"
          label="Pod labels"
          value={form.podLabels}
          placeholder={DEFAULT_POD_LABELS}
          hint="key=value, comma-separated: the labels that select the FusionAuth pods."
          problem={problems.podLabels}
          onChange={set('podLabels')}
        />
      </div>
      <WarningList warnings={warnings} label="About the values" />
    </section>
  );
}
