/**
 * Values a user types end up inside shell commands, PowerShell, JSON, HCL and YAML. Each
 * format gets its own quoting here, and values that no quoting can make safe or meaningful
 * (a URL with a space, an API key with a line break, a namespace with capitals) are refused
 * with a reason, as a 'usage' error naming the field.
 */
import { Document } from 'yaml';

import { InspectorError } from '../errors.ts';

/** The input a refusal is about, so a form can put the message under the right field. */
export type InputField = 'fusionAuthUrl' | 'apiKey' | 'namespace' | 'podLabels' | 'block';

function refuse(field: InputField, message: string): never {
  throw new InspectorError('usage', message, { field });
}

/**
 * One POSIX shell word: single quotes keep every character literal, and a single quote itself
 * is written as '\'' (close, escaped quote, reopen). Works in sh, dash, bash and zsh.
 */
export function posixQuote(value: string): string {
  if (value.includes('\u0000')) {
    throw new InspectorError('usage', 'A shell argument cannot contain a NUL character.');
  }

  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * A PowerShell single-quoted string: nothing inside is expanded, and a quote is doubled.
 * PowerShell also treats the typographic single quotes as quotes, so they are doubled too.
 */
export function powershellQuote(value: string): string {
  if (value.includes('\u0000')) {
    throw new InspectorError('usage', 'A PowerShell string cannot contain a NUL character.');
  }

  return `'${value.replace(/['\u2018\u2019\u201a\u201b]/g, (quote) => quote + quote)}'`;
}

/** A JSON string literal (JSON.stringify escapes quotes, backslashes and control characters). */
export function jsonString(value: string): string {
  return JSON.stringify(value);
}

/**
 * An HCL (Terraform) quoted string. Besides the usual backslash escapes, "${" and "%{" start
 * template interpolation in HCL, so they are written as "$${" and "%%{".
 */
export function hclString(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .split('')
    .map((character) => (isControl(character) ? unicodeEscape(character) : character))
    .join('')
    // A function, not a string: in a replacement string "$$" would collapse to "$".
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, () => '%%{');

  return `"${escaped}"`;
}

/** C0 control characters and DEL: what no URL, HTTP header or label may hold. */
function isControl(character: string): boolean {
  const code = character.charCodeAt(0);

  return code < 0x20 || code === 0x7f;
}

export function hasControlCharacter(text: string): boolean {
  return text.split('').some(isControl);
}

function unicodeEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** YAML text for one or more documents, written by the yaml library (it quotes as needed). */
export function yamlDocuments(documents: readonly Document[]): string {
  return documents.map((document) => document.toString({ lineWidth: 0, indent: 2 })).join('---\n');
}

/** What a pasted URL may not contain, each with the reason the user is shown. */
const URL_REFUSALS: { found: (text: string) => boolean; reason: string }[] = [
  {
    found: (text) => /\s/.test(text),
    reason:
      'contains a space or line break. A URL has none: paste only the address ' +
      '(a space inside a path is written %20).',
  },
  {
    found: (text) => /["'`\u2018\u2019\u201c\u201d]/.test(text),
    reason: 'contains a quote character. Paste the URL without quotes around it.',
  },
  {
    found: (text) => hasControlCharacter(text) || /[\\<>{}|^]/.test(text),
    reason:
      'contains a character that does not belong in a URL (a control character, \\, <, >, ' +
      '{, }, | or ^).',
  },
];

/**
 * The FusionAuth base URL the commands call, e.g. https://auth.example.com or
 * https://example.com/fusionauth. Returned without a trailing slash, host lower-cased.
 */
export function checkFusionAuthUrl(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') {
    refuse(
      'fusionAuthUrl',
      'The FusionAuth URL is empty. Give its address, e.g. https://auth.example.com.',
    );
  }

  for (const { found, reason } of URL_REFUSALS) {
    if (found(trimmed)) {
      refuse('fusionAuthUrl', `The FusionAuth URL ${reason}`);
    }
  }

  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    refuse(
      'fusionAuthUrl',
      `The FusionAuth URL "${trimmed}" is not a URL. Write it with its scheme, ` +
        'e.g. https://auth.example.com.',
    );
  }

  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    refuse(
      'fusionAuthUrl',
      `The FusionAuth URL must start with https:// or http:// (got ${parsed.protocol}).`,
    );
  }

  if (parsed.username !== '' || parsed.password !== '') {
    refuse(
      'fusionAuthUrl',
      'The FusionAuth URL contains a user name or password. Leave credentials out: the ' +
        'commands authenticate with the API key, and a password in a URL lands in shell history.',
    );
  }

  if (parsed.search !== '' || parsed.hash !== '') {
    refuse(
      'fusionAuthUrl',
      'The FusionAuth URL has a ?query or #fragment. Give only the base address FusionAuth ' +
        'answers on.',
    );
  }

  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
}

