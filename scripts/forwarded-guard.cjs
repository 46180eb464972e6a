/**
 * Preloaded into `next start` (node --require). Next fills X-Forwarded-Host/-Proto/-For from
 * the socket only when the request lacks them, so a client could otherwise pick its own
 * address and host. Unless TRUST_PROXY says a proxy in front sets them, drop what the client
 * sent before Next sees the request. The server validates TRUST_PROXY itself at boot.
 */
const http = require('node:http');

const trusted = ['true', '1'].includes(process.env.TRUST_PROXY ?? '');
const FORWARDED = ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-for', 'x-forwarded-port', 'forwarded'];

if (!trusted) {
  const createServer = http.createServer;
  http.createServer = function guardedCreateServer(...args) {
    const server = createServer.apply(this, args);
    server.prependListener('request', (req) => {
      for (const name of FORWARDED) delete req.headers[name];
    });
    return server;
  };
}
