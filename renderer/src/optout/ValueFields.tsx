/**
 * The values the commands are written for, each group next to the commands it changes: the
 * FusionAuth URL and API key above the opt-out methods, the namespace and pod labels in the
 * Kubernetes tab. Everything stays in this window's memory: nothing is saved, and nothing is
 * sent, not even to the inspector's own main side. A refused value gets its reason under the
 * field, and the commands fall back to the placeholder or default meanwhile.
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
  onChange: (form: OptOutForm) => void;
}

function setter(props: Props, field: Exclude<InputField, 'block'>) {
  return (value: string) => props.onChange({ ...props.form, [field]: value });
}

/** The FusionAuth URL and the API key, which every opt-out command uses. */
export function ApiValues(
  props: Props & {
    warnings: readonly string[];
    configuredUrl: { value: string; origin: string } | null;
  },
) {
  const configured = props.configuredUrl;

  return (
    <div className="optout-values" role="group" aria-label="FusionAuth URL and API key">
      <div className="optout-form">
        <Field
          field="fusionAuthUrl"
          label="FusionAuth URL"
          type="url"
          value={props.form.fusionAuthUrl}
          placeholder={configured?.value ?? 'https://fusionauth.example.com'}
          hint={
            configured === null
              ? 'The address FusionAuth answers on. Empty: the commands use a placeholder.'
              : `The address FusionAuth answers on. Empty: fusionauth-app.url from ` +
                `${configured.origin}.`
          }
          problem={props.problems.fusionAuthUrl}
          onChange={setter(props, 'fusionAuthUrl')}
        />
        <Field
          field="apiKey"
          label="API key"
          type="password"
          value={props.form.apiKey}
          placeholder="Asked for when the commands run"
          hint="Better left empty: the commands then prompt for it, out of shell history."
          problem={props.problems.apiKey}
          onChange={setter(props, 'apiKey')}
        />
      </div>
      <WarningList warnings={props.warnings} label="About the values" />
    </div>
  );
}

/** The namespace and labels the NetworkPolicy selects FusionAuth's pods by. */
export function KubernetesValues(props: Props) {
  return (
    <div className="optout-values" role="group" aria-label="Kubernetes namespace and pod labels">
      <div className="optout-form">
        <Field
          field="namespace"
          label="Kubernetes namespace"
          value={props.form.namespace}
          placeholder={DEFAULT_NAMESPACE}
          hint={`Where the FusionAuth pods run. Empty: ${DEFAULT_NAMESPACE}.`}
          problem={props.problems.namespace}
          onChange={setter(props, 'namespace')}
        />
        <Field
          field="podLabels"
          label="Pod labels"
          value={props.form.podLabels}
          placeholder={DEFAULT_POD_LABELS}
          hint="key=value, comma-separated: the labels that select the FusionAuth pods."
          problem={props.problems.podLabels}
          onChange={setter(props, 'podLabels')}
        />
      </div>
    </div>
  );
}
