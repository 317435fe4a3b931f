/**
 * The one stat about groups (collector.md row 77): application roles granted through groups.
 */
import { activeAndLoggedIn } from './sql.ts';
import type { MetricDefinition } from './types.ts';

export const groupMetrics: MetricDefinition[] = [
  {
    key: 'groupApplicationRoles',
    category: 'groups',
    definition:
      'Number of role grants to groups (one per group and role) for roles of applications ' +
      'that are active and had at least one login in the 7 days before collection. A count ' +
      'only; no group names, role names, members or ids leave the server.',
    valueKind: 'count',
    origin: 'database',
    activityFilter: 'active-and-logged-in',
    resultShape: 'scalar',
    // group_application_roles, application_roles and the daily-active table are all in the
    // 1.17.0 schema, the oldest one seen.
    sinceVersion: '1.17.0',
    variants: [
      {
        sql: [
          'SELECT count(*) AS value',
          'FROM group_application_roles gar',
          'JOIN application_roles ar ON ar.id = gar.application_roles_id',
          'JOIN applications a ON a.id = ar.applications_id',
          `WHERE ${activeAndLoggedIn('a')}`,
        ].join('\n'),
        usesCutoff: true,
        sources: [
          { table: 'group_application_roles', columns: ['application_roles_id'] },
          { table: 'application_roles', columns: ['id', 'applications_id'] },
          { table: 'applications', columns: ['id', 'active'] },
          { table: 'application_daily_active_users', columns: ['applications_id', 'day'] },
        ],
      },
    ],
  },
];
