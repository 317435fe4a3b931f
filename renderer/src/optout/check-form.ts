/**
 * What the reviewer typed, checked field by field. checkInputs stops at the first bad value;
 * the form wants a message under every bad field at once, and commands that stay usable
 * meanwhile, so each refused field is set aside (its default or placeholder takes its place)
 * and the rest are checked again.
 */
import { isInspectorError } from '../../../shared/errors.ts';
import type { InputField } from '../../../shared/optout/escape.ts';
import { checkInputs, type RawInputs } from '../../../shared/optout/inputs.ts';
import type { OptOutInputs, OptOutState, PhoneHomeHostId } from '../../../shared/optout/types.ts';

export interface OptOutForm {
  fusionAuthUrl: string;
  /** Kept in memory only; empty means the commands ask for it when they run. */
  apiKey: string;
  namespace: string;
  podLabels: string;
  /** null: the hosts recommended for this instance's licence state. */
  block: PhoneHomeHostId[] | null;
}

export const EMPTY_FORM: OptOutForm = {
  fusionAuthUrl: '',
  apiKey: '',
  namespace: '',
  podLabels: '',
  block: null,
};

export type FieldProblems = Partial<Record<InputField, string>>;

export interface CheckedForm {
  /** Always complete: a refused field is replaced by what an empty field would give. */
  inputs: OptOutInputs;
  /** The refusal for each field that was refused, in the generators' own words. */
  problems: FieldProblems;
  /** Values that were accepted but deserve a word, e.g. a configured URL that is unusable. */
  warnings: string[];
}

const INPUT_FIELDS: readonly InputField[] = [
  'fusionAuthUrl',
  'apiKey',
  'namespace',
  'podLabels',
  'block',
];

export const NO_HOST_TICKED =
  'Tick at least one host. Until then the rules below block the recommended hosts.';

function isInputField(value: unknown): value is InputField {
  return typeof value === 'string' && (INPUT_FIELDS as readonly string[]).includes(value);
}

function toRaw(form: OptOutForm): RawInputs {
  return {
    fusionAuthUrl: form.fusionAuthUrl,
    // An empty key field means "ask at run time", which checkInputs spells as no key at all.
    apiKey: form.apiKey === '' ? undefined : form.apiKey,
    namespace: form.namespace,
    podLabels: form.podLabels,
    block: form.block === null ? undefined : form.block.join(','),
  };
}

/** The refused field of an error checkInputs threw, or null for any other error. */
function refusedField(error: unknown): InputField | null {
  if (!isInspectorError(error) || error.code !== 'usage') {
    return null;
  }

  const field = error.details?.['field'];

  return isInputField(field) ? field : null;
}

export function checkForm(form: OptOutForm, state: OptOutState): CheckedForm {
  const raw = toRaw(form);
  const problems: FieldProblems = {};

  // An empty list would read as "not chosen"; say so rather than silently recommending.
  if (form.block !== null && form.block.length === 0) {
    problems.block = NO_HOST_TICKED;
  }

  // One pass per field at most: each pass either succeeds or sets one more field aside.
  for (let pass = 0; pass <= INPUT_FIELDS.length; pass += 1) {
    try {
      const { inputs, warnings } = checkInputs(raw, state);

      return { inputs, problems, warnings };
    } catch (error) {
      const field = refusedField(error);
      if (field === null || field in problems) {
        throw error;
      }

      problems[field] = (error as Error).message;
      raw[field] = undefined;
    }
  }

  throw new Error('checkForm: every field was set aside and the inputs are still refused');
}
