/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native modules must be required at runtime, not bundled.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2'],
  async headers() {
    const common = [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'X-Frame-Options', value: 'DENY' },
    ];
    const fixedPolicy = {
      key: 'Content-Security-Policy',
      value: "default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
    };
    return [
      { source: '/:path*', headers: common },
      // Assets and API responses skip proxy.ts (no nonce needed), so they get a fixed strict policy here.
      ...['/_next/:path*', '/api/:path*'].map((source) => ({ source, headers: [fixedPolicy] })),
    ];
  },
};

export default nextConfig;
