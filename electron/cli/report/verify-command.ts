/**
 * `usage-inspector report --verify FILE`: tells an auditor whether an evidence file is intact:
 * its shape matches the schema, its hash is its payload's, and its review is bound to it.
 */
import { parseJsonInput } from '../../../shared/payload/parse-payload.ts';
import { readBoundedFile } from '../../payload/read-payload-file.ts';
import { verifyEvidence } from '../../report/verify-evidence.ts';

/** Evidence files hold a payload (about 20 KB) and its report: a few hundred KB. */
const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

export async function runVerify(path: string): Promise<number> {
  const bytes = await readBoundedFile(path, MAX_EVIDENCE_BYTES);
  const verdict = verifyEvidence(
    parseJsonInput(bytes, { source: path, maxBytes: MAX_EVIDENCE_BYTES }),
  );
  if (verdict.valid) {
    process.stdout.write(`${path}: valid evidence file; the hash matches its payload.\n`);

    return 0;
  }

  process.stdout.write(`${path}: NOT a valid evidence file:\n`);
  for (const problem of verdict.problems) {
    process.stdout.write(`  - ${problem}\n`);
  }

  return 1;
}