/** Warnings about a valid URL that the user should still see next to the commands. */
export function fusionAuthUrlWarnings(url: string): string[] {
  const parsed = new URL(url);
  const warnings: string[] = [];
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);

  if (parsed.protocol === 'http:' && !local) {
    warnings.push(
      `${url} uses http://, so the API key travels unencrypted. Use https:// unless this is a ` +
        'trusted private network.',
    );
  }

  if (parsed.hostname === 'fusionauth.io' || parsed.hostname.endsWith('.fusionauth.io')) {
    warnings.push(
      `${parsed.hostname} is under fusionauth.io, where FusionAuth Cloud deployments live ` +
        '(inferred from the name). On FusionAuth Cloud usage data cannot be turned off; use ' +
        '--cloud if that is what this is.',
    );
  }

  return warnings;
}

/**
 * An API key as it goes into the Authorization header. Quotes and other shell characters are
 * fine (they are quoted); what no quoting helps with is refused.
 */
export function checkApiKey(text: string): string {
  if (text === '') {
    refuse('apiKey', 'The API key is empty. Leave it out to have the commands ask for it instead.');
  }

  if (/[\r\n]/.test(text)) {
    refuse(
      'apiKey',
      'The API key contains a line break, which would split the HTTP header it is sent in. ' +
        'Paste the key on one line.',
    );
  }

  if (hasControlCharacter(text)) {
    refuse(
      'apiKey',
      'The API key contains a control character; no FusionAuth key does. Paste it again.',
    );
  }

  if (text !== text.trim()) {
    refuse(
      'apiKey',
      'The API key starts or ends with a space. HTTP drops such spaces, so the key FusionAuth ' +
        'receives would not match; remove them.',
    );
  }

  return text;
}

const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

/** A Kubernetes namespace: a DNS-1123 label (lower case, digits, '-', at most 63). */
export function checkNamespace(text: string): string {
  if (text === '') {
    refuse('namespace', 'The Kubernetes namespace is empty.');
  }

  if (text.length > 63) {
    refuse('namespace', `The Kubernetes namespace "${text}" is longer than 63 characters.`);
  }

  if (/[A-Z]/.test(text) && DNS_1123_LABEL.test(text.toLowerCase())) {
    refuse(
      'namespace',
      `The Kubernetes namespace "${text}" has capital letters; namespace names are lower ` +
        `case (a DNS-1123 label), so it cannot exist. Did you mean "${text.toLowerCase()}"?`,
    );
  }

  if (!DNS_1123_LABEL.test(text)) {
    refuse(
      'namespace',
      `The Kubernetes namespace "${text}" is not a DNS-1123 label: only lower-case letters, ` +
        "digits and '-', starting and ending with a letter or digit.",
    );
  }

  return text;
}

/**
 * Pod labels written "key=value,key=value". Keys and values follow Kubernetes' own rules: a
 * key's optional prefix is a DNS-1123 subdomain (lower case); its name and the value may hold
 * capitals, as Kubernetes allows.
 */
export function parsePodLabels(text: string): Record<string, string> {
  const labels: Record<string, string> = {};
  const pairs = text.split(',').map((pair) => pair.trim());

  if (pairs.every((pair) => pair === '')) {
    refuse(
      'podLabels',
      'No pod labels given. An empty selector would select every pod in the namespace, not ' +
        'just FusionAuth; give the labels of the FusionAuth pods, e.g. ' +
        'app.kubernetes.io/name=fusionauth.',
    );
  }

  for (const pair of pairs) {
    const separator = pair.indexOf('=');
    if (separator < 1) {
      refuse('podLabels', `The pod label "${pair}" is not written key=value.`);
    }

    const key = checkLabelKey(pair.slice(0, separator));
    if (key in labels) {
      refuse('podLabels', `The pod label ${key} is given twice.`);
    }
    labels[key] = checkLabelValue(key, pair.slice(separator + 1));
  }

  return labels;
}

function checkLabelKey(key: string): string {
  const slash = key.indexOf('/');
  const prefix = slash < 0 ? null : key.slice(0, slash);
  const name = slash < 0 ? key : key.slice(slash + 1);

  if (prefix !== null && (prefix.length > 253 || !DNS_1123_SUBDOMAIN.test(prefix))) {
    refuse(
      'podLabels',
      `The prefix "${prefix}" of the pod label ${key} is not a DNS-1123 subdomain: lower-case ` +
        "letters, digits, '-' and '.', like app.kubernetes.io.",
    );
  }

  if (name.length > 63 || !LABEL_NAME.test(name)) {
    refuse(
      'podLabels',
      `The pod label name "${name}" is not valid in Kubernetes: at most 63 letters, digits, ` +
        "'-', '_' or '.', starting and ending with a letter or digit.",
    );
  }

  return key;
}

function checkLabelValue(key: string, value: string): string {
  if (value !== '' && (value.length > 63 || !LABEL_NAME.test(value))) {
    refuse(
      'podLabels',
      `The value "${value}" of the pod label ${key} is not valid in Kubernetes: at most 63 ` +
        "letters, digits, '-', '_' or '.', starting and ending with a letter or digit.",
    );
  }

  return value;
}
