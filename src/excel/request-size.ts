/**
 * How big a batch is once Office.js serialises it: Excel on the web refuses a request over
 * 5 MB (RequestPayloadSizeLimitExceeded), so every operation measures what it queues.
 */

/** Excel on the web's limit for one request. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/** UTF-8 length of a string, without TextEncoder allocations. */
export function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of a value once serialised as JSON, as Office.js sends it. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "null");
}
