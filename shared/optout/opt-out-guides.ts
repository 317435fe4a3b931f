/**
 * Every way to opt out, in the order the view shows them, for this state and these values.
 */
import { buildAdminUiGuide, buildSetupWizardGuide } from './methods/admin-ui-guide.ts';
import { buildApiGuide } from './methods/api-guide.ts';
import { buildApiKeyGuide } from './methods/api-key-guide.ts';
import { buildCloudGuide } from './methods/cloud-guide.ts';
import { buildKickstartGuide } from './methods/kickstart-guide.ts';
import { buildManagedGuide } from './methods/managed-guide.ts';
import { buildOptInGuide } from './methods/opt-in-guide.ts';
import { buildTerraformGuide } from './methods/terraform-guide.ts';
import type { Guide, OptOutInputs, OptOutState } from './types.ts';

export function buildOptOutGuides(state: OptOutState, inputs: OptOutInputs): Guide[] {
  if (inputs.cloud) {
    return [buildCloudGuide()];
  }

  return [
    ...(state.managed.forced ? [buildManagedGuide(state)] : []),
    buildApiGuide(state, inputs),
    buildApiKeyGuide(state),
    buildAdminUiGuide(state, inputs),
    buildSetupWizardGuide(state),
    buildKickstartGuide(state),
    buildTerraformGuide(state),
    buildOptInGuide(inputs, state.reportTimezone),
  ];
}
