/**
 * The sentences that say why a check passed or needs attention, and the rules it applies,
 * written once so the Review view, the HTML report and the evidence file say the same thing.
 */
import type { FindingRule, PrivacyFinding } from './types.ts';

/** How many paths a reason names before it says "and N more". */
const NAMED_PATHS = 5;

/** Short names of the rules, for reasons, tables and filters. */
export const RULE_TITLES: Record<FindingRule, string> = {
  'kind-mismatch': 'Value does not fit its declared kind',
  email: 'Email address',
  url: 'URL',
  'ip-address': 'IP address',
  'host-name': 'Host name',
  uuid: 'UUID other than the instance id',
  'free-text': 'Free text',
  'unknown-key': 'Key unknown to the catalog',
  'linking-identifier': 'Identifier that links sends',
};

export const CHECK_RULES: readonly string[] = [
  'A value that is not the kind its stat declares in the catalog (a string where a count ' +
    'belongs, a negative or fractional count, an extra field in a list entry) needs attention.',
  'Every string in the payload is scanned, key names, list entries and the envelope ' +
    'included. One that looks like an email address, a URL, an IP address (v4 or v6), a host ' +
    'name, a UUID other than the instance id, or free text (spaces, line breaks, more than 64 ' +
    'characters, markup or quotes) needs attention.',
  'In a version stat a version string is accepted as it is: 17.0.8.1 is a Java version ' +
    'there, not an IPv4 address. Only a note after it in parentheses is scanned.',
  'A key the FusionAuth 1.69.2 catalog does not know is always listed. It needs attention ' +
    'only when its value is something other than a plain count or true/false. FusionAuth ' +
    'versions before and after 1.69.2 send stats this catalog lacks (the 1.59.1 ' +
    'documentation sample has tenantMultiFactorLambdasConfigured), and a number or a flag ' +
    'with no definition still carries nothing about a person; a string, a list or an object ' +
    'might.',
  'The instance id, and the license id the basic metrics carry on licensed instances, are ' +
    'expected: they are explained with what FusionAuth says about each plan, not failed.',
];

export function statusReasons(findings: PrivacyFinding[]): string[] {
  const attention = findings.filter((finding) => finding.severity === 'attention');
  const reasons = attention.length === 0 ? passReasons() : attentionReasons(attention);

  const unknown = findings.filter(
    (finding) => finding.rule === 'unknown-key' && finding.severity === 'info',
  );
  if (unknown.length > 0) {
    reasons.push(
      `${unknown.length} key(s) unknown to the 1.69.2 catalog hold only a count or ` +
        `true/false and are noted, not failed: ${namePaths(unknown)}.`,
    );
  }
  reasons.push(
    'The instance id is the same in every send, so FusionAuth can link this ' +
      "instance's sends over time; see the identifiers and what FusionAuth says per plan.",
  );

  return reasons;
}

function passReasons(): string[] {
  return [
    'No string in the payload looks like an email address, URL, IP address, host name, ' +
      'UUID other than the instance id, or free text.',
    'Every stat the catalog knows holds the kind of value its definition declares.',
  ];
}

/** One reason per rule that fired, naming where. */
function attentionReasons(attention: PrivacyFinding[]): string[] {
  const byRule = new Map<FindingRule, PrivacyFinding[]>();
  for (const finding of attention) {
    byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding]);
  }

  return [...byRule.entries()].map(
    ([rule, group]) => `${RULE_TITLES[rule]}: ${group.length} at ${namePaths(group)}.`,
  );
}

function namePaths(findings: PrivacyFinding[]): string {
  const paths = [...new Set(findings.map((finding) => finding.path))];
  const named = paths.slice(0, NAMED_PATHS).join(', ');
  const more = paths.length - NAMED_PATHS;

  return more > 0 ? `${named} and ${more} more` : named;
}
