// The build served by nginx (Debian's package) with the deployment's own configuration,
// deploy/nginx/sprawdz-wsparcie.conf: only its address and root are replaced, for 127.0.0.1 on a free
// port and the folder under test. nginx runs in the foreground as this user (no daemon, no master
// process), with its files in a temporary prefix, and is stopped by the test run. If it cannot start,
// the suite fails: it never falls back to another server.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
export const SITE_CONF = 'deploy/nginx/sprawdz-wsparcie.conf';
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

async function freePort() {
  const probe = createServer();
  await new Promise((ok) => probe.listen(0, '127.0.0.1', ok));
  const { port } = probe.address();
  await new Promise((ok) => probe.close(ok));
  return port;
}

/** The deployment's server block, listening on `port` and serving `root`. */
export function siteFor(port, root) {
  const site = readFileSync(SITE_CONF, 'utf8');
  const replaced = site
    .replace(/^(\s*)listen 80;.*$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root \/srv\/sprawdz-wsparcie\/current;.*$/m, `$1root ${resolve(root)};`);
  if (!replaced.includes(`listen 127.0.0.1:${port};`) || !replaced.includes(`root ${resolve(root)};`)) {
    throw new Error(`${SITE_CONF}: its "listen 80;" and "root /srv/sprawdz-wsparcie/current;" lines are gone: tests/e2e/nginx.mjs replaces them`);
  }
  return replaced;
}

/** Starts nginx on `root`; `{ server, url }` as tests/e2e/server.mjs gives, `server.close(done)` stops it. */
export async function startNginx(root) {
  const prefix = mkdtempSync(join(tmpdir(), 'sprawdz-nginx-'));
  const port = await freePort();
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${prefix}/${t};`).join(' ');
  writeFileSync(join(prefix, 'site.conf'), siteFor(port, root));
  // The module Debian's libnginx-mod-http-brotli-static loads for the deployment (modules-enabled/).
  writeFileSync(join(prefix, 'nginx.conf'), `load_module ${BROTLI_MODULE};
daemon off;
master_process off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log stderr warn;
events { worker_connections 512; }
http {
    log_format paths '$request_uri';
    access_log ${prefix}/access.log paths;
    ${temp}
    include ${prefix}/site.conf;
}
`);
  const child = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (d) => { errors += d; });
  const exited = new Promise((ok) => child.once('exit', ok));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx did not start (${NGINX}): ${errors}`);
    const up = await fetch(`${url}/404.html`).then(() => true, () => false);
    if (up) break;
    if (i > 100) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not answer on ${url} within 10 s: ${errors}`);
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  const server = {
    closeAllConnections() {},
    /** Every address asked for so far, in order (nginx's access log). */
    requests() {
      return readFileSync(join(prefix, 'access.log'), 'utf8').split('\n').filter(Boolean).map((u) => new URL(u, url).pathname);
    },
    close(done) {
      child.kill('SIGTERM');
      exited.then(() => {
        rmSync(prefix, { recursive: true, force: true });
        done?.();
      });
    },
  };
  return { server, url };
}
