#!/usr/bin/env node
// What idle live streams cost a running shop: opens N GraphQL-over-SSE subscriptions (half
// cartChanged for sessions of their own, half productChanged), leaves them idle, and reads the
// shop's heap after a full GC (jcmd, before and after), its database connections in use and its
// threads (the actuator's Prometheus scrape). The client holds raw sockets and reads only each
// response's status line, so what is measured is the server's.
//
//   node bench/live-streams.mjs http://localhost:18431 http://127.0.0.1:19431 <pid> [streams] [sessions]
import { execFileSync } from 'node:child_process';
import net from 'node:net';

const [base, management, pid, streamsArg = '500', sessionsArg = '50'] = process.argv.slice(2);
if (!base || !management || !pid) {
  console.error('usage: live-streams.mjs <shop url> <management url> <shop pid> [streams] [sessions]');
  process.exit(2);
}
const streams = Number(streamsArg);
const sessions = Number(sessionsArg);
const { hostname, port } = new URL(base);

async function graphql(query, variables = {}, cookie) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(cookie ? cookie.headers : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { body: await response.json(), cookies: response.headers.getSetCookie() };
}

function heapUsedBytes() {
  execFileSync('jcmd', [pid, 'GC.run']);
  const info = execFileSync('jcmd', [pid, 'GC.heap_info']).toString();
  // G1: one "garbage-first heap total NK, used MK" line; Serial and Parallel: one a generation.
  const used = info
    .split('\n')
    .filter((line) => !/Metaspace|class space/.test(line))
    .map((line) => /total \d+K, used (\d+)K/.exec(line))
    .filter(Boolean);
  if (used.length === 0) throw new Error(`no heap figure in: ${info}`);
  return used.reduce((sum, m) => sum + Number(m[1]) * 1024, 0);
}

async function scrape(name) {
  const text = await (await fetch(`${management}/actuator/prometheus`)).text();
  const line = text.split('\n').find((l) => l.startsWith(name));
  return line ? Number(line.split(' ').pop()) : NaN;
}

function open(body, cookie) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      const bytes = Buffer.from(body);
      const head =
        `POST /graphql HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAccept: text/event-stream\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${bytes.length}\r\n` +
        (cookie ? `Cookie: ${cookie.cookie}\r\nX-XSRF-TOKEN: ${cookie.xsrf}\r\n` : '') +
        '\r\n';
      socket.write(head);
      socket.write(bytes);
    });
    socket.once('data', (chunk) => {
      socket.pause(); // read nothing more: an idle client
      const status = chunk.toString('latin1').split('\r\n')[0];
      if (status.startsWith('HTTP/1.1 200')) resolve(socket);
      else reject(new Error(status));
    });
    socket.once('error', reject);
  });
}

const product = (await graphql('{ products(first: 1) { nodes { id } } }')).body.data.products.nodes[0].id;
const cookies = [];
for (let i = 0; i < sessions; i++) {
  const added = await graphql(
    'mutation($id: ID!) { addToCart(productId: $id, quantity: 1) { cart { id } } }',
    { id: product },
  );
  const jar = Object.fromEntries(added.cookies.map((c) => c.split(';')[0].split('=')));
  cookies.push({ cookie: `SESSION=${jar.SESSION}; XSRF-TOKEN=${jar['XSRF-TOKEN']}`, xsrf: jar['XSRF-TOKEN'] });
}
const cartBody = JSON.stringify({ query: 'subscription { cartChanged { id totalQuantity } }' });
const productBody = JSON.stringify({
  query: 'subscription($ids: [ID!]!) { productChanged(ids: $ids) { id stock } }',
  variables: { ids: [product] },
});

// Warm: the first streams load classes and fill caches that no stream owns.
const warm = [];
for (let i = 0; i < 20; i++) warm.push(await open(i % 2 ? productBody : cartBody, i % 2 ? null : cookies[i % sessions]));
warm.forEach((s) => s.destroy());
await new Promise((r) => setTimeout(r, 35_000)); // closed streams are noticed at their next heartbeats

const threadsBefore = await scrape('jvm_threads_live_threads');
const before = heapUsedBytes();
const open_ = [];
for (let i = 0; i < streams; i++) {
  const cart = i % 2 === 0;
  open_.push(await open(cart ? cartBody : productBody, cart ? cookies[(i / 2) % sessions | 0] : null));
}
await new Promise((r) => setTimeout(r, 3000));
const after = heapUsedBytes();
const report = {
  streams,
  openOnServer: await scrape('storefront_live_subscriptions'),
  heapBeforeMB: +(before / 2 ** 20).toFixed(1),
  heapAfterMB: +(after / 2 ** 20).toFixed(1),
  bytesPerStream: Math.round((after - before) / streams),
  activeDbConnections: await scrape('hikaricp_connections_active'),
  threadsAdded: (await scrape('jvm_threads_live_threads')) - threadsBefore,
};
console.log(JSON.stringify(report, null, 2));
if (process.env.LIVE_HOLD_MS) await new Promise((r) => setTimeout(r, Number(process.env.LIVE_HOLD_MS)));
open_.forEach((s) => s.destroy());
