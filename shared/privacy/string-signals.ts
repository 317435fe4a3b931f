/**
 * Looks at one string the way a reviewer would: does it hold an email address, a URL, an IP
 * address, a host name, a UUID or free text? Nothing in a genuine FusionAuth payload does;
 * its strings are versions (`17.0.8.1+1`, `8.3.0`), configuration words (`database`, `1s`)
 * and provider type names (`SAMLv2IdPInitiated`). The patterns are tuned so those stay quiet.
 */
import { hasControlCharacter } from '../text/control-characters.ts';
import { isIpv4Token, isIpv6Token } from './ip-address.ts';

export type StringSignal = 'email' | 'url' | 'ip-address' | 'host-name' | 'uuid' | 'free-text';

export interface SignalHit {
  signal: StringSignal;
  /** The part of the string that matched (the whole string for free text). */
  match: string;
  /** For free text: what makes it free text ("contains spaces", "is 90 characters long"). */
  detail?: string;
}

/**
 * What the string is expected to be, from the stat's declared kind:
 * - version: version-shaped strings are accepted as they are (only a trailing note in
 *   parentheses, as in `15.20 (Debian 15.20-0+deb12u1)`, is scanned)
 * - word: a configuration word or a provider type name
 * - any: nothing is known about it (an unknown key, an extra envelope field)
 */
export type StringExpectation = 'version' | 'word' | 'any';

export interface SignalOptions {
  expect: StringExpectation;
  /** The payload's own instance id: not reported as "another" UUID. */
  instanceId: string | null;
}

/**
 * Characters no version, configuration word or provider name holds. `?`, `&`, `=`, `#` and
 * brackets are left out: they appear in URLs and IPv6 addresses, which have their own findings.
 */
const MARKUP_CHARACTERS = /[<>"'`{}|\\^;$*]/;

/** Strings longer than this are not a configuration word or a name: free text. */
export const MAX_WORD_LENGTH = 64;

const VERSION_HEAD = /^v?[0-9]+(?:\.[0-9]+)*(?:[-+._~][0-9A-Za-z]+)*$/;

const URL_PATTERN = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+|\bwww\.[^\s"'<>]+|\bmailto:[^\s"'<>]+/gi;

/** A local part (RFC 5322 atom characters and dots), then a domain of two labels or more. */
const EMAIL_PATTERN = new RegExp(
  "[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@" +
    '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+',
  'gi',
);

const UUID_PATTERN = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

const TOKEN_SEPARATORS = /[\s,;()<>"'`=[\]{}|\\]+/;

const HOST_NAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

const WHOLE_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An instance or license id: a UUID and nothing else. */
export function isUuid(value: unknown): boolean {
  return typeof value === 'string' && WHOLE_UUID.test(value);
}

/** `8.3.0`, `17.0.8.1+1`, `21.0.5+11`, `10.11.6-MariaDB-0+deb12u1`, `15.20 (Debian ...)`. */
export function isVersionShaped(text: string): boolean {
  return splitVersion(text) !== null;
}

export function findStringSignals(text: string, options: SignalOptions): SignalHit[] {
  if (options.expect === 'version') {
    const version = splitVersion(text);
    if (version !== null) {
      // The version number itself may look like an IPv4 address (`10.0.0.1`); only the
      // note after it can carry anything else.
      return scanPatterns(version.note, options);
    }
  }

  const hits = scanPatterns(text, options);
  const freeText = describeFreeText(text);
  if (freeText !== null) {
    hits.push({ signal: 'free-text', match: text, detail: freeText });
  }

  return hits;
}

/** Why a string reads as free text rather than a word or a name, or null when it does not. */
export function describeFreeText(text: string): string | null {
  if (hasControlCharacter(text)) {
    return 'contains line breaks or control characters';
  }
  if (/\s/.test(text)) {
    return 'contains spaces';
  }
  if (MARKUP_CHARACTERS.test(text)) {
    return 'contains markup or punctuation no configuration word has';
  }

  return text.length > MAX_WORD_LENGTH ? `is ${text.length} characters long` : null;
}

function splitVersion(text: string): { note: string } | null {
  if (text.length > 100) {
    return null;
  }

  const space = text.indexOf(' ');
  const head = space === -1 ? text : text.slice(0, space);
  const note = space === -1 ? '' : text.slice(space + 1);
  const noteShaped = note === '' || /^\([^()]*\)$/.test(note);

  return VERSION_HEAD.test(head) && noteShaped ? { note } : null;
}

/** URLs, then emails, then UUIDs are cut out, so that what is left splits into tokens. */
function scanPatterns(text: string, options: SignalOptions): SignalHit[] {
  const hits: SignalHit[] = [];
  let rest = text;
  rest = cutOut(rest, URL_PATTERN, (match) => hits.push({ signal: 'url', match }));
  rest = cutOut(rest, EMAIL_PATTERN, (match) => hits.push({ signal: 'email', match }));
  rest = cutOut(rest, UUID_PATTERN, (match) => {
    if (match.toLowerCase() !== options.instanceId?.toLowerCase()) {
      hits.push({ signal: 'uuid', match });
    }
  });

  for (const raw of rest.split(TOKEN_SEPARATORS)) {
    // IPv6 first: trimming sentence punctuation would eat the colons of `::1`.
    if (isIpv6Token(raw)) {
      hits.push({ signal: 'ip-address', match: raw });
      continue;
    }

    const token = raw.replace(/^[.:!?]+|[.:!?]+$/g, '');
    if (token === '') {
      continue;
    }
    if (isIpv4Token(token) || isIpv6Token(token)) {
      hits.push({ signal: 'ip-address', match: token });
    } else if (isHostName(token)) {
      hits.push({ signal: 'host-name', match: token });
    }
  }

  return hits;
}

function cutOut(text: string, pattern: RegExp, found: (match: string) => void): string {
  return text.replace(pattern, (match) => {
    found(match);

    return ' ';
  });
}

/**
 * `db.example.com`, `fusionauth.internal:9011`, `localhost`. A name whose labels before the
 * last are all digits (`1.2.rc`) is a version, not a host.
 */
function isHostName(token: string): boolean {
  const host = token.replace(/\/.*$/, '').replace(/:[0-9]{1,5}$/, '');
  if (host.toLowerCase() === 'localhost') {
    return true;
  }
  if (!HOST_NAME.test(host)) {
    return false;
  }

  const labels = host.split('.').slice(0, -1);

  return labels.some((label) => /[a-z]/i.test(label));
}
