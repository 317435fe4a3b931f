/**
 * Opting out with the FusionAuth Terraform provider: the usage_data_configuration block of
 * the fusionauth_system_configuration resource (fusionauth.md §1.1).
 */
import { hclString } from '../escape.ts';
import type { Guide, OptOutState } from '../types.ts';
import { managedWarnings, versionWarnings } from './method-warnings.ts';

/** Stands in for the report time zone when the database was not read. */
export const TIMEZONE_PLACEHOLDER = 'America/Denver';

export function terraformBlock(reportTimezone: string | null, enabled = false): string {
  const timezone = reportTimezone ?? TIMEZONE_PLACEHOLDER;
  const timezoneComment =
    reportTimezone === null
      ? '  # Replace with your report time zone (Settings → System in the admin UI).\n'
      : '  # The report time zone stored in this instance; keep it unchanged.\n';

  return (
    'resource "fusionauth_system_configuration" "this" {\n' +
    timezoneComment +
    `  report_timezone = ${hclString(timezone)}\n` +
    '\n' +
    '  usage_data_configuration {\n' +
    `    enabled = ${enabled ? 'true' : 'false'}\n` +
    '  }\n' +
    '}\n'
  );
}

export function buildTerraformGuide(state: OptOutState): Guide {
  return {
    id: 'terraform',
    title: 'Terraform',
    summary: 'The usage_data_configuration block of the fusionauth_system_configuration resource.',
    steps: [
      'If your configuration already has a fusionauth_system_configuration resource, add only ' +
        'the usage_data_configuration block to it; there is one system configuration, so ' +
        'never declare the resource twice.',
      'Run terraform plan and read it before terraform apply.',
      'Check the stored value with the API GET afterwards.',
    ],
    artifacts: [
      {
        id: 'terraform',
        title: 'fusionauth_system_configuration with usage data off',
        format: 'hcl',
        text: terraformBlock(state.reportTimezone),
        placement: 'a .tf file of the configuration that manages this FusionAuth',
      },
    ],
    warnings: [
      ...managedWarnings(state),
      ...versionWarnings(state),
      'This resource stands for the whole system configuration: if Terraform did not manage ' +
        'it before, the plan may show other settings changing to the provider defaults ' +
        '(inferred; check the plan).',
    ],
    notes: [
      'report_timezone is set because the API needs it when the whole configuration is ' +
        'written; the value shown is the one stored in the database when it was read.',
    ],
  };
}
