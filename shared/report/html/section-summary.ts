/**
 * Section 1: which instance and payload this is, how the collection went, and whether
 * FusionAuth would collect usage data right now.
 */
import type { StatStatus } from '../../collection/types.ts';
import type { ReportModel } from '../types.ts';
import { plural, triStateText, utcText } from './format.ts';
import { html, type Markup } from './markup.ts';

const STATUS_LABELS: Record<StatStatus, string> = {
  ok: 'computed',
  failed: 'failed',
  'not-applicable': 'not applicable to this schema',
  'not-requested': "not in FusionAuth's stat list",
  'unknown-offline': 'known only to the running FusionAuth',
};

export function summarySection(model: ReportModel): Markup {
  const { summary, source } = model;
  const window = summary.window;

  return html`
    <h2 id="summary">1. Summary</h2>
    <dl class="facts">
      <dt>Instance id</dt>
      <dd class="mono">${summary.instanceId}</dd>
      <dt>Payload source</dt>
      <dd>${source.label}</dd>
      <dt>Database</dt>
      <dd>${summary.location ?? 'none read'}</dd>
      <dt>FusionAuth version (database)</dt>
      <dd>${summary.fusionAuthVersion ?? 'unknown'}</dd>
      <dt>applicationVersion / statsVersion</dt>
      <dd>${summary.applicationVersion} / ${summary.statsVersion}</dd>
      <dt>Database server</dt>
      <dd>${summary.databaseServerVersion ?? 'unknown'}</dd>
      <dt>Collected at</dt>
      <dd>${utcText(summary.collectedAt)}</dd>
      ${
        window === null
          ? ''
          : html` <dt>Activity window</dt>
              <dd>
                7 days ending ${window.today} (${window.timezone}); daily rows after day
                ${window.cutoff}
              </dd>`
      }
      ${
        summary.collectedAll === null
          ? ''
          : html` <dt>Stats collected</dt>
              <dd>
                ${summary.collectedAll ? 'every known stat (--all)' : "those on FusionAuth's list"}
              </dd>`
      }
      <dt>In the payload</dt>
      <dd>
        ${plural(summary.statCount, 'stat')}, ${plural(summary.timingCount, 'timing')},
        ${summary.payloadBytes} bytes as sent (compact JSON)
      </dd>
      <dt>Failed stats</dt>
      <dd>${summary.failedStats.length === 0 ? 'none' : summary.failedStats.join(', ')}</dd>
      <dt>Payload SHA-256</dt>
      <dd class="mono hash">${model.payloadSha256}</dd>
    </dl>
    ${statusTable(summary.statusCounts)}
    <h3>Would FusionAuth collect usage data now?</h3>
    <p><strong>${triStateText(summary.wouldCollect.answer)}.</strong></p>
    <ul>
      ${summary.wouldCollect.reasons.map((reason) => html`<li>${reason}</li>`)}
    </ul>
    ${
      summary.warnings.length === 0
        ? ''
        : html` <h3>Warnings from the collection</h3>
            <ul>
              ${summary.warnings.map((warning) => html`<li>${warning}</li>`)}
            </ul>`
    }
  `;
}

function statusTable(counts: Record<StatStatus, number> | null): Markup | string {
  if (counts === null) {
    return html`<p class="muted">
      The payload was read from a file, so there are no per-stat statuses; each metric below shows
      its definition and query.
    </p>`;
  }

  const rows = (Object.keys(STATUS_LABELS) as StatStatus[]).map(
    (status) =>
      html`<tr>
        <td>${status}</td>
        <td>${STATUS_LABELS[status]}</td>
        <td class="num">${counts[status]}</td>
      </tr>`,
  );

  return html` <table>
    <thead>
      <tr>
        <th>Status</th>
        <th>Meaning</th>
        <th class="num">Stats</th>
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}
