/**
 * One database connection, whatever the engine behind it: a `pg` client to a real server or
 * the embedded PGlite of the demo. The collector only ever sees this interface.
 */

export interface QueryResult<Row> {
  rows: Row[];
}

export interface SqlSession {
  /** Runs one statement with positional parameters ($1, $2, ...). */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<Row>>;
  /** Ends the connection; safe to call twice. */
  close(): Promise<void>;
  /** host:port/database, or "embedded demo database"; never includes credentials. */
  readonly location: string;
}
