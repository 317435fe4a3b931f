/**
 * Section 4: the opt-out state read from the database, so the record says not only what
 * would be sent but whether it is being sent, and what else leaves regardless.
 */
import type { OptOutState } from '../../optout/types.ts';
import type { ReportModel } from '../types.ts';
import { instantText, triStateText, yesNo } from './format.ts';
import { html, type Markup } from './markup.ts';

interface Answer {
  question: string;
  answer: string;
  /** A list renders as bullets: the reasons FusionAuth's gate gives are fragments. */
  explanation: string | string[];
}

export function optOutSection(model: ReportModel): Markup {
  const heading = html`<h2 id="optout" class="page">4. Opt-out state</h2>`;
  if (!model.optOut.available) {
    return html`${heading}
      <p>Not available: ${model.optOut.reason}</p>`;
  }

  const state = model.optOut.state;

  return html`
    ${heading}
    <table>
      <thead>
        <tr>
          <th>Question</th>
          <th>Answer</th>
          <th>Explanation</th>
        </tr>
      </thead>
      <tbody>
        ${answers(state).map(answerRow)}
      </tbody>
    </table>
    ${caveats(state)}
  `;
}

function answers(state: OptOutState): Answer[] {
  const rows = state.usageStats.rows;

  return [
    {
      question: 'Usage-data setting stored on?',
      answer: yesNo(state.usageData.storedEnabled),
      explanation: state.usageData.explanation,
    },
    {
      question: 'Forced on by managed mode?',
      answer: yesNo(state.managed.forced),
      explanation: state.managed.explanation,
    },
    {
      question: 'Would FusionAuth collect usage data now?',
      answer: triStateText(state.wouldCollectNow),
      explanation: state.wouldCollectReasons,
    },
    {
      question: 'Are basic metrics sent?',
      answer: triStateText(state.metricsSent),
      explanation: state.metricsExplanation,
    },
    {
      question: 'Licensed?',
      answer: yesNo(state.license.licensed),
      explanation: state.license.explanation,
    },
    { question: 'Setup complete?', answer: yesNo(state.setupComplete), explanation: '' },
    {
      question: 'Stat list downloaded?',
      answer: yesNo(state.statList.present),
      explanation: statListText(state),
    },
    {
      question: 'Stored payloads',
      answer: rows === null ? 'unknown' : String(rows),
      explanation: state.usageStats.explanation,
    },
    {
      question: 'Settings changed since install?',
      answer: yesNo(state.changeHistory.updatedSinceCreation),
      explanation: state.changeHistory.inference,
    },
  ];
}

function answerRow({ question, answer, explanation }: Answer): Markup {
  const text = Array.isArray(explanation)
    ? html`<ul>
        ${explanation.map((line) => html`<li>${line}</li>`)}
      </ul>`
    : explanation;

  return html`<tr>
    <td>${question}</td>
    <td class="nowrap"><strong>${answer}</strong></td>
    <td>${text}</td>
  </tr>`;
}

function statListText(state: OptOutState): string {
  const list = state.statList;
  const checked =
    list.lastCheckedInstant === null
      ? ''
      : ` Last checked ${instantText(list.lastCheckedInstant)}.`;

  return `${list.verdict}${checked}`;
}

function caveats(state: OptOutState): Markup | string {
  const notes = [
    ...state.versionCaveats.map((caveat) => caveat.text),
    ...state.configuration.warnings,
  ];
  if (notes.length === 0) {
    return '';
  }

  return html`<h3>Caveats</h3>
    <ul>
      ${notes.map((note) => html`<li>${note}</li>`)}
    </ul>`;
}
