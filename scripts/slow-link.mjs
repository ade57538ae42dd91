// A phone's slow link in front of a local server: a TCP proxy that gives every connection devtools'
// "slow 4G" (Lighthouse's mobile profile: 150 ms round trip, 1.6 Mbit/s down, 675 kbit/s up), with the
// bandwidth shared by all connections, as one radio link is. Throttling the link rather than the page
// reaches whatever uses it: the page, the service worker's own downloads (which devtools' page
// throttling does not slow), the parts a module fetches.
//
// Each direction sends one segment at a time at its rate, taking turns between the connections that
// have data waiting (as TCP flows share a bottleneck, roughly): a small file asked for beside a large
// one is not queued behind all of it. What a side sends becomes sendable half a round trip later.
//   const link = await slowLink(port); … link.url … link.close()
import { createServer, connect } from 'node:net';

export const SLOW_4G = { rttMs: 150, downKbps: 1638.4, upKbps: 675 };
const SEGMENT = 1460;

/** One direction of the link: `send(socket, chunk)` delivers `chunk` on `socket` when its turn comes;
 * `pending(socket)`: whether some of it has still to go. */
function direction(kbps, delayMs) {
  const bytesPerMs = (kbps * 1000) / 8 / 1000;
  // Per destination socket, the bytes waiting (each with the time it may leave), in order.
  const waiting = new Map();
  let busy = false;
  let turn = 0;
  const pump = () => {
    const now = performance.now();
    const ready = [...waiting].filter(([, q]) => q.length && q[0].at <= now);
    if (!ready.length) {
      busy = false;
      const next = Math.min(...[...waiting.values()].filter((q) => q.length).map((q) => q[0].at));
      if (Number.isFinite(next)) {
        busy = true;
        setTimeout(pump, Math.max(0, next - now));
      }
      return;
    }
    const [socket, queue] = ready[turn++ % ready.length];
    const head = queue[0];
    const piece = head.bytes.subarray(0, SEGMENT);
    head.bytes = head.bytes.subarray(piece.length);
    if (!head.bytes.length) queue.shift();
    if (!queue.length) waiting.delete(socket);
    if (!socket.destroyed) socket.write(piece);
    busy = true;
    setTimeout(pump, piece.length / bytesPerMs);
  };
  const send = (socket, chunk) => {
    if (!waiting.has(socket)) waiting.set(socket, []);
    waiting.get(socket).push({ bytes: chunk, at: performance.now() + delayMs });
    if (!busy) {
      busy = true;
      setTimeout(pump, delayMs);
    }
  };
  return { send, pending: (socket) => waiting.has(socket) || socket.writableLength > 0 };
}

export async function slowLink(targetPort, profile = SLOW_4G) {
  const down = direction(profile.downKbps, profile.rttMs / 2);
  const up = direction(profile.upKbps, profile.rttMs / 2);
  const sockets = new Set();
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    upstream.on('data', (chunk) => down.send(client, chunk));
    client.on('data', (chunk) => up.send(upstream, chunk));
    // A side that ends is ended on the other once what it sent has gone through.
    const endAfter = (socket, pending) => { const check = () => (pending() ? setTimeout(check, 20) : socket.end()); check(); };
    upstream.on('end', () => endAfter(client, () => down.pending(client)));
    client.on('end', () => upstream.end());
    for (const s of [client, upstream]) {
      s.on('error', () => { client.destroy(); upstream.destroy(); });
      s.on('close', () => sockets.delete(s));
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => { for (const s of sockets) s.destroy(); server.close(); },
  };
}
