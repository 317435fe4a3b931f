/**
 * The report as one self-contained HTML document: inline CSS, no scripts, no images, no
 * links outside the page. A Content-Security-Policy that allows nothing but the inline style
 * makes that a property of the file, not only of this code: even a browser that opens a
 * tampered copy fetches nothing.
 */
import type { ReportModel } from '../types.ts';
import { utcText } from './format.ts';
import { html, trusted } from './markup.ts';
import { diffSection } from './section-diff.ts';
import { metricsSection } from './section-metrics.ts';
import { optOutSection } from './section-optout.ts';
import { payloadSection } from './section-payload.ts';
import { privacySection } from './section-privacy.ts';
import { reviewSection } from './section-review.ts';
import { summarySection } from './section-summary.ts';
import { REPORT_CSS } from './styles.ts';

const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'";

export function renderReportHtml(model: ReportModel): string {
  const title = `Privacy review: FusionAuth usage payload of ${model.summary.instanceId}`;
  const readDatabase = model.source.database !== null;

  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />
        <meta name="referrer" content="no-referrer" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <style>
          ${trusted(REPORT_CSS)}
        </style>
      </head>
      <body>
        <header>
          <h1>Privacy review of a FusionAuth usage payload</h1>
          <p class="subtitle">
            Instance <span class="mono">${model.summary.instanceId}</span> · generated
            ${utcText(model.generatedAt)} by Usage Inspector ${model.inspectorVersion},
            ${readDatabase ? 'offline, read-only' : 'offline, from a payload file'}
          </p>
        </header>
        ${reviewSection(model)}
        <nav class="toc">
          <strong>Contents</strong>
          <ol>
            <li><a href="#summary">Summary</a></li>
            <li><a href="#privacy">Privacy check</a></li>
            <li><a href="#diff">Changes since the last sent payload</a></li>
            <li><a href="#optout">Opt-out state</a></li>
            <li><a href="#metrics">Every metric</a></li>
            <li><a href="#payload">The payload as reviewed</a></li>
          </ol>
        </nav>
        ${summarySection(model)} ${privacySection(model)} ${diffSection(model)}
        ${optOutSection(model)} ${metricsSection(model)} ${payloadSection(model)}
        <footer>
          <p>
            Payload SHA-256 <span class="mono hash">${model.payloadSha256}</span>. Usage Inspector
            ${model.inspectorVersion} reproduces the FusionAuth 1.69.2 usage collector offline and
            sent nothing anywhere.
            ${
              readDatabase
                ? 'It read the database only in read-only transactions, all rolled back.'
                : 'No database was read; the payload came from a file.'
            }
          </p>
        </footer>
      </body>
    </html> `;

  return page.text;
}
