#!/usr/bin/env node
// Live inbox load benchmark (issue 15): N concurrent /live streams on one chat-app instance, fan-out latency of a
// sandbox inbound message to every stream that covers its number, JVM threads and heap before/during/after, and
// /fragments/inbox throughput beside the platform's own conversation list endpoint, in the same run.
//
// Why Node: one process holds 10,000 sockets cheaply (the server's JVM must not host its own load), it ships with
// the build's toolchain already (npm for terser), and its event loop reads SSE without a thread per stream.
//
// Usage (after `mvn -q -pl demo -am package -DskipTests`, which ./sandbox.sh also runs):
//   node bench/live-load.mjs [--streams 10000] [--hot 1000] [--messages 10] [--xmx 1g] [--seconds 10] [--conns 64]
//                            [--warmup 10]
// It starts platform-sandbox and chat-app (each its own JVM, chat-app with -Xmx<xmx>) on free loopback ports, runs,
// prints its figures and stops them. Everything targets 127.0.0.1, with bounded counts and durations.
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) =>
  a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc, []));
const STREAMS = +(args.streams ?? 10000);
const HOT = Math.min(STREAMS, +(args.hot ?? 1000));
const MESSAGES = +(args.messages ?? 10);
const XMX = args.xmx ?? '1g';
const SECONDS = +(args.seconds ?? 10);
const CONNS = +(args.conns ?? 64);
const WARMUP = +(args.warmup ?? 10); // seconds of the same load on each endpoint before it is measured (JIT, caches)
const PARENT = 'http://localhost:9999';
const KEY = 'ps_sandbox_demo_tenant_key';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const jar = path.join(root, 'demo/target/pilot-status-sandbox.jar');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
const streamAgent = new http.Agent({ keepAlive: false, maxSockets: Infinity });

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
  });
}

// A kept-alive socket the server closed as it was reused answers "socket hang up": such a call is tried once more.
async function request(port, method, pathname, options = {}) {
  try {
    return await requestOnce(port, method, pathname, options);
  } catch (e) {
    if (e.code !== 'ECONNRESET') throw e;
    return requestOnce(port, method, pathname, options);
  }
}

function requestOnce(port, method, pathname, { headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: pathname, agent,
      headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.setTimeout(30000, () => req.destroy(new Error('timeout')));
    if (body) req.write(JSON.stringify(body));
    req.end();
  });
}

async function waitFor(port, pathname, headers = {}) {
  for (let i = 0; i < 300; i++) {
    try { if ((await request(port, 'GET', pathname, { headers })).status < 500) return; } catch { /* not yet */ }
    await sleep(100);
  }
  throw new Error(`nothing answered on ${port}${pathname}`);
}

function startJava(mainClass, env, jvmArgs = []) {
  const child = spawn('java', [...jvmArgs, '-cp', jar, mainClass], { env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'] });
  child.on('exit', (code) => { if (!stopping) console.error(`${mainClass} exited ${code}`); });
  return child;
}

async function metrics(port) {
  const text = (await request(port, 'GET', '/metrics')).body;
  const sum = (name, filter = () => true) => text.split('\n')
    .filter((l) => l.startsWith(name) && filter(l)).reduce((s, l) => s + Number(l.split(' ').pop()), 0);
  return {
    threads: sum('jvm_threads_live_threads'),
    heapMb: Math.round(sum('jvm_memory_used_bytes', (l) => l.includes('area="heap"')) / 1048576),
    streams: sum('chat_live_streams'),
  };
}

const pct = (sorted, p) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : NaN;
const fmt = (n) => (Math.round(n * 10) / 10).toString();
const CLOCK_TICKS /* for /proc/PID/stat */ = (() => { try { return +execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }); } catch { return 100; } })();

// ---- the stack
let stopping = false;
const platformPort = await freePort();
const chatPort = await freePort();
const credential = 'pss_' + randomBytes(32).toString('hex');
const common = { PS_PLATFORM_PORT: String(platformPort), PS_CHAT_PORT: String(chatPort), PS_SERVICE_CREDENTIAL: credential,
  PS_PLATFORM_URL: `http://localhost:${platformPort}`, PS_EVENT_LOG_SIZE: '20000' };
