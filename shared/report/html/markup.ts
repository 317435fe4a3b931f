/**
 * A tagged template for HTML in which every interpolated value is escaped unless it is
 * markup this module made: `html\`<td>${value}</td>\`` cannot inject a tag whatever `value`
 * holds. Lists are joined; null, undefined and false render as nothing.
 */

export class Markup {
  constructor(readonly text: string) {}

  toString(): string {
    return this.text;
  }
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Markup {
  let text = strings[0] ?? '';
  values.forEach((value, index) => {
    text += render(value) + (strings[index + 1] ?? '');
  });

  return new Markup(text);
}

/**
 * Markup written in this code base, never data: the stylesheet, which sits in a raw-text
 * <style> element where entities are not decoded, so escaping it would break it.
 */
export function trusted(constant: string): Markup {
  return new Markup(constant);
}

/** Joins pieces of markup (or text, escaped) without a separator. */
export function join(parts: readonly unknown[]): Markup {
  return new Markup(parts.map(render).join(''));
}

function render(value: unknown): string {
  if (value instanceof Markup) {
    return value.text;
  }
  if (Array.isArray(value)) {
    return value.map(render).join('');
  }
  if (value === null || value === undefined || value === false) {
    return '';
  }

  return escapeHtml(String(value));
}
