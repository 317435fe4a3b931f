/**
 * Section 5: every metric, grouped by category: what it is, what it holds, how long it took
 * and the exact query (or the setting, or why only the running FusionAuth knows it).
 */
import { VALUE_CLASS_LABELS } from '../../privacy/kind-fit.ts';
import type { MetricRow, ReportModel } from '../types.ts';
import { jsonBlock, msText, plural } from './format.ts';
import { html, type Markup } from './markup.ts';

export function metricsSection(model: ReportModel): Markup {
  const groups = new Map<string, MetricRow[]>();
  for (const row of model.metrics) {
    const name = row.category ?? 'unknown to the 1.69.2 catalog';
    groups.set(name, [...(groups.get(name) ?? []), row]);
  }

  return html`
    <h2 id="metrics" class="page">5. Every metric (${model.metrics.length})</h2>
    <p class="muted">
      Values as they appear in the payload; a stat that is not in the payload (null, failed, not
      requested) shows what the collector found instead.
    </p>
    ${[...groups.entries()].map(
      ([category, rows]) =>
        html` <section class="category">
          <h3>${category} (${rows.length})</h3>
          ${rows.map(metricBlock)}
        </section>`,
    )}
  `;
}

function metricBlock(row: MetricRow): Markup {
  const flagged = row.attentionFindings > 0;

  return html` <article class="metric${flagged ? ' flagged' : ''}" id="${row.anchor}">
    <header>
      <h4>${row.key}</h4>
      <span class="tag">${VALUE_CLASS_LABELS[row.valueClass]}</span>
      ${row.status === null ? '' : statusMarkup(row.status)}
      ${row.inPayload ? '' : html`<span class="tag">not in the payload</span>`}
      <span class="muted">${msText(row.ms)}</span>
    </header>
    ${
      flagged
        ? html`<p>
            <a href="#privacy"
              ><strong
                >${plural(row.attentionFindings, 'privacy finding')} needing attention</strong
              ></a
            >
          </p>`
        : ''
    }
    <p>Value: ${valueMarkup(row.value)}</p>
    <p class="definition">
      ${row.definition ?? 'Not in the FusionAuth 1.69.2 catalog: no definition is known.'}
    </p>
    ${row.statusReason === null ? '' : html`<p class="muted">${row.statusReason}</p>`}
    ${origin(row)}
  </article>`;
}

function valueMarkup(value: unknown): Markup {
  if (typeof value === 'object' && value !== null) {
    return html`<pre>${jsonBlock(value)}</pre>`;
  }

  return html`<code class="value">${jsonBlock(value)}</code>`;
}

function origin(row: MetricRow): Markup | string {
  if (row.sql !== null) {
    return html` <div class="sql">
      <span class="muted"
        >SQL${row.sources.length === 0 ? '' : ` — reads ${row.sources.join('; ')}`}</span
      >
      ${row.sqlNote === null ? '' : html`<p class="muted">${row.sqlNote}</p>`}
      <pre>${row.sql}</pre>
    </div>`;
  }
  if (row.configProperties.length > 0) {
    return html`<p class="muted">
      Setting:
      <code>${row.configProperties.join(', ')}</code>
      ${row.valueSource === null ? '' : html` — value from ${row.valueSource}`}
    </p>`;
  }
  if (row.offlineReason !== null) {
    return html`<p class="muted">${row.offlineReason}</p>`;
  }

  return '';
}

function statusMarkup(status: string): Markup {
  const tone = status === 'ok' ? 'ok' : status === 'failed' ? 'failed' : '';

  return html`<span class="tag ${tone}">${status}</span>`;
}
