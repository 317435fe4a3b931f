/**
 * Section 6: the payload itself in canonical form (sorted keys, two-space indentation), the
 * exact text whose SHA-256 the review is bound to, and the basic metrics when known.
 */
import { canonicalJson } from '../../payload/canonical.ts';
import type { ReportModel } from '../types.ts';
import { html, type Markup } from './markup.ts';

export function payloadSection(model: ReportModel): Markup {
  const basicMetrics = model.collection?.basicMetrics ?? null;

  return html`
    <h2 id="payload" class="page">6. The payload as reviewed</h2>
    <p>
      FusionAuth sends this content as compact JSON. Below is its canonical form: keys sorted at
      every level, two-space indentation, a final newline. The SHA-256 of this text in UTF-8 is
      <span class="mono hash">${model.payloadSha256}</span>.
    </p>
    <pre>${canonicalJson(model.payload)}</pre>
    ${
      basicMetrics === null
        ? ''
        : html` <h3>
              Basic metrics (sent to metrics.fusionauth.io, not gated by the usage-data setting)
            </h3>
            <pre>${JSON.stringify(basicMetrics, null, 2)}</pre>`
    }
  `;
}
