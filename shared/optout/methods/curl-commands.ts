/**
 * The System Configuration API calls as POSIX shell commands with curl. Typed values are
 * single-quoted; anything not typed stays a variable the user sets (the key is read without
 * echo, so it never lands in shell history).
 */
import { posixQuote } from '../escape.ts';
import {
  API_KEY_VARIABLE,
  SYSTEM_CONFIGURATION_PATH,
  URL_PLACEHOLDER,
  URL_VARIABLE,
  usageDataPatchBody,
} from '../system-configuration-api.ts';
import type { Artifact, OptOutInputs } from '../types.ts';

/** Joins the words of one command with shell line continuations. */
export function continuedLines(lines: readonly string[]): string {
  return lines.join(' \\\n  ');
}

function endpointWord(inputs: OptOutInputs): string {
  return inputs.fusionAuthUrl === null
    ? `"$${URL_VARIABLE}${SYSTEM_CONFIGURATION_PATH}"`
    : posixQuote(`${inputs.fusionAuthUrl}${SYSTEM_CONFIGURATION_PATH}`);
}

function authorizationWord(inputs: OptOutInputs): string {
  return inputs.apiKey === null
    ? `"Authorization: $${API_KEY_VARIABLE}"`
    : posixQuote(`Authorization: ${inputs.apiKey}`);
}

/** Setting the variables the other commands use; null when every value was typed in. */
export function curlSetup(inputs: OptOutInputs): Artifact | null {
  const lines: string[] = [];

  if (inputs.fusionAuthUrl === null) {
    lines.push(
      '# The address FusionAuth answers on; replace the example with yours.',
      `${URL_VARIABLE}=${posixQuote(URL_PLACEHOLDER)}`,
    );
  }

  if (inputs.apiKey === null) {
    lines.push(
      '# The API key, typed without echo so it stays out of the screen and shell history.',
      `printf 'FusionAuth API key: '; stty -echo; IFS= read -r ${API_KEY_VARIABLE}; ` +
        `stty echo; printf '\\n'`,
    );
  }

  if (lines.length === 0) {
    return null;
  }

  return {
    id: 'setup',
    title: 'Set the URL and API key for the commands below',
    format: 'sh',
    text: lines.join('\n'),
    placement: 'run first, in the same shell',
  };
}

/** PATCH usageDataConfiguration.enabled; prints the response and its HTTP status. */
export function curlPatch(inputs: OptOutInputs, enabled: boolean): Artifact {
  const body = JSON.stringify(usageDataPatchBody(enabled));

  return {
    id: enabled ? 'opt-in-patch' : 'patch',
    title: enabled ? 'Turn usage data back on (curl)' : 'Turn usage data off (curl)',
    format: 'sh',
    text: continuedLines([
      `curl -sS -X PATCH ${endpointWord(inputs)}`,
      `-H ${authorizationWord(inputs)}`,
      `-H 'Content-Type: application/json'`,
      `-d ${posixQuote(body)}`,
      `-w '\\nHTTP %{http_code}\\n'`,
    ]),
    placement: 'any machine that reaches FusionAuth',
  };
}

/** GET the configuration and show only the usage-data part. */
export function curlVerify(inputs: OptOutInputs): Artifact {
  return {
    id: 'verify',
    title: 'Check the stored value (curl and jq)',
    format: 'sh',
    text:
      `${continuedLines([`curl -sS ${endpointWord(inputs)}`, `-H ${authorizationWord(inputs)}`])}` +
      ` \\\n  | jq '.systemConfiguration.usageDataConfiguration'`,
    placement: 'any machine that reaches FusionAuth',
  };
}
