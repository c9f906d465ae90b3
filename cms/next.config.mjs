import { withPayload } from '@payloadcms/next/withPayload'
import { cmsSecurityHeaders } from '@thidua/content-models/publication/securityHeaders'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // content-models and the publisher's client ship TypeScript source; Next compiles them with the app.
  transpilePackages: ['@thidua/content-models', '@thidua/publisher'],
  // Minified server code renames Payload's error classes, so every 403/404 would be logged as an
  // ERROR with a stack (issue #2, known pitfalls).
  experimental: { serverMinification: false },
  serverExternalPackages: ['sharp', '@libsql/client', 'libsql'],
  typescript: { tsconfigPath: './tsconfig.json' },
  images: { unoptimized: true },
  // No framework banner; CSP, frame-ancestors, nosniff, Referrer-Policy on every response (issue #9).
  poweredByHeader: false,
  async headers() {
    const headers = cmsSecurityHeaders(process.env.NODE_ENV !== 'production')
    return [{ source: '/:path*', headers: Object.entries(headers).map(([key, value]) => ({ key, value })) }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
