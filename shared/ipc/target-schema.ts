/**
 * How the renderer names a database: a postgres:// URL, separate fields, the embedded demo,
 * or a saved profile (whose password, if kept, never leaves the main side).
 */
import { z } from 'zod';

export const SSL_MODES = ['disable', 'require', 'verify-full'] as const;

export const sslModeSchema = z.enum(SSL_MODES);

export type SslMode = z.infer<typeof sslModeSchema>;

export const databaseFieldsSchema = z.strictObject({
  host: z.string().trim().min(1, 'Enter the host name or address.').max(255),
  port: z.number().int().min(1).max(65_535),
  database: z.string().trim().min(1, 'Enter the database name.').max(255),
  user: z.string().trim().min(1, 'Enter the user name.').max(255),
  password: z.string().max(1024).optional(),
  sslMode: sslModeSchema,
  /** A PEM file on the machine running the inspector; used with verify-full. */
  caFile: z.string().trim().min(1).max(4096).optional(),
});

const urlTarget = z.strictObject({
  kind: z.literal('url'),
  url: z.string().trim().min(1, 'Enter a postgres:// URL.').max(4096),
});

const fieldsTarget = z.strictObject({ kind: z.literal('fields'), fields: databaseFieldsSchema });

const demoTarget = z.strictObject({ kind: z.literal('demo') });

const profileTarget = z.strictObject({
  kind: z.literal('profile'),
  profileId: z.string().min(1).max(128),
  /** Typed in for this connection when the profile keeps no password. */
  password: z.string().max(1024).optional(),
});

export const connectionTargetSchema = z.discriminatedUnion('kind', [
  urlTarget,
  fieldsTarget,
  demoTarget,
  profileTarget,
]);

export type ConnectionTarget = z.infer<typeof connectionTargetSchema>;

export type DatabaseFieldsInput = z.infer<typeof databaseFieldsSchema>;

/** A target a profile can hold: a URL or fields (a profile of a profile makes no sense). */
export const profileConnectionSchema = z.discriminatedUnion('kind', [urlTarget, fieldsTarget]);

export type ProfileConnection = z.infer<typeof profileConnectionSchema>;
