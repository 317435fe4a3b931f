/**
 * The four FusionAuth-owned hosts a running FusionAuth contacts, what each receives, and
 * whether the usage-data flag stops it (fusionauth.md §1.9 and §2.1; collector.md §3-§4).
 */
import { InspectorError } from '../errors.ts';
import type { OptOutState, PhoneHomeHostId } from './types.ts';

export interface PhoneHomeHost {
  id: PhoneHomeHostId;
  name: string;
  receives: string;
  /** Does usageDataConfiguration.enabled=false stop this traffic? */
  stoppedByFlag: boolean;
  flagNote: string;
  /** What breaks when it is blocked; empty when nothing does. */
  blockingBreaks: string;
}

export const PHONE_HOME_HOSTS: readonly PhoneHomeHost[] = [
  {
    id: 'usage-stats',
    name: 'usage-stats.fusionauth.io',
    receives:
      'The feature usage payload (POST /api/stats/ingest), plus HEAD and POST ' +
      '/api/stats/current to fetch the list of stats to collect (the request carries the ' +
      'instance id and product version).',
    stoppedByFlag: true,
    flagNote:
      'Stopped by the flag, unless fusionauth-app.usage-data-managed=true forces collection on.',
    blockingBreaks: 'Nothing: no FusionAuth feature depends on it.',
  },
  {
    id: 'metrics',
    name: 'metrics.fusionauth.io',
    receives:
      'High-level metrics (POST /api/metric/{instanceId}; every 13 minutes in FusionAuth ' +
      '1.69.2): total users, ' +
      'monthly active users, monthly logins, number of nodes, product version, and the ' +
      'licence id when licensed.',
    stoppedByFlag: false,
    flagNote: 'NOT stopped by the flag: it is sent whatever the usage-data setting.',
    blockingBreaks:
      'No feature, but paid plans must allow metrics under the licence agreement unless they ' +
      'hold an air-gapped licence.',
  },
  {
    id: 'license',
    name: 'license.fusionauth.io',
    receives: 'Licence validation and renewal requests.',
    stoppedByFlag: false,
    flagNote: 'NOT stopped by the flag.',
    blockingBreaks:
      'Licence activation and renewal, and so every licensed (paid) feature. Block it only on ' +
      'an unlicensed Community instance, or with an air-gapped licence.',
  },
  {
    id: 'reactor',
    name: 'reactor.fusionauth.io',
    receives:
      'Reactor requests of licensed features, such as breached-password checks and ' +
      'threat-detection data sets.',
    stoppedByFlag: false,
    flagNote: 'NOT stopped by the flag.',
    blockingBreaks:
      'Reactor features (breached-password detection, threat detection) on licensed ' +
      'instances. Block it only on an unlicensed Community instance.',
  },
];

export const HOST_IDS: readonly PhoneHomeHostId[] = PHONE_HOME_HOSTS.map((host) => host.id);

export function hostById(id: PhoneHomeHostId): PhoneHomeHost {
  const host = PHONE_HOME_HOSTS.find((candidate) => candidate.id === id);
  if (host === undefined) {
    throw new InspectorError('internal', `No phone-home host has the id ${id}.`);
  }

  return host;
}

/** "--block usage-stats,metrics" or "all" into host ids, in the table's order. */
export function parseBlockList(text: string): PhoneHomeHostId[] {
  const words = text
    .split(',')
    .map((word) =>
      word
        .trim()
        .toLowerCase()
        .replace(/\.fusionauth\.io$/, ''),
    )
    .filter((word) => word !== '');

  if (words.length === 1 && words[0] === 'all') {
    return [...HOST_IDS];
  }

  const unknown = words.filter((word) => !HOST_IDS.includes(word as PhoneHomeHostId));
  if (words.length === 0 || unknown.length > 0) {
    throw new InspectorError(
      'usage',
      `Unknown host${unknown.length === 1 ? '' : 's'} to block: ` +
        `${unknown.join(', ') || '(none)'}. ` +
        `Use a comma-separated list of ${HOST_IDS.join(', ')}, or all.`,
      { field: 'block' },
    );
  }

  return HOST_IDS.filter((id) => words.includes(id));
}

export interface BlockChoice {
  ids: PhoneHomeHostId[];
  /** Why these hosts, in one sentence the guides show. */
  reason: string;
}

/**
 * Which hosts to block when the user did not say. An unlicensed Community instance may block
 * all outbound traffic with no loss of function (fusionauth.md §2.1); a licensed one keeps
 * licence, Reactor and (paid plans) metrics reachable.
 */
export function defaultBlock(state: OptOutState): BlockChoice {
  if (state.license.licensed === false) {
    return {
      ids: [...HOST_IDS],
      reason:
        'No licence is loaded, so all four hosts are blocked: an unlicensed Community instance ' +
        'loses no function without them.',
    };
  }

  if (state.license.licensed === true) {
    return {
      ids: ['usage-stats'],
      reason:
        'A licence is loaded, so only usage-stats.fusionauth.io is blocked: licence and ' +
        'Reactor traffic keep licensed features working, and paid plans must allow metrics ' +
        'unless air-gapped. Add hosts with --block if your agreement allows.',
    };
  }

  return {
    ids: ['usage-stats', 'metrics'],
    reason:
      'The licence state is unknown (no database read), so usage-stats and metrics are ' +
      'blocked. If the instance is unlicensed Community, add license and reactor (--block all); ' +
      'on a paid plan, allow metrics unless it is air-gapped.',
  };
}

/** Warnings for a chosen set: what the user is about to break or breach. */
export function blockWarnings(ids: readonly PhoneHomeHostId[], state: OptOutState): string[] {
  const warnings: string[] = [];
  const licensed = state.license.licensed;

  if (ids.includes('license') || ids.includes('reactor')) {
    warnings.push(
      licensed === true
        ? 'This instance has a licence: blocking license.fusionauth.io or ' +
            'reactor.fusionauth.io breaks licence renewal and licensed features (Reactor: ' +
            'breached-password and threat detection).'
        : 'Blocking license.fusionauth.io or reactor.fusionauth.io breaks licensed features. ' +
            'Do it only on an unlicensed Community instance or with an air-gapped licence.',
    );
  }

  if (ids.includes('metrics') && licensed !== false) {
    warnings.push(
      'Paid plans must allow metrics to metrics.fusionauth.io under the licence agreement ' +
        'unless they hold an air-gapped licence. Block it only if that is your case.',
    );
  }

  if (!ids.includes('metrics')) {
    warnings.push(
      'metrics.fusionauth.io stays reachable: high-level metrics (user totals, monthly ' +
        'active users, logins, nodes, version, licence id) still leave, whatever the ' +
        'usage-data flag says.',
    );
  }

  if (!ids.includes('usage-stats')) {
    warnings.push(
      'usage-stats.fusionauth.io is not blocked: only the usage-data flag keeps the feature ' +
        'usage payload from leaving.',
    );
  }

  return warnings;
}
