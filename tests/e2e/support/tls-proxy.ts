import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

export const PROXY_HOST = 'starboard.localhost';

/**
 * A reverse proxy that terminates TLS for https://starboard.localhost:PORT, like nginx with
 * `proxy_pass`: the upstream sees its own address in Host, and the public host, scheme and
 * client address only in X-Forwarded-Host/-Proto/-For. The certificate is a self-signed test
 * fixture (tests/e2e/support/proxy-*.pem); browsers here are told to accept it.
 */
export async function startTlsProxy(upstreamPort: number): Promise<{ url: string; port: number; close: () => Promise<void> }> {
  const tls = {
    key: readFileSync(fileURLToPath(new URL('proxy-key.pem', import.meta.url))),
    cert: readFileSync(fileURLToPath(new URL('proxy-cert.pem', import.meta.url))),
  };
  const server = https.createServer(tls, (req, res) => {
    const publicHost = req.headers.host ?? PROXY_HOST;
    const headers = { ...req.headers };
    headers.host = `127.0.0.1:${upstreamPort}`;
    headers['x-forwarded-host'] = publicHost;
    headers['x-forwarded-proto'] = 'https';
    headers['x-forwarded-for'] = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
    const upstream = http.request({ host: '127.0.0.1', port: upstreamPort, method: req.method, path: req.url, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      res.writeHead(502);
      res.end('upstream unavailable');
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://${PROXY_HOST}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
