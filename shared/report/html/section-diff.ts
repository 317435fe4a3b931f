/**
 * Section 3: what changed since the newest payload FusionAuth marked sent, so a reviewer who
 * approved that one can concentrate on the differences.
 */
import type { PayloadDiff, StatDifference } from '../../diff/types.ts';
import { metricAnchor } from '../metric-rows.ts';
import type { ReportModel } from '../types.ts';
import { instantText, jsonText } from './format.ts';
import { html, type Markup } from './markup.ts';

export function diffSection(model: ReportModel): Markup {
  const heading = html`<h2 id="diff" class="page">3. Changes since the last sent payload</h2>`;
  const lastSent = model.lastSent;
  if (!lastSent.available) {
    return html`${heading}
      <p>Not available: ${lastSent.reason}</p>`;
  }

  const { diff } = lastSent;
  const changed = diff.stats.filter((stat) => stat.change !== 'unchanged');

  return html`
    ${heading}
    <dl class="facts">
      <dt>Compared with</dt>
      <dd>${lastSent.label}</dd>
      <dt>Collected at</dt>
      <dd>${instantText(lastSent.collectionInstant)}</dd>
      <dt>Its SHA-256</dt>
      <dd class="mono hash">${lastSent.sha256}</dd>
      <dt>Stats</dt>
      <dd>
        ${diff.counts.added} added, ${diff.counts.removed} removed, ${diff.counts.changed} changed,
        ${diff.counts.unchanged} unchanged
      </dd>
      <dt>Failed stats</dt>
      <dd>${failedText(diff)}</dd>
      <dt>Timings</dt>
      <dd>
        ${diff.timings.summary.oldTotalMs} ms then, ${diff.timings.summary.newTotalMs} ms now
        (${diff.timings.summary.oldCount} and ${diff.timings.summary.newCount} entries)
      </dd>
    </dl>
    ${lastSent.identical ? html`<p><strong>The payloads are identical.</strong></p>` : ''}
    ${envelopeTable(diff)}
    ${
      changed.length === 0
        ? html`<p>No stat was added, removed or changed.</p>`
        : statTable(changed, new Set(model.metrics.map((row) => row.key)))
    }
  `;
}

function failedText(diff: PayloadDiff): string {
  const { added, removed } = diff.failedStats;
  if (added.length === 0 && removed.length === 0) {
    return 'no change';
  }

  const names = (list: string[]) => (list.length === 0 ? 'none' : list.join(', '));

  return `newly failing: ${names(added)}; no longer failing: ${names(removed)}`;
}

function envelopeTable(diff: PayloadDiff): Markup | string {
  const changed = diff.envelope.filter((field) => field.changed);
  if (changed.length === 0) {
    return '';
  }

  return html` <h3>Envelope</h3>
    <table>
      <thead>
        <tr>
          <th>Field</th>
          <th>Last sent</th>
          <th>Now</th>
        </tr>
      </thead>
      <tbody>
        ${changed.map(
          (field) =>
            html`<tr>
              <td><code>${field.field}</code>${field.standard ? '' : ' (not standard)'}</td>
              <td class="json"><code>${jsonText(field.oldValue)}</code></td>
              <td class="json"><code>${jsonText(field.newValue)}</code></td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

function statTable(changed: StatDifference[], listed: Set<string>): Markup {
  return html` <h3>Stats added, removed or changed</h3>
    <table>
      <thead>
        <tr>
          <th>Stat</th>
          <th>Change</th>
          <th>Last sent</th>
          <th>Now</th>
          <th class="num">Difference</th>
        </tr>
      </thead>
      <tbody>
        ${changed.map(
          (stat) =>
            html`<tr>
              <td>
                ${statLink(stat.key, listed)}
                ${stat.known ? '' : html`<span class="tag attention">unknown</span>`}
              </td>
              <td class="nowrap">
                ${stat.change}${stat.typeChanged === true ? ' (type changed)' : ''}
              </td>
              <td class="json">
                <code>${stat.change === 'added' ? '–' : jsonText(stat.oldValue)}</code>
              </td>
              <td class="json">
                <code>${stat.change === 'removed' ? '–' : jsonText(stat.newValue)}</code>
              </td>
              <td class="num">${numericText(stat)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

/** A link to the metric's block, when the report lists it (a removed unknown key is not). */
function statLink(key: string, listed: Set<string>): Markup {
  const name = html`<code>${key}</code>`;

  return listed.has(key) ? html`<a href="#${metricAnchor(key)}">${name}</a>` : name;
}

function numericText(stat: StatDifference): string {
  if (stat.numeric === undefined) {
    return '';
  }

  const sign = stat.numeric.absolute > 0 ? '+' : '';
  const relative =
    stat.numeric.relative === null ? '' : ` (${sign}${(stat.numeric.relative * 100).toFixed(1)}%)`;

  return `${sign}${stat.numeric.absolute}${relative}`;
}
