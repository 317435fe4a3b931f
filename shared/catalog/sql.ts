/**
 * Building blocks for the catalog's PostgreSQL text. Every stat's SQL is written out in full
 * in the catalog (the reviewer reads it), but the repeated pieces come from here so that a
 * filter is spelled the same way in all 64 places that use it.
 */

/** The FusionAuth administration application, present in every instance. */
export const ADMIN_APPLICATION_ID = '3c219e58-ed0e-4b18-ad48-f4f92793ae32';

/** The stock FusionAuth theme; a tenant or application using it has no custom theme. */
export const DEFAULT_THEME_ID = '75a068fd-e94b-451a-9aeb-3ddb9a3b5987';

/** The built-in FusionAuth connector; any other connector policy is a custom one. */
export const DEFAULT_CONNECTOR_ID = 'e3306678-a53a-4964-9040-1c96f36dda72';

/**
 * The "active and logged into recently" predicate on the applications alias given:
 * the application is active and has a daily-active row on a day after the cutoff ($1).
 */
export function activeAndLoggedIn(alias = 'a'): string {
  return `${alias}.active = TRUE AND ${loggedInRecently(alias)}`;
}

/** Only the logged-in half of the filter (used by one stat that does not check `active`). */
export function loggedInRecently(alias = 'a'): string {
  return (
    `${alias}.id IN (SELECT applications_id FROM application_daily_active_users ` +
    `WHERE day > $1)`
  );
}

/**
 * The text at a JSON path inside a TEXT column, as PostgreSQL's `->` / `->>` chain:
 * jsonText('a.data', ['loginConfiguration', 'requireAuthentication']) gives
 * `a.data::JSON->'loginConfiguration'->>'requireAuthentication'`.
 */
export function jsonText(column: string, path: readonly string[]): string {
  return jsonChain(column, path, '->>');
}

/** The JSON value (not text) at a path; an explicit JSON null stays non-NULL in SQL. */
export function jsonValue(column: string, path: readonly string[]): string {
  return jsonChain(column, path, '->');
}

function jsonChain(column: string, path: readonly string[], lastOperator: string): string {
  if (path.length === 0) {
    throw new Error('a JSON path needs at least one step');
  }

  const steps = path.map((step, index) => {
    const operator = index === path.length - 1 ? lastOperator : '->';

    return `${operator}${quoteLiteral(step)}`;
  });

  return `${column}::JSON${steps.join('')}`;
}

/** A PostgreSQL string literal. Catalog constants only; never user input. */
export function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
