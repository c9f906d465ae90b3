/**
 * Security headers (issue #9, point 5), written once for the CMS (next.config.mjs), the portal's
 * static server and the nginx example in publisher/README.md. Plain constants, no imports: Next's
 * config file loads this file directly.
 */

const policy = (directives: Record<string, string>) =>
  Object.entries(directives).map(([name, value]) => `${name} ${value}`).join('; ')

/** Headers every response of the CMS carries; `dev` allows what Next's dev server needs (eval for HMR). */
export function cmsSecurityHeaders(dev = false): Record<string, string> {
  return {
    'Content-Security-Policy': policy({
      'default-src': "'self'",
      'script-src': `'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data: blob:",
      'font-src': "'self' data:",
      'connect-src': "'self'",
      'media-src': "'self' blob:",
      'object-src': "'none'",
      'base-uri': "'self'",
      'form-action': "'self'",
      'frame-ancestors': "'none'",
    }),
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  }
}

/**
 * Headers of every portal response. The portal runs no inline script (JSON-LD blocks are data),
 * only its own bundles; Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'.
 */
export const PORTAL_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': policy({
    'default-src': "'self'",
    'script-src': "'self' 'wasm-unsafe-eval'",
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data:",
    'font-src': "'self'",
    'connect-src': "'self'",
    'media-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
    'frame-ancestors': "'self'",
  }),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
}
