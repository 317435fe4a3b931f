/**
 * Collects the findings of one check: one per place, subject and rule (a string holding two
 * email addresses is one finding), with the message built from what matched.
 */
import { formatPath, type PathPart } from '../payload/json-path.ts';
import { shorten } from './kind-fit.ts';
import type { SignalHit, StringSignal } from './string-signals.ts';
import type { FindingRule, FindingSeverity, PrivacyFinding } from './types.ts';

const EXCERPT_LENGTH = 120;

const SIGNAL_RULES: Record<StringSignal, FindingRule> = {
  email: 'email',
  url: 'url',
  'ip-address': 'ip-address',
  'host-name': 'host-name',
  uuid: 'uuid',
  'free-text': 'free-text',
};

const WHY: Record<StringSignal, string> = {
  email: 'an email address, which identifies a person',
  url: 'a URL, which can name customer systems (a webhook or OIDC address, say)',
  'ip-address': "an IP address, which can identify a server or a person's connection",
  'host-name': 'a host name, which can name the organisation or its systems',
  uuid: 'a UUID other than the instance id, which can point at one user, tenant or application',
  'free-text':
    'free text; a FusionAuth stat is a number, a flag, a version or a single word, so text ' +
    'could carry anything',
};

export class FindingList {
  readonly #findings: PrivacyFinding[] = [];
  readonly #seen = new Set<string>();

  /** Keeps the first finding per place, subject and rule; the excerpt is shortened. */
  add(finding: PrivacyFinding): void {
    const identity = `${finding.path}\u0000${finding.subject}\u0000${finding.rule}`;
    if (this.#seen.has(identity)) {
      return;
    }

    this.#seen.add(identity);
    this.#findings.push({ ...finding, excerpt: shorten(finding.excerpt, EXCERPT_LENGTH) });
  }

  /** A string signal at a place: a value, or the name of a key. */
  addSignal(hit: SignalHit, place: { path: PathPart[]; statKey: string | null }, key: boolean) {
    const path = formatPath(place.path);
    const subject = key ? `The key name at ${path}` : path;
    const found = hit.signal === 'free-text' ? `${hit.detail ?? 'free text'}: ` : '';
    this.add({
      rule: SIGNAL_RULES[hit.signal],
      severity: 'attention',
      path,
      statKey: place.statKey,
      subject: key ? 'key' : 'value',
      excerpt: hit.match,
      message: `${subject} ${found}looks like ${WHY[hit.signal]}.`,
    });
  }

  kindMismatch(path: PathPart[], statKey: string | null, value: unknown, problem: string) {
    const formatted = formatPath(path);
    this.add({
      rule: 'kind-mismatch',
      severity: 'attention',
      path: formatted,
      statKey,
      subject: 'value',
      excerpt: excerptOf(value),
      message: `${formatted} ${problem}.`,
    });
  }

  /** Attention first, then information; document order within each. */
  sorted(): PrivacyFinding[] {
    const rank = (severity: FindingSeverity) => (severity === 'attention' ? 0 : 1);

    return this.#findings
      .map((finding, index) => ({ finding, index }))
      .sort((a, b) => rank(a.finding.severity) - rank(b.finding.severity) || a.index - b.index)
      .map(({ finding }) => finding);
  }
}

/** A short text form of any JSON value, for the excerpt column. */
export function excerptOf(value: unknown): string {
  if (value === undefined) {
    return '(missing)';
  }
  if (typeof value === 'string') {
    return JSON.stringify(value);
  }

  return JSON.stringify(value) ?? String(value);
}
