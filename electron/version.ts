/** The inspector's own version, recorded in every report and review. */
export const INSPECTOR_VERSION = '0.1.0';
