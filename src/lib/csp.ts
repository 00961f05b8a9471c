/**
 * The Content-Security-Policy every page carries (as a <meta> tag): scripts and styles only from
 * the site's own files — no inline code, so text from the corpus can never run — plus
 * 'wasm-unsafe-eval' for Pagefind's WebAssembly search.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
