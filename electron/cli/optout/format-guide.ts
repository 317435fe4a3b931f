/**
 * Guides for the terminal: prose wrapped, artifacts printed exactly as generated between
 * marker lines, so what is copied from the terminal is what the view's copy button gives.
 */
import type { HostTable } from '../../../shared/optout/host-table.ts';
import type { Artifact, EgressGuide, Guide } from '../../../shared/optout/types.ts';
import { wrap } from './wrap.ts';

export function formatArtifact(artifact: Artifact): string {
  const placement = artifact.placement === undefined ? '' : ` (${artifact.placement})`;
  const body = artifact.text.endsWith('\n') ? artifact.text : `${artifact.text}\n`;

  return `----- ${artifact.title}${placement} -----\n${body}-----`;
}

function list(title: string, items: readonly string[], bullet: string): string[] {
  if (items.length === 0) {
    return [];
  }

  return [title, ...items.map((item) => wrap(item, '    ', `  ${bullet} `))];
}

function numbered(items: readonly string[]): string[] {
  return items.map((item, index) => wrap(item, '      ', `  ${String(index + 1).padStart(2)}. `));
}

export function formatGuide(guide: Guide): string {
  return [
    `=== ${guide.title} ===`,
    wrap(guide.summary, ''),
    ...list('Warnings:', guide.warnings, '!'),
    ...(guide.steps.length === 0 ? [] : ['Steps:', ...numbered(guide.steps)]),
    ...guide.artifacts.map(formatArtifact),
    ...list('Notes:', guide.notes, '-'),
  ].join('\n');
}

export function formatEgressGuide(guide: EgressGuide): string {
  const check = guide.verification;

  return [
    formatGuide(guide),
    'Verify that it worked:',
    wrap(`1. From FusionAuth's place. ${check.mustFailExpectation}`, '     ', '  '),
    formatArtifact(check.mustFail),
    wrap(`2. FusionAuth's log. ${check.logCheck}`, '     ', '  '),
    formatArtifact(check.logCommand),
    wrap(`3. The inspector, later. ${check.inspectorCheck}`, '     ', '  '),
    formatArtifact(check.inspectorCommand),
  ].join('\n');
}

export function formatHostTable(table: HostTable): string {
  const lines = ['=== The four FusionAuth hosts ==='];

  for (const row of table.rows) {
    lines.push(
      `  ${row.name}  [${row.blocked ? 'blocked by the name-based rules' : 'not blocked'}]`,
    );
    lines.push(wrap(`receives: ${row.receives}`, '      ', '    '));
    lines.push(wrap(`flag: ${row.flagNote}`, '      ', '    '));
    lines.push(wrap(`blocking breaks: ${row.blockingBreaks}`, '      ', '    '));
  }

  lines.push(wrap(table.choice, '  ', '  '));
  lines.push(...list('Warnings:', table.warnings, '!'));

  return lines.join('\n');
}
