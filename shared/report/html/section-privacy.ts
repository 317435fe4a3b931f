/**
 * Section 2: the privacy check. Its verdict and reasons, every finding linked to its metric,
 * the identifiers that link sends with what FusionAuth says per plan, the rules applied, and
 * how many keys fall in each class of value.
 */
import { RULE_TITLES } from '../../privacy/check-reasons.ts';
import { VALUE_CLASS_LABELS } from '../../privacy/kind-fit.ts';
import type {
  LinkingIdentifier,
  PrivacyCheck,
  PrivacyFinding,
  ValueClass,
} from '../../privacy/types.ts';
import { metricAnchor } from '../metric-rows.ts';
import type { ReportModel } from '../types.ts';
import { html, type Markup } from './markup.ts';

export function privacySection(model: ReportModel): Markup {
  const check = model.privacy;
  const passed = check.status === 'pass';

  return html`
    <h2 id="privacy" class="page">2. Privacy check</h2>
    <div class="banner ${passed ? 'pass' : 'attention'}">
      <strong>${passed ? 'Pass' : 'Needs attention'}</strong>
      — ${check.counts.attention} finding(s) needing attention, ${check.counts.info} informational,
      ${check.counts.keys} keys classified.
      <ul>
        ${check.reasons.map((reason) => html`<li>${reason}</li>`)}
      </ul>
    </div>
    <h3>Findings</h3>
    ${findingsTable(check.findings, model)}
    <h3>Identifiers that link sends over time</h3>
    ${check.identifiers.map(
      (identifier) =>
        html` <h4>${identifier.name} <code>${identifier.path}</code></h4>
          <p><strong>Sent:</strong> ${sendingMarkup(identifier)} — to ${identifier.sentTo}</p>
          <p>${identifier.explanation}</p>`,
    )}
    <h3>What FusionAuth says about tying usage data to an identity</h3>
    <table>
      <thead>
        <tr>
          <th>Plan</th>
          <th>FusionAuth's documentation says</th>
          <th>This instance</th>
        </tr>
      </thead>
      <tbody>
        ${check.planStatements.map(
          (plan) =>
            html`<tr>
              <td>${plan.plan}</td>
              <td>${plan.statement}</td>
              <td class="nowrap">${appliesText(plan.appliesHere)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <p class="muted">
      Licensed: ${check.licensed === null ? 'unknown' : check.licensed ? 'yes' : 'no'}. Which
      licensed plan an instance has is in its license, which cannot be decoded offline.
    </p>
    <h3>How the check decides</h3>
    <ul>
      ${check.rules.map((rule) => html`<li>${rule}</li>`)}
    </ul>
    <h3>What the values can be</h3>
    ${classTable(check)}
  `;
}

function findingsTable(findings: PrivacyFinding[], model: ReportModel): Markup {
  if (findings.length === 0) {
    return html`<p>None.</p>`;
  }

  const anchors = new Set(model.metrics.map((row) => row.key));
  const rows = findings.map(
    (finding) =>
      html` <tr>
        <td class="nowrap"><span class="tag ${finding.severity}">${finding.severity}</span></td>
        <td>${RULE_TITLES[finding.rule]}</td>
        <td>${where(finding, anchors)}</td>
        <td><code>${finding.excerpt}</code></td>
        <td>${finding.message}</td>
      </tr>`,
  );

  return html` <table class="findings">
    <thead>
      <tr>
        <th>Severity</th>
        <th>Rule</th>
        <th>Where</th>
        <th>Found</th>
        <th>Why</th>
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

function where(finding: PrivacyFinding, anchors: Set<string>): Markup {
  const label = html`<code>${finding.path}</code>${finding.subject === 'key' ? ' (key name)' : ''}`;
  if (finding.statKey === null || !anchors.has(finding.statKey)) {
    return label;
  }

  return html`<a href="#${metricAnchor(finding.statKey)}">${label}</a>`;
}

function sendingMarkup(identifier: LinkingIdentifier): Markup | string {
  switch (identifier.sending) {
    case 'sent':
      return html`<span class="mono">${identifier.value}</span>`;
    case 'not-sent':
      return 'no';
    case 'sent-value-unknown':
      return 'yes, with a value that was not among what was read';
    case 'unknown':
      return 'cannot be told';
  }
}

function appliesText(applies: 'yes' | 'no' | 'unknown'): string {
  return applies === 'yes' ? 'applies' : applies === 'no' ? 'does not apply' : 'cannot be told';
}

function classTable(check: PrivacyCheck): Markup {
  const counts = new Map<ValueClass, { known: number; unknown: number; misfit: number }>();
  for (const entry of check.classifications) {
    const count = counts.get(entry.valueClass) ?? { known: 0, unknown: 0, misfit: 0 };
    count[entry.known ? 'known' : 'unknown'] += 1;
    count.misfit += entry.fits ? 0 : 1;
    counts.set(entry.valueClass, count);
  }

  const rows = [...counts.entries()].map(
    ([valueClass, count]) =>
      html`<tr>
        <td>${VALUE_CLASS_LABELS[valueClass]}</td>
        <td class="num">${count.known}</td>
        <td class="num">${count.unknown}</td>
        <td class="num">${count.misfit}</td>
      </tr>`,
  );

  return html` <table>
      <thead>
        <tr>
          <th>Class of value</th>
          <th class="num">Known keys</th>
          <th class="num">Unknown keys</th>
          <th class="num">Not fitting</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
    <p class="muted">
      Each metric below shows its own class. Counts, numbers and flags say how a feature is used,
      not who uses it; versions and configuration words describe software.
    </p>`;
}
