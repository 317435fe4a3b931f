/**
 * Turns what the user typed (CLI options or the view's form) into checked values, with the
 * defaults the generators use for anything left empty.
 */
import { checkApiKey, checkFusionAuthUrl, checkNamespace, parsePodLabels } from './escape.ts';
import { parseBlockList } from './hosts.ts';
import type { OptOutInputs, OptOutState } from './types.ts';

export const DEFAULT_NAMESPACE = 'fusionauth';
export const DEFAULT_POD_LABELS = 'app.kubernetes.io/name=fusionauth';

export interface RawInputs {
  fusionAuthUrl?: string | undefined;
  apiKey?: string | undefined;
  namespace?: string | undefined;
  /** "key=value,key=value" */
  podLabels?: string | undefined;
  /** "usage-stats,metrics" or "all" */
  block?: string | undefined;
  cloud?: boolean | undefined;
  historyDatabaseUrl?: string | null | undefined;
}

export interface CheckedInputs {
  inputs: OptOutInputs;
  /** Non-fatal problems, e.g. a configured fusionauth-app.url that cannot be used. */
  warnings: string[];
}

function blank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

/**
 * Typed values win; the state fills the rest: fusionauth-app.url from the configuration, and
 * the inspected database for the checks. A bad typed value throws a 'usage' error naming its
 * field; a bad configured URL only warns. Without a state, only the typed values are checked.
 */
export function checkInputs(raw: RawInputs, state: OptOutState | null = null): CheckedInputs {
  const configuredUrl = state?.configuration.fusionAuthUrl ?? null;
  const warnings: string[] = [];
  let fusionAuthUrl: string | null = null;
  let fusionAuthUrlOrigin: string | undefined;

  if (!blank(raw.fusionAuthUrl)) {
    fusionAuthUrl = checkFusionAuthUrl(raw.fusionAuthUrl ?? '');
  } else if (configuredUrl !== null) {
    try {
      fusionAuthUrl = checkFusionAuthUrl(configuredUrl.value);
      fusionAuthUrlOrigin = configuredUrl.origin;
    } catch (error) {
      warnings.push(
        `fusionauth-app.url in ${configuredUrl.origin} is not used: ${(error as Error).message}`,
      );
    }
  }

  const inputs: OptOutInputs = {
    fusionAuthUrl,
    apiKey: raw.apiKey === undefined ? null : checkApiKey(raw.apiKey),
    namespace: checkNamespace(blank(raw.namespace) ? DEFAULT_NAMESPACE : (raw.namespace ?? '')),
    podLabels: parsePodLabels(blank(raw.podLabels) ? DEFAULT_POD_LABELS : (raw.podLabels ?? '')),
    block: blank(raw.block) ? null : parseBlockList(raw.block ?? ''),
    cloud: raw.cloud === true,
    historyDatabaseUrl: raw.historyDatabaseUrl ?? state?.databaseUrl ?? null,
  };
  if (fusionAuthUrlOrigin !== undefined) {
    inputs.fusionAuthUrlOrigin = fusionAuthUrlOrigin;
  }

  return { inputs, warnings };
}