const platform = startJava('com.pilotstatus.embed.platform.PlatformSandbox', common, ['-Xmx2g']);
await waitFor(platformPort, '/v1/.well-known/jwks.json');
const chat = startJava('com.pilotstatus.embed.chat.ChatApp', common, [`-Xmx${XMX}`]);
await waitFor(chatPort, '/metrics');
const stopAll = () => { stopping = true; platform.kill('SIGTERM'); chat.kill('SIGTERM'); };
process.on('exit', stopAll);

try {
  const tenant = { 'x-api-key': KEY };
  const other = JSON.parse((await request(platformPort, 'POST', '/v1/numbers', { headers: tenant,
    body: { name: 'Bench cold line', number: '+5511900001111' } })).body).id;
  for (const n of ['wa_demo', other]) { // one conversation each, so both inboxes have something to load
    await request(platformPort, 'POST', `/v1/sandbox/numbers/${n}/inbound`, { headers: tenant,
      body: { from: '+5511900002222', name: 'Bench', text: 'warm-up' } });
  }

  // ---- tokens: HOT streams cover wa_demo, the rest the other number
  const tokens = new Array(STREAMS);
  let next = 0;
  await Promise.all(Array.from({ length: 16 }, async () => {
    while (next < STREAMS) {
      const i = next++;
      const r = await request(platformPort, 'POST', '/v1/embed/sessions', { headers: tenant, body: { surface: 'chat',
        whatsappNumberIds: [i < HOT ? 'wa_demo' : other], allowedOrigins: [PARENT], ttlSeconds: 900 } });
      if (r.status !== 201) throw new Error(`mint answered ${r.status}: ${r.body}`);
      tokens[i] = JSON.parse(r.body).token;
    }
  }));

  const before = await metrics(chatPort);
  // Warm the JIT and the caches a little (the figures below are for a warm server, as in production).
  for (let i = 0; i < 200; i++) {
    await request(chatPort, 'GET', '/fragments/inbox', { headers: bearer(tokens[0]) });
  }

  // ---- open the streams
  const received = new Map(); // marker -> array of arrival times (hot streams)
  const sockets = [];
  let open = 0; let failed = 0;
  const opened = Date.now();
  await new Promise((resolveAll) => {
    let started = 0; let settled = 0;
    const launch = () => {
      while (started < STREAMS && started - settled < 500) {
        const i = started++;
        const req = http.get({ host: '127.0.0.1', port: chatPort, path: '/live', agent: streamAgent,
          headers: { ...bearer(tokens[i]), accept: 'text/event-stream' } }, (res) => {
          if (res.statusCode !== 200) { failed++; settle(); res.resume(); return; }
          let buf = ''; let counted = false;
          res.setEncoding('utf8');
          res.on('data', (chunk) => {
            buf += chunk;
            let end;
            while ((end = buf.indexOf('\n\n')) >= 0) {
              const frame = buf.slice(0, end); buf = buf.slice(end + 2);
              if (!counted && frame.includes('event: open')) { counted = true; open++; settle(); }
              const m = frame.match(/bench-marker-(\d+)/);
              if (m && frame.includes('event: message')) {
                const list = received.get(m[1]) ?? []; list.push(performance.now()); received.set(m[1], list);
              }
            }
          });
          res.on('error', () => {});
        });
        req.on('error', () => { failed++; settle(); });
        sockets.push(req);
      }
    };
    const settle = () => { settled++; if (settled === STREAMS) resolveAll(); else launch(); };
    launch();
    setTimeout(resolveAll, 120000); // bounded: whatever has not opened in 2 minutes counts as not open
  });
  const openSeconds = (Date.now() - opened) / 1000;
  await sleep(1000);
  const during = await metrics(chatPort);
  try { execFileSync('jcmd', [String(chat.pid), 'GC.run'], { stdio: 'ignore' }); } catch { /* no jcmd */ }
  await sleep(500);
  const duringGc = await metrics(chatPort); // what the open streams really hold

  // ---- fan-out latency: one message at a time to wa_demo, timed to its arrival on every hot stream
  const latencies = [];
  for (let k = 0; k < MESSAGES; k++) {
    const sent = performance.now();
    await request(platformPort, 'POST', '/v1/sandbox/numbers/wa_demo/inbound', { headers: tenant,
      body: { from: '+5511900003333', name: 'Bench', text: `bench-marker-${k}` } });
    await sleep(1000);
    for (const t of received.get(String(k)) ?? []) latencies.push(t - sent);
  }
  latencies.sort((a, b) => a - b);
  const deliveries = latencies.length;

  // ---- fragment throughput beside the platform's list endpoint, same connections and duration
  // Each endpoint first gets WARMUP seconds of the same load, unmeasured: a JIT still compiling the path (on the
  // same 2 cores) would otherwise make the percentiles a measure of the compiler.
  const chatFigures = await hammer(chatPort, '/fragments/inbox', bearer(tokens[0]), WARMUP, chat.pid);
  const platformFigures = await hammer(platformPort, '/v1/embed/chat/conversations?limit=50',
    { authorization: `Bearer ${tokens[0]}` }, WARMUP, platform.pid);

  // ---- everyone leaves
  for (const req of sockets) req.destroy();
  const left = Date.now();
  let after = await metrics(chatPort);
  while ((after.streams > 0 || after.threads > before.threads + 20) && Date.now() - left < 10000) {
    await sleep(250);
    after = await metrics(chatPort);
  }
  const releasedSeconds = (Date.now() - left) / 1000;
  let lingering = '';
  if (after.threads > before.threads + 20) { // say which threads stayed, by name
    try {
      const dump = execFileSync('jcmd', [String(chat.pid), 'Thread.print'], { encoding: 'utf8' });
      const counts = {};
      for (const m of dump.matchAll(/^"([^"]+)"/gm)) {
        const group = m[1].replace(/[-#]?\d+$/, '').replace(/\d+/g, 'N'); counts[group] = (counts[group] ?? 0) + 1;
      }
      lingering = Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([n, c]) => `${n} x${c}`).join(', ');
    } catch { /* no jcmd */ }
  }
  try { execFileSync('jcmd', [String(chat.pid), 'GC.run'], { stdio: 'ignore' }); } catch { /* no jcmd: heap as is */ }
  await sleep(500);
  const afterGc = await metrics(chatPort);

  console.log(`[live-load] streams requested ${STREAMS}, open ${open}, failed ${failed}, all open in ${fmt(openSeconds)} s`);
  console.log(`[live-load] chat-app JVM (-Xmx${XMX}) threads before ${before.threads} / during ${during.threads} / ` +
    `after ${after.threads} (${fmt(releasedSeconds)} s after the clients left); heap MB before ${before.heapMb} / ` +
    `during ${during.heapMb} (after a GC ${duringGc.heapMb}, ${fmt((duringGc.heapMb - before.heapMb) * 1024 / Math.max(1, open))} KB per stream) / after GC ${afterGc.heapMb}; open streams after ${after.streams}` +
    (lingering ? `; threads left: ${lingering}` : ''));
  console.log(`[live-load] fan-out to ${HOT} streams x ${MESSAGES} messages: ${deliveries} deliveries ` +
    `(expected ${HOT * MESSAGES}); latency ms p50 ${fmt(pct(latencies, 0.5))} p99 ${fmt(pct(latencies, 0.99))} ` +
    `max ${fmt(latencies[latencies.length - 1] ?? NaN)}`);
  console.log(`[live-load] GET /fragments/inbox (chat-app, ${chatFigures.tool}, ${CONNS} conns, ${SECONDS} s, ` +
    `${open} streams open): ${fmt(chatFigures.rps)} req/s, ` +
    `p50 ${fmt(chatFigures.p50)} ms, p99 ${fmt(chatFigures.p99)} ms, errors ${chatFigures.errors}, ` +
    `server CPU ${chatFigures.cpuMs.toFixed(2)} ms per request`);
  console.log(`[live-load] GET /v1/embed/chat/conversations (platform, same): ${fmt(platformFigures.rps)} req/s, ` +
    `p50 ${fmt(platformFigures.p50)} ms, p99 ${fmt(platformFigures.p99)} ms, errors ${platformFigures.errors}, ` +
    `server CPU ${platformFigures.cpuMs.toFixed(2)} ms per request`);
  console.log(`[live-load] fragment / platform throughput ratio: ${fmt(chatFigures.rps / platformFigures.rps)}x`);
} finally {
  stopAll();
}

