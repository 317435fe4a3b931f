/**
 * The opt-out state as rows the view shows on top: a label, a short answer, where the answer
 * comes from, and the explanation. "Where from" is what a reviewer must not have to guess:
 * a value stored in the database is a fact; whether FusionAuth would collect is worked out.
 */
import type { OptOutState, TriState } from '../../../shared/optout/types.ts';

/**
 * read: stored in the database, shown as stored. inferred: worked out from stored values the
 * way FusionAuth's code decides, not observed. assumed: a default, because the setting lives
 * in configuration the inspector was not given. unknown: nothing to go on.
 */
export type FactBasis = 'read' | 'inferred' | 'assumed' | 'unknown';

export interface StateFact {
  id: string;
  label: string;
  answer: string;
  /** A second, smaller line under the answer, e.g. the retention. */
  detail?: string;
  basis: FactBasis;
  /** Prose; several entries are shown as a list. */
  explanation: string[];
  /** Shown above the explanation, marked: things that change what the reviewer must do. */
  warnings: string[];
  /** Draws the eye: data leaves, or an opt-out would be refused. */
  attention: boolean;
}

export const BASIS_LABELS: Record<FactBasis, string> = {
  read: 'Read',
  inferred: 'Inferred',
  assumed: 'Assumed',
  unknown: 'Unknown',
};

export const BASIS_MEANINGS: Record<FactBasis, string> = {
  read: 'stored in the database and shown as stored',
  inferred: "worked out from stored values the way FusionAuth's code decides; not observed",
  assumed: 'a default, because the setting lives in configuration the inspector was not given',
  unknown: 'nothing in the database says',
};

