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
import { type CheckedForm, checkForm, type OptOutForm } from './check-form.ts';
import { methodGuides } from './guide-tabs.ts';

export interface ViewContent {
  checked: CheckedForm;
  /** fusionauth-app.url from the configuration files, used when no URL is typed. */
  configuredUrl: OptOutState['configuration']['fusionAuthUrl'];
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
    configuredUrl: state.configuration.fusionAuthUrl,
    hostTable: buildHostTable(state, checked.inputs),
    methods: methodGuides(state, checked.inputs),
    egress: buildEgressGuide(platform, state, checked.inputs),
  };
}

/** Each field as the notice names it, and what the commands use in its place meanwhile. */
const FIELD_NAMES: Record<InputField, { name: string; instead: string }> = {
  fusionAuthUrl: { name: 'FusionAuth URL', instead: 'the placeholder URL' },
  apiKey: { name: 'API key', instead: 'a prompt for the key' },
  namespace: {
    name: 'Kubernetes namespace',
    instead: `the default namespace ${DEFAULT_NAMESPACE}`,
  },
  podLabels: { name: 'pod labels', instead: `the default labels ${DEFAULT_POD_LABELS}` },
  block: { name: 'hosts to block', instead: 'the recommended hosts' },
};

/** A refused URL gives way to fusionauth-app.url when the configuration has one. */
function insteadText(checked: CheckedForm, field: InputField): string {
  const origin = checked.inputs.fusionAuthUrlOrigin;
  if (field === 'fusionAuthUrl' && origin !== undefined) {
    return `${checked.inputs.fusionAuthUrl ?? ''} (fusionauth-app.url in ${origin})`;
  }

  return FIELD_NAMES[field].instead;
}

/** "a", "a and b", "a, b and c". */
function listText(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * "Not filled in, because refused above: Kubernetes namespace. Until corrected, the commands
 * below use the default namespace fusionauth." Null when none of these fields was refused.
 */
export function fallbackNotice(checked: CheckedForm, fields: readonly InputField[]): string | null {
  const refused = fields.filter((field) => checked.problems[field] !== undefined);
  if (refused.length === 0) {
    return null;
  }

  const names = listText(refused.map((field) => FIELD_NAMES[field].name));
  const instead = listText(refused.map((field) => insteadText(checked, field)));

  return (
    `Not filled in, because refused above: ${names}. ` +
    `Until corrected, the commands below use ${instead}.`
  );
}