function bearer(token) {
  return { authorization: `Bearer ${token}`, 'x-ps-parent-origin': PARENT };
}

// The CPU time (user + system) the server's process spent, in ms: per request, a figure that other load on the
// machine hardly moves, unlike the latencies.
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (+fields[11] + +fields[12]) * 1000 / CLOCK_TICKS; // utime, stime (fields 14, 15 of stat)
  } catch { return NaN; } // not Linux
}

// With wrk installed (apt-get install wrk) the throughput figures come from it, as in the measurements: a
// C client whose own cost does not cap the figure. Without it, from Node, which caps both endpoints alike.
async function hammer(port, pathname, headers, warmupSeconds, pid) {
  const cpu = () => cpuMs(pid);
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
  } catch (e) {
    if (e.code === 'ENOENT') {
      if (warmupSeconds > 0) await hammerFromNode(port, pathname, headers, warmupSeconds);
      const cpu0 = cpu();
      const figures = await hammerFromNode(port, pathname, headers, SECONDS);
      return { ...figures, cpuMs: (cpu() - cpu0) / Math.max(1, figures.rps * SECONDS) };
    }
  }
  const hdrs = Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]);
  const wrk = (seconds) => execFileSync('wrk', ['-t2', `-c${CONNS}`, `-d${seconds}s`, '--latency', ...hdrs,
    `http://127.0.0.1:${port}${pathname}`], { encoding: 'utf8' });
  if (warmupSeconds > 0) wrk(warmupSeconds);
  const cpu0 = cpu();
  const out = wrk(SECONDS);
  const cpuSpent = cpu() - cpu0;
  // Percentile lines only (a Req/Sec line's "72.50%" once passed for the 50th percentile).
  const ms = (v) => {
    const m = v.match(/^([\d.]+)(us|ms|s|m)$/);
    if (!m) throw new Error(`wrk printed no latency for ${pathname} (no request answered?):\n${out}`);
    return +m[1] * ({ us: 0.001, ms: 1, s: 1000, m: 60000 })[m[2]];
  };
  const non2xx = +(out.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
  const socketErrors = (out.match(/Socket errors: (.*)/)?.[1] ?? '').match(/\d+/g)?.reduce((a, b) => a + +b, 0) ?? 0;
  const rps = +out.match(/Requests\/sec:\s+([\d.]+)/)[1];
  return { rps, p50: ms(out.match(/^\s+50%\s+(\S+)/m)[1]),
    p99: ms(out.match(/^\s+99%\s+(\S+)/m)[1]), errors: non2xx + socketErrors, tool: 'wrk -t2',
    cpuMs: cpuSpent / Math.max(1, rps * SECONDS) };
}

async function hammerFromNode(port, pathname, headers, seconds) {
  const hammerAgent = new http.Agent({ keepAlive: true, maxSockets: CONNS });
  const times = []; let errors = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(Array.from({ length: CONNS }, async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      const status = await new Promise((resolve) => {
        const req = http.get({ host: '127.0.0.1', port, path: pathname, headers, agent: hammerAgent }, (res) => {
          res.on('data', () => {}); res.on('end', () => resolve(res.statusCode));
        });
        req.on('error', () => resolve(0));
      });
      if (status === 200) times.push(performance.now() - t0); else errors++;
    }
  }));
  hammerAgent.destroy();
  times.sort((a, b) => a - b);
  return { rps: times.length / seconds, p50: pct(times, 0.5), p99: pct(times, 0.99), errors, tool: 'node' };
}
