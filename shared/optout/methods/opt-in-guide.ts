/**
 * Undoing the opt-out: the same PATCH with enabled=true, and lifting the egress block.
 */
import { PATCH_RESPONSES } from '../system-configuration-api.ts';
import type { Guide, OptOutInputs } from '../types.ts';
import { curlPatch, curlSetup, curlVerify } from './curl-commands.ts';
import { powershellPatch } from './powershell-commands.ts';
import { terraformBlock } from './terraform-guide.ts';

export function buildOptInGuide(inputs: OptOutInputs, reportTimezone: string | null): Guide {
  const setup = curlSetup(inputs);

  return {
    id: 'opt-in',
    title: 'Opt back in',
    summary:
      'PATCH usageDataConfiguration.enabled back to true (or switch it on in the admin UI, ' +
      'or set enabled = true in Terraform), and remove any egress block.',
    steps: [
      setup === null ? 'Run the PATCH command.' : 'Run the setup lines, then the PATCH command.',
      PATCH_RESPONSES,
      'Check with the GET: it must print "enabled": true.',
      'Remove the egress rules you added; until then the stats list cannot be refreshed and ' +
        'FusionAuth skips its daily collection once the list is more than a day old.',
    ],
    artifacts: [
      ...(setup === null ? [] : [setup]),
      curlPatch(inputs, true),
      curlVerify(inputs),
      powershellPatch(inputs, true),
      {
        id: 'opt-in-terraform',
        title: 'Terraform, usage data on',
        format: 'hcl',
        text: terraformBlock(reportTimezone, true),
      },
    ],
    warnings: [
      'Rows collected while egress was blocked stay queued in usage_stats (sent = false) and ' +
        'are sent, up to 30 per run, once FusionAuth can reach usage-stats.fusionauth.io again ' +
        'with usage data on.',
    ],
    notes: [],
  };
}