/** "2026-12-03 11:29 UTC": minutes are enough to compare with FusionAuth's daily runs. */
export function formatInstant(instant: number | null): string {
  if (instant === null) {
    return 'never';
  }

  return `${new Date(instant).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function triStateAnswer(answer: TriState): string {
  return answer === 'yes' ? 'Yes' : answer === 'no' ? 'No' : 'Unknown';
}

function triStateBasis(answer: TriState): FactBasis {
  return answer === 'unknown' ? 'unknown' : 'inferred';
}

function usageDataFact(state: OptOutState): StateFact {
  const usage = state.usageData;
  const retention =
    usage.retentionDays === null ? undefined : `Sent rows kept ${usage.retentionDays} days`;
  let answer = 'Unknown';
  if (state.managed.forced) {
    answer = 'Forced on (managed mode)';
  } else if (usage.storedEnabled !== null) {
    answer = usage.storedEnabled ? 'On' : 'Off';
  } else if (usage.keyPresent === false) {
    answer = 'Not stored (off)';
  }

  return {
    id: 'usage-data',
    label: 'Usage data flag',
    answer,
    ...(retention === undefined ? {} : { detail: retention }),
    basis: state.databaseRead ? 'read' : 'unknown',
    explanation: [usage.explanation],
    warnings: [],
    attention: state.managed.forced || usage.storedEnabled === true,
  };
}

function managedFact(state: OptOutState): StateFact {
  const managed = state.managed;
  const filesGiven = state.configuration.files.length > 0;
  let detail = 'no configuration file given';
  if (managed.origin !== null) {
    detail = managed.origin;
  } else if (filesGiven) {
    detail = 'not set in the given files';
  }

  return {
    id: 'managed',
    label: 'Managed mode',
    answer: managed.forced ? 'Forced on' : 'Off',
    detail,
    // Absent from the given files is as good as read; with no file it is only the default.
    basis: managed.origin !== null || filesGiven ? 'read' : 'assumed',
    explanation: [managed.explanation],
    warnings: [],
    attention: managed.forced,
  };
}

function licenceFact(state: OptOutState): StateFact {
  const licence = state.license;
  const answer =
    licence.licensed === null ? 'Unknown' : licence.licensed ? 'Licensed' : 'Not licensed';

  return {
    id: 'licence',
    label: 'Licence',
    answer,
    ...(licence.licensed === false ? { detail: 'Community' } : {}),
    basis: licence.licensed === null ? 'unknown' : 'read',
    explanation: [licence.explanation],
    warnings: [],
    attention: false,
  };
}

function versionFact(state: OptOutState): StateFact {
  const warnings = state.versionCaveats.filter((caveat) => caveat.severity === 'warning');

  return {
    id: 'version',
    label: 'FusionAuth version',
    answer: state.fusionAuthVersion ?? 'Unknown',
    detail:
      warnings.length > 0
        ? `${warnings.length} caveat${warnings.length === 1 ? '' : 's'} for opting out`
        : 'no known caveat for opting out',
    basis: state.fusionAuthVersion === null ? 'unknown' : 'read',
    explanation: state.versionCaveats
      .filter((caveat) => caveat.severity !== 'warning')
      .map((caveat) => caveat.text),
    warnings: warnings.map((caveat) => caveat.text),
    attention: warnings.length > 0,
  };
}

function wouldCollectFact(state: OptOutState): StateFact {
  return {
    id: 'would-collect',
    label: 'Would FusionAuth collect now?',
    answer: triStateAnswer(state.wouldCollectNow),
    basis: triStateBasis(state.wouldCollectNow),
    explanation: state.wouldCollectReasons,
    warnings: [],
    attention: state.wouldCollectNow === 'yes',
  };
}

function metricsFact(state: OptOutState): StateFact {
  return {
    id: 'metrics',
    label: 'Basic metrics sent?',
    answer: triStateAnswer(state.metricsSent),
    detail: 'to metrics.fusionauth.io',
    basis: triStateBasis(state.metricsSent),
    explanation: [state.metricsExplanation],
    warnings: [],
    attention: state.metricsSent === 'yes',
  };
}

function statListFact(state: OptOutState): StateFact {
  const list = state.statList;
  let answer = 'Unknown';
  if (list.present === false) {
    answer = 'None stored';
  } else if (list.fresh !== null) {
    answer = list.fresh ? 'Fresh' : 'Stale';
  }

  return {
    id: 'stat-list',
    label: 'Stat list',
    answer,
    ...(list.lastCheckedInstant === null
      ? {}
      : { detail: `checked ${formatInstant(list.lastCheckedInstant)}` }),
    basis: list.present === null ? 'unknown' : 'read',
    explanation: [list.verdict],
    warnings: [],
    attention: false,
  };
}

function lastCollectedAnswer(stats: OptOutState['usageStats']): string {
  if (stats.tablePresent !== true) {
    return stats.tablePresent === false ? 'No usage_stats table' : 'Unknown';
  }

  return stats.lastCollectedInstant === null ? 'Never' : formatInstant(stats.lastCollectedInstant);
}

function lastCollectedFact(state: OptOutState): StateFact {
  const stats = state.usageStats;
  const counts =
    stats.rows === null
      ? undefined
      : `${stats.rows} stored · ${stats.sentRows ?? 0} sent · ${stats.pendingRows ?? 0} queued`;

  return {
    id: 'last-collected',
    label: 'Last collected',
    answer: lastCollectedAnswer(stats),
    ...(counts === undefined ? {} : { detail: counts }),
    basis: stats.tablePresent === null ? 'unknown' : 'read',
    explanation: [stats.explanation],
    warnings: [],
    attention: false,
  };
}

const NO_SEND_TIME =
  'FusionAuth records when a payload was collected and whether it was sent, not when it was ' +
  'sent. The payload went out at that time or later, on a run of the usage agent (about ' +
  'every 8 hours).';

function lastSentFact(state: OptOutState): StateFact {
  const stats = state.usageStats;
  const fact = { id: 'last-sent', label: 'Last sent', warnings: [], attention: false };

  if (stats.tablePresent !== true) {
    return {
      ...fact,
      answer: stats.tablePresent === false ? 'Never' : 'Unknown',
      basis: stats.tablePresent === false ? 'read' : 'unknown',
      explanation: [stats.explanation],
    };
  }

  if (stats.lastSentInstant === null) {
    return {
      ...fact,
      answer: 'Never',
      basis: 'read',
      explanation: ['No payload in usage_stats is marked sent.'],
    };
  }

  return {
    ...fact,
    answer: formatInstant(stats.lastSentInstant),
    detail: 'collection time of the newest row marked sent',
    // FusionAuth stores no send time: the collection time of a sent row is the closest fact.
    basis: 'inferred',
    explanation: [NO_SEND_TIME],
  };
}

function changedFact(state: OptOutState): StateFact {
  const updated = state.changeHistory.updatedSinceCreation;
  let answer = 'Unknown';
  if (updated !== null) {
    answer = updated ? 'Possibly' : 'No';
  }

  return {
    id: 'changed',
    label: 'Flag changed by an administrator?',
    answer,
    ...(updated === true
      ? { detail: `settings saved ${formatInstant(state.changeHistory.lastUpdateInstant)}` }
      : {}),
    basis: updated === null ? 'unknown' : 'inferred',
    explanation: [state.changeHistory.inference],
    warnings: [],
    attention: false,
  };
}

function configurationLines(configuration: OptOutState['configuration']): string[] {
  const mode = configuration.runtimeMode;
  const lines = [
    `Runtime mode ${mode.value} (${mode.origin}): FusionAuth collects and sends usage data ` +
      'only in the development and production modes.',
  ];

  if (configuration.fusionAuthUrl !== null) {
    lines.push(
      `fusionauth-app.url is ${configuration.fusionAuthUrl.value} ` +
        `(${configuration.fusionAuthUrl.origin}); the commands use it unless you type another.`,
    );
  }

  const proxy = configuration.proxy;
  if (proxy !== null) {
    lines.push(
      `FusionAuth goes out through the proxy ${proxy.host}:${proxy.port ?? '(no proxy.port)'} ` +
        `(${proxy.origin})${proxy.authenticated ? ', with a user name' : ''}.`,
    );
  }

  return lines;
}

function configurationFact(state: OptOutState): StateFact {
  const configuration = state.configuration;
  const files = configuration.files;
  const overrides = configuration.urlOverrides.map(
    (override) =>
      `${override.property} is ${override.value} (${override.origin}): an undocumented ` +
      'override; traffic goes there instead of fusionauth.io, so block that address too.',
  );

  return {
    id: 'configuration',
    label: 'FusionAuth configuration',
    answer:
      files.length === 0 ? 'None given' : `${files.length} file${files.length === 1 ? '' : 's'}`,
    detail:
      files.length === 0 ? 'serve --config FILE reads fusionauth.properties' : files.join(', '),
    basis: files.length === 0 ? 'assumed' : 'read',
    explanation:
      files.length === 0
        ? [
            ...configurationLines(configuration),
            'Without the files FusionAuth runs with, its defaults are assumed. Start the ' +
              'inspector with serve --config FILE (or usage-inspector optout --config FILE) to ' +
              'read them.',
          ]
        : configurationLines(configuration),
    warnings: [...overrides, ...configuration.warnings],
    attention: overrides.length > 0,
  };
}

export function stateFacts(state: OptOutState): StateFact[] {
  return [
    usageDataFact(state),
    managedFact(state),
    licenceFact(state),
    versionFact(state),
    wouldCollectFact(state),
    metricsFact(state),
    lastCollectedFact(state),
    lastSentFact(state),
    statListFact(state),
    changedFact(state),
    configurationFact(state),
  ];
}
