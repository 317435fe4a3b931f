/**
 * Everything the view shows below the state, built in the renderer from the state and the
 * form on every keystroke: the generators are pure and fast, and the typed values (the API
 * key above all) never have to leave the window.
 */
import { buildEgressGuide } from '../../../shared/optout/egress/platforms.ts';
import type { InputField } from '../../../shared/optout/escape.ts';
import { buildHostTable, type HostTable } from '../../../shared/optout/host-table.ts';
import { DEFAULT_NAMESPACE, DEFAULT_POD_LABELS } from '../../../shared/optout/inputs.ts';
import type {
  EgressGuide,
  Guide,
  OptOutState,
  PlatformName,
} from '../../../shared/optout/types.ts';
import { type CheckedForm, checkForm, FIELD_LABELS, type OptOutForm } from './check-form.ts';
import { methodGuides } from './guide-tabs.ts';

export interface ViewContent {
  checked: CheckedForm;
  hostTable: HostTable;
  methods: Guide[];
  /** Only the chosen platform's guide: the others are built when their tab is opened. */
  egress: EgressGuide;
}

export function buildViewContent(
  form: OptOutForm,
  state: OptOutState,
  platform: PlatformName,
): ViewContent {
  const checked = checkForm(form, state);

  return {
    checked,
    hostTable: buildHostTable(state, checked.inputs),
    methods: methodGuides(state, checked.inputs),
    egress: buildEgressGuide(platform, state, checked.inputs),
  };
}

/** What the commands use in place of a refused value. */
const FALLBACKS: Record<InputField, string> = {
  fusionAuthUrl: 'the placeholder URL',
  apiKey: 'a prompt for the key',
  namespace: `the default namespace ${DEFAULT_NAMESPACE}`,
  podLabels: `the default labels ${DEFAULT_POD_LABELS}`,
  block: 'the recommended hosts',
};

/**
 * "The commands below do not use your Kubernetes namespace (refused above): they use the
 * default namespace fusionauth until it is corrected." Null when nothing of these was refused.
 */
export function fallbackNotice(checked: CheckedForm, fields: readonly InputField[]): string | null {
  const refused = fields.filter((field) => checked.problems[field] !== undefined);
  if (refused.length === 0) {
    return null;
  }

  const names = refused.map((field) => FIELD_LABELS[field]).join(' and ');
  const instead = refused.map((field) => FALLBACKS[field]).join(' and ');

  return (
    `Not filled in: the ${names} you entered ${refused.length === 1 ? 'is' : 'are'} refused ` +
    `(see above). Until corrected, the commands below use ${instead}.`
  );
}
