/**
 * Whether a licence is loaded, and whether setup is complete, from the instance row. The
 * licence text itself is never read into the inspector: only whether there is one.
 */
import type { SqlSession } from '../db/session.ts';
import type { SchemaInfo } from '../collector/schema-probe.ts';

export interface InstanceLicence {
  licenseId: string | null;
  licenceTextPresent: boolean | null;
  setupComplete: boolean | null;
}

interface Row {
  license_id?: string | null;
  has_licence_text?: boolean | null;
  setup_complete?: boolean | null;
}

export async function readInstanceLicence(
  session: SqlSession,
  schema: SchemaInfo,
): Promise<InstanceLicence> {
  const columns = [
    schema.hasColumn('instance', 'license_id') ? 'license_id' : null,
    schema.hasColumn('instance', 'license')
      ? "(license IS NOT NULL AND license <> '') AS has_licence_text"
      : null,
    schema.hasColumn('instance', 'setup_complete') ? 'setup_complete' : null,
  ].filter((column) => column !== null);

  if (columns.length === 0) {
    return { licenseId: null, licenceTextPresent: null, setupComplete: null };
  }

  const { rows } = await session.query<Row>(`SELECT ${columns.join(', ')} FROM "instance" LIMIT 1`);
  const row = rows[0] ?? {};
  const licenseId =
    typeof row.license_id === 'string' && row.license_id !== '' ? row.license_id : null;

  return {
    licenseId,
    licenceTextPresent: typeof row.has_licence_text === 'boolean' ? row.has_licence_text : null,
    setupComplete: typeof row.setup_complete === 'boolean' ? row.setup_complete : null,
  };
}
