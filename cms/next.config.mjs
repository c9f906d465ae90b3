import { withPayload } from '@payloadcms/next/withPayload'

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
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
