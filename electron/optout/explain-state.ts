/**
 * Turns the raw rows into the sentences the view shows: what the flag means, whether
 * FusionAuth would collect, what usage_stats and the row's timestamps say. Each inference is
 * marked as one.
 */
import type { StatListFacts } from '../../shared/collection/types.ts';
import type { OptOutState, TriState } from '../../shared/optout/types.ts';
import { hasUsageDataFlag } from '../../shared/optout/version-caveats.ts';
import { RUNTIME_MODES_THAT_COLLECT } from './config-state.ts';
import type { InstanceLicence } from './instance-licence.ts';
import type { SystemConfigurationRow } from './system-configuration-row.ts';
import type { UsageStatsSummary } from './usage-stats-rows.ts';

export function isoTime(instant: number | null): string {
  return instant === null ? 'never' : new Date(instant).toISOString().replace('.000Z', 'Z');
}

export function explainUsageData(
  row: SystemConfigurationRow,
  version: string,
): OptOutState['usageData'] {
  const base = {
    storedEnabled: row.enabled,
    keyPresent: row.keyPresent,
    retentionDays: row.retentionDays,
  };
  const retention =
    row.retentionDays === null
      ? ''
      : ` Rows marked sent are kept ${row.retentionDays} days (numberOfDaysToRetain; ` +
        'undocumented, shown but not to be changed).';

  if (!row.rowPresent || !row.dataReadable) {
    return {
      ...base,
      explanation: row.rowPresent
        ? 'The system_configuration data is not a JSON object, so the flag cannot be read.'
        : 'There is no system_configuration row, so the flag cannot be read.',
    };
  }

  if (!row.keyPresent) {
    const why =
      hasUsageDataFlag(version) === false
        ? `FusionAuth ${version} predates the setting (it arrived in 1.55).`
        : 'On 1.55 or later this is what an instance upgraded from an older version keeps ' +
          'until someone saves the setting (inferred from older databases).';

    return {
      ...base,
      explanation:
        `system_configuration has no usageDataConfiguration key. ${why} FusionAuth then ` +
        'treats the flag as off (its default is false), which matches the documented ' +
        'upgrade default: upgraded instances do not send usage data.',
    };
  }

  if (row.enabled === true) {
    return {
      ...base,
      explanation:
        'Usage data is ON (stored enabled=true): FusionAuth collects once a day and sends ' +
        `the payload to usage-stats.fusionauth.io.${retention}`,
    };
  }

  if (row.enabled === false) {
    return {
      ...base,
      explanation: `Usage data is OFF (stored enabled=false).${retention}`,
    };
  }

  return {
    ...base,
    explanation:
      'usageDataConfiguration exists but holds no Boolean enabled; FusionAuth treats that as ' +
      `off (inferred).${retention}`,
  };
}

function licenceDetails(licence: InstanceLicence): string {
  const id = licence.licenseId === null ? 'licence text only' : `licence id ${licence.licenseId}`;
  const text =
    licence.licenceTextPresent === true
      ? ', licence text present: an air-gapped licence is kept this way'
      : '';

  return `${id}${text}`;
}

export function explainLicence(licence: InstanceLicence): OptOutState['license'] {
  const licensed =
    licence.licenseId !== null || licence.licenceTextPresent === true
      ? true
      : licence.licenceTextPresent === null && licence.licenseId === null
        ? null
        : false;

  const explanation =
    licensed === true
      ? `Licensed (${licenceDetails(licence)}). ` +
        'Usage data is tied to the account through the instance id, and licence, Reactor ' +
        'and (paid plans) metrics traffic must stay allowed unless air-gapped.'
      : licensed === false
        ? 'Not licensed (Community): usage data, if on, is not tied to an identity, and all ' +
          'outbound traffic may be blocked without losing a feature.'
        : 'Licence state unknown: this instance table has no licence columns.';

  return {
    licensed,
    licenseId: licence.licenseId,
    licenceTextPresent: licence.licenceTextPresent,
    explanation,
  };
}

/** The flag part of FusionAuth's gate: managed mode, or the stored flag. */
export function usageGate(managed: OptOutState['managed'], row: SystemConfigurationRow): TriState {
  if (managed.forced || row.enabled === true) {
    return 'yes';
  }

  return row.rowPresent && row.dataReadable ? 'no' : 'unknown';
}

interface CollectInputs {
  version: string;
  gate: TriState;
  setupComplete: boolean | null;
  runtimeMode: OptOutState['configuration']['runtimeMode'];
  statList: StatListFacts;
}

function setupWord(setupComplete: boolean | null): string {
  if (setupComplete === null) {
    return 'state unknown';
  }

  return setupComplete ? 'complete' : 'not complete';
}

