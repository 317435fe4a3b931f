/**
 * Warnings shown prominently: what the reviewer is about to break, breach or be refused.
 */
export function WarningList({ warnings, label }: { warnings: readonly string[]; label: string }) {
  if (warnings.length === 0) {
    return null;
  }

  return (
    <ul className="optout-warnings" aria-label={label}>
      {warnings.map((warning) => (
        <li key={warning}>{warning}</li>
      ))}
    </ul>
  );
}
