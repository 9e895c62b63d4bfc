/**
 * The site's Content-Security-Policy: everything from the site itself, no inline script or style,
 * WebAssembly allowed for the search engine. Written as a `<meta>` tag on every page and sent as a
 * header by `npm run serve` (which adds `frame-ancestors`, which a `<meta>` tag cannot carry).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The same policy as an HTTP header, with what only a header can say. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`;