/** The daily collector's gates, in its order (collector.md §1 steps 2 and 4). */
export function explainCollection(inputs: CollectInputs): { answer: TriState; reasons: string[] } {
  if (hasUsageDataFlag(inputs.version) === false) {
    return { answer: 'no', reasons: [`FusionAuth ${inputs.version} has no usage data collector.`] };
  }

  const checks: { passes: TriState; reason: string }[] = [
    {
      passes: RUNTIME_MODES_THAT_COLLECT.includes(inputs.runtimeMode.value) ? 'yes' : 'no',
      reason:
        `runtime mode ${inputs.runtimeMode.value} (${inputs.runtimeMode.origin}); only ` +
        'development and production collect',
    },
    {
      passes: inputs.setupComplete === null ? 'unknown' : inputs.setupComplete ? 'yes' : 'no',
      reason: `setup ${setupWord(inputs.setupComplete)}`,
    },
    {
      passes: inputs.gate,
      reason:
        inputs.gate === 'yes'
          ? 'usage data is on (stored flag or managed mode)'
          : inputs.gate === 'no'
            ? 'usage data is off'
            : 'the flag cannot be read',
    },
    { passes: inputs.statList.fresh ? 'yes' : 'no', reason: inputs.statList.verdict },
  ];

  const failing = checks.filter((check) => check.passes === 'no');
  const unknown = checks.filter((check) => check.passes === 'unknown');
  const answer: TriState = failing.length > 0 ? 'no' : unknown.length > 0 ? 'unknown' : 'yes';
  const shown = answer === 'yes' ? checks : [...failing, ...unknown];

  return {
    answer,
    reasons: [
      ...shown.map((check) => check.reason),
      'only the master node collects, and the runtime mode is the one in the given configuration files',
    ],
  };
}

export function explainMetrics(
  version: string,
  setupComplete: boolean | null,
  runtimeMode: OptOutState['configuration']['runtimeMode'],
): { answer: TriState; explanation: string } {
  if (hasUsageDataFlag(version) === false) {
    return {
      answer: 'unknown',
      explanation:
        'The reference describes basic metrics to metrics.fusionauth.io for FusionAuth 1.69.2 ' +
        `and current documentation; whether ${version} sends them is not known here. Block ` +
        'egress to be sure.',
    };
  }

  const collects = RUNTIME_MODES_THAT_COLLECT.includes(runtimeMode.value);
  const answer: TriState =
    !collects || setupComplete === false ? 'no' : setupComplete === null ? 'unknown' : 'yes';

  return {
    answer,
    explanation:
      answer === 'yes'
        ? 'FusionAuth sends high-level metrics (user totals, monthly active users, logins, ' +
          'nodes, version, licence id) to metrics.fusionauth.io whatever the usage-data flag ' +
          'says. Only an egress block stops them (paid plans must allow them unless air-gapped).'
        : answer === 'no'
          ? 'Metrics are not sent: setup is not complete, or the runtime mode does not send.'
          : 'Whether metrics are sent depends on setup being complete, which is unknown here.',
  };
}

export function explainUsageStats(summary: UsageStatsSummary): OptOutState['usageStats'] {
  const pendingRows = summary.tablePresent ? summary.rows - summary.sentRows : null;
  const base = {
    tablePresent: summary.tablePresent,
    rows: summary.tablePresent ? summary.rows : null,
    sentRows: summary.tablePresent ? summary.sentRows : null,
    pendingRows,
    lastCollectedInstant: summary.lastCollectedInstant,
    lastSentInstant: summary.lastSentInstant,
  };

  if (!summary.tablePresent) {
    return {
      ...base,
      explanation: 'No usage_stats table: this version never stored a usage payload.',
    };
  }

  if (summary.rows === 0) {
    return {
      ...base,
      explanation: 'usage_stats is empty: FusionAuth has not collected a payload yet.',
    };
  }

  return {
    ...base,
    explanation:
      `${summary.rows} payload${summary.rows === 1 ? '' : 's'} stored, ${summary.sentRows} ` +
      `marked sent, ${pendingRows} queued. ` +
      `Last collected ${isoTime(summary.lastCollectedInstant)}; ` +
      `the newest payload marked sent was collected ${isoTime(summary.lastSentInstant)} ` +
      '(FusionAuth keeps no send time). Queued payloads are sent, up to 30 per run, whenever ' +
      'usage data is on and the stats server is reachable.',
  };
}

export function explainChangeHistory(row: SystemConfigurationRow): OptOutState['changeHistory'] {
  const base = { insertInstant: row.insertInstant, lastUpdateInstant: row.lastUpdateInstant };

  if (!row.rowPresent || row.insertInstant === null || row.lastUpdateInstant === null) {
    return {
      ...base,
      updatedSinceCreation: null,
      inference: 'The system configuration row has no insert and update times to compare.',
    };
  }

  if (row.lastUpdateInstant <= row.insertInstant) {
    const value = !row.keyPresent
      ? 'never set, so it is off'
      : row.enabled === true
        ? 'on, as every new install since 1.55 starts'
        : `${row.enabled === false ? 'off' : 'unreadable'} as stored at creation`;

    return {
      ...base,
      updatedSinceCreation: false,
      inference:
        `The system configuration has not been saved since it was created ` +
        `(${isoTime(row.insertInstant)}), so nobody changed the flag through FusionAuth: it ` +
        `still has its install-time value (${value}). Inferred from the row's timestamps; ` +
        'a direct database edit would not show.',
    };
  }

  const offNote =
    row.enabled === false
      ? ' A stored false is only written by the setup wizard, the admin UI, the API or ' +
        'Kickstart, so it was most likely a deliberate opt-out (inferred).'
      : '';

  return {
    ...base,
    updatedSinceCreation: true,
    inference:
      `The system configuration was saved on ${isoTime(row.lastUpdateInstant)}, after its ` +
      `creation on ${isoTime(row.insertInstant)}. Some system setting changed then (admin UI, ` +
      'API, Kickstart or setup wizard), but FusionAuth does not record which, so whether it ' +
      `was the usage-data flag cannot be told from the database.${offNote}`,
  };
}
