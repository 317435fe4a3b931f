/**
 * The same API calls for Windows PowerShell and PowerShell 7 (Invoke-RestMethod). Typed values
 * are single-quoted; otherwise the key is read as a SecureString so it is not echoed.
 */
import { powershellQuote } from '../escape.ts';
import {
  SYSTEM_CONFIGURATION_PATH,
  URL_PLACEHOLDER,
  usageDataPatchBody,
} from '../system-configuration-api.ts';
import type { Artifact, OptOutInputs } from '../types.ts';

function setupLines(inputs: OptOutInputs): string[] {
  const url = inputs.fusionAuthUrl ?? URL_PLACEHOLDER;
  const lines = [
    inputs.fusionAuthUrl === null
      ? '# The address FusionAuth answers on; replace the example with yours.'
      : '# The address FusionAuth answers on.',
    `$endpoint = ${powershellQuote(`${url}${SYSTEM_CONFIGURATION_PATH}`)}`,
  ];

  if (inputs.apiKey === null) {
    lines.push(
      '# The API key, typed without echo.',
      "$secureKey = Read-Host -AsSecureString -Prompt 'FusionAuth API key'",
      '$apiKey = [System.Net.NetworkCredential]::new([string]::Empty, $secureKey).Password',
    );
  } else {
    lines.push(`$apiKey = ${powershellQuote(inputs.apiKey)}`);
  }

  lines.push('$headers = @{ Authorization = $apiKey }');

  return lines;
}

export function powershellPatch(inputs: OptOutInputs, enabled: boolean): Artifact {
  const body = JSON.stringify(usageDataPatchBody(enabled));

  return {
    id: enabled ? 'opt-in-patch-powershell' : 'patch-powershell',
    title: enabled ? 'Turn usage data back on (PowerShell)' : 'Turn usage data off (PowerShell)',
    format: 'powershell',
    text: [
      ...setupLines(inputs),
      `$body = ${powershellQuote(body)}`,
      '$response = Invoke-RestMethod -Method Patch -Uri $endpoint -Headers $headers ' +
        "-ContentType 'application/json' -Body $body",
      '$response.systemConfiguration.usageDataConfiguration',
    ].join('\n'),
    placement: 'any Windows machine that reaches FusionAuth',
  };
}

export function powershellVerify(inputs: OptOutInputs): Artifact {
  return {
    id: 'verify-powershell',
    title: 'Check the stored value (PowerShell)',
    format: 'powershell',
    text: [
      ...setupLines(inputs),
      '$configuration = Invoke-RestMethod -Uri $endpoint -Headers $headers',
      '$configuration.systemConfiguration.usageDataConfiguration',
    ].join('\n'),
    placement: 'any Windows machine that reaches FusionAuth',
  };
}
