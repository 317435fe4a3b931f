/**
 * Reads a JSON request body of bounded size. A body that is too big or not JSON is a usage
 * error with a short message, never a crash.
 */
import type { IncomingMessage } from 'node:http';

import { InspectorError } from '../../shared/errors.ts';

/** The largest argument any channel takes is a connection URL; 1 MiB is far above that. */
const MAX_BODY_BYTES = 1024 * 1024;

export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new InspectorError('usage', 'API requests must send Content-Type: application/json.');
  }

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      throw new InspectorError('usage', 'The request body is too large.');
    }
    chunks.push(chunk as Buffer);
  }

  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    throw new InspectorError('usage', 'The request body is not valid JSON.');
  }
}
