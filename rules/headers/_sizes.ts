// Limits common proxies and clients apply to response heads (not a rule: files starting with "_" are helpers).
// Below httpinspect's own read limit (--max-header-size, 64 KiB by default), so a head we can read may still be
// refused on its way to the user.

/** Apache LimitRequestFieldSize-style per-field buffers, nginx proxy_buffer_size (4–8 KiB), CDN per-field caps. */
export const FIELD_VALUE_LIMIT = 8 * 1024;
/** Typical whole-head limits of CDNs and load balancers (32 KiB); Node's own http parser stops at 16 KiB. */
export const HEADER_SECTION_LIMIT = 32 * 1024;

export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
