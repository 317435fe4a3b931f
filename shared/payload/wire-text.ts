/**
 * The payload as text. FusionAuth sends compact JSON with its keys in the collector's order;
 * the indented form has the same keys in the same order, for reading. The size a reviewer
 * sees is the compact form's, in UTF-8 bytes, because that is what goes over the wire.
 */
import type { UsagePayload } from './types.ts';

export type PayloadTextFormat = 'indented' | 'compact';

export function payloadText(payload: UsagePayload, format: PayloadTextFormat): string {
  return format === 'compact' ? JSON.stringify(payload) : `${JSON.stringify(payload, null, 2)}\n`;
}

export function payloadByteSize(payload: UsagePayload): number {
  return new TextEncoder().encode(payloadText(payload, 'compact')).length;
}
