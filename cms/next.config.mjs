import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // content-models ships TypeScript source; Next compiles it with the app.
  transpilePackages: ['@thidua/content-models'],
  // Minified server code renames Payload's error classes, so every 403/404 would be logged as an
  // ERROR with a stack (issue #2, known pitfalls).
  experimental: { serverMinification: false },
  serverExternalPackages: ['sharp', '@libsql/client', 'libsql'],
  typescript: { tsconfigPath: './tsconfig.json' },
  images: { unoptimized: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
