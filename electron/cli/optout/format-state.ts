/**
 * The opt-out state as the top of `usage-inspector optout` prints it: one labelled line per
 * fact, each with its explanation.
 */
import type { OptOutState, TriState } from '../../../shared/optout/types.ts';
import { wrap } from './wrap.ts';

const LABEL_WIDTH = 22;

function entry(label: string, text: string): string {
  return wrap(text, ' '.repeat(LABEL_WIDTH + 2), `  ${label.padEnd(LABEL_WIDTH)}`);
}

function flagWord(state: OptOutState): string {
  if (state.managed.forced) {
    return 'FORCED ON (managed)';
  }

  const enabled = state.usageData.storedEnabled;
  if (enabled === true) {
    return 'ON';
  }

  return enabled === false || state.usageData.keyPresent === false ? 'OFF' : 'unknown';
}

/** "no: reason; reason." from reasons that may or may not end in a full stop. */
function answerWithReasons(answer: TriState, reasons: readonly string[]): string {
  return `${answer}: ${reasons.map((reason) => reason.replace(/\.$/, '')).join('; ')}.`;
}

function configurationLines(state: OptOutState): string[] {
  const configuration = state.configuration;
  const lines = [
    entry(
      'Config files',
      configuration.files.length === 0
        ? 'none given (--config FILE)'
        : configuration.files.join(', '),
    ),
    entry(
      'Runtime mode',
      `${configuration.runtimeMode.value} (${configuration.runtimeMode.origin})`,
    ),
  ];

  if (configuration.fusionAuthUrl !== null) {
    lines.push(
      entry(
        'fusionauth-app.url',
        `${configuration.fusionAuthUrl.value} (${configuration.fusionAuthUrl.origin})`,
      ),
    );
  }

  if (configuration.proxy !== null) {
    const proxy = configuration.proxy;
    lines.push(
      entry(
        'Egress proxy',
        `${proxy.host}:${proxy.port ?? '(no proxy.port)'} (${proxy.origin})` +
          `${proxy.authenticated ? ', with a user name' : ''}`,
      ),
    );
  }

  for (const override of configuration.urlOverrides) {
    lines.push(
      entry(
        override.property,
        `${override.value} (${override.origin}): undocumented override; traffic goes there ` +
          'instead of fusionauth.io, so block that address too',
      ),
    );
  }

  for (const warning of configuration.warnings) {
    lines.push(entry('Config warning', warning));
  }

  return lines;
}

export function formatState(state: OptOutState): string {
  const database = state.databaseRead
    ? `${state.location ?? '?'} (FusionAuth ${state.fusionAuthVersion ?? '?'})`
    : 'none given (--db URL): the commands below are generic';

  const lines = [
    'Opt-out state',
    entry('Database', database),
    entry('Usage data flag', `${flagWord(state)}. ${state.usageData.explanation}`),
    entry('Managed mode', state.managed.explanation),
    entry('Licence', state.license.explanation),
    entry('Would collect now', answerWithReasons(state.wouldCollectNow, state.wouldCollectReasons)),
    entry('Basic metrics', answerWithReasons(state.metricsSent, [state.metricsExplanation])),
    entry('Stat list', state.statList.verdict),
    entry('usage_stats', state.usageStats.explanation),
    entry('Changed by an admin?', state.changeHistory.inference),
    ...configurationLines(state),
  ];

  if (state.versionCaveats.length > 0) {
    lines.push('', 'Version notes');
    for (const caveat of state.versionCaveats) {
      lines.push(wrap(caveat.text, '    ', caveat.severity === 'warning' ? '  ! ' : '  - '));
    }
  }

  return lines.join('\n');
}
