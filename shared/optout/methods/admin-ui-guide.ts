/**
 * Opting out by hand: the admin UI switch on a running instance, and the checkbox of the
 * first-run setup wizard on a new one (fusionauth.md §1.3, §1.4).
 */
import type { Guide, OptOutInputs, OptOutState } from '../types.ts';
import { managedWarnings, versionWarnings } from './method-warnings.ts';

/** The admin page behind Settings → System (open to the admin and system_manager roles). */
export const ADMIN_UI_ROUTE = '/admin/system-configuration/edit';

export function buildAdminUiGuide(state: OptOutState, inputs: OptOutInputs): Guide {
  const link = inputs.fusionAuthUrl === null ? null : `${inputs.fusionAuthUrl}${ADMIN_UI_ROUTE}`;

  return {
    id: 'admin-ui',
    title: 'Admin UI',
    summary:
      'Settings → System → Analytics & Improvements, switch "Enable usage data collection" off.',
    steps: [
      `Sign in to the FusionAuth admin UI as a user with the admin or system_manager role${
        link === null ? '' : ` and open ${link}`
      }.`,
      'Go to Settings → System, tab Analytics & Improvements.',
      'Switch "Enable usage data collection" off and save.',
      'Check with the API GET (System Configuration API tab) or by reloading the page.',
    ],
    artifacts:
      link === null
        ? []
        : [{ id: 'link', title: 'The System settings page', format: 'text', text: link }],
    warnings: [...managedWarnings(state), ...versionWarnings(state)],
    notes: [
      `The page's route is ${ADMIN_UI_ROUTE}; on FusionAuth Cloud it shows an explanation ` +
        'instead of the switch.',
    ],
  };
}

export function buildSetupWizardGuide(state: OptOutState): Guide {
  const done = state.setupComplete === true;

  return {
    id: 'setup-wizard',
    title: 'Setup wizard (new instances)',
    summary:
      'At the bottom of the first-run setup wizard, untick "I want to help FusionAuth improve ' +
      'its products and services".',
    steps: [
      'The box is ticked in advance; untick it before submitting the wizard.',
      'Submitting sets usageDataConfiguration.enabled to the box value.',
      'Check afterwards with the API GET: a new instance sends usage data unless this was ' +
        'unticked.',
    ],
    artifacts: [],
    warnings: done
      ? [
          'This instance has finished its setup, so the wizard will not appear again: use ' +
            'the API or the admin UI.',
        ]
      : [],
    notes: [
      'Kickstart skips the wizard, so a kickstarted instance sends usage data unless the ' +
        'Kickstart file opts out (Kickstart tab).',
      'With fusionauth-app.usage-data-managed=true (as on FusionAuth Cloud) the box is ticked ' +
        'and cannot be changed.',
    ],
  };
}
