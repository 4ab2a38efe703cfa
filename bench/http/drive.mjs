// Drives every peer of bench/http with the same wrk command (-t1 -c16, post.lua) and prints a table
// per operation. After a warm-up of each peer, the measured rounds are interleaved: round r runs every
// peer once, in an order that rotates from round to round, so a noisy minute on the shared machine
// hits all peers alike; ratios are taken within a round and the median of the rounds is reported.
// Every operation, the fileFinding mutation included, is driven against every peer that has a url for it.
//   node drive.mjs <peers.json>    (written by run.sh: [{ name, urls: { op: url }, key? }], the first is Hamahang)
// ROUNDS (default 5), SECONDS per run (5), WARMUP seconds per peer (3), OPS (comma list) tune it;
// SERVERS (a regular expression) keeps only the peers whose name matches (the first peer always stays).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const servers = process.env.SERVERS ? new RegExp(process.env.SERVERS) : null;
const peers = JSON.parse(readFileSync(process.argv[2], 'utf8')).filter((peer, i) => i === 0 || !servers || servers.test(peer.name));
const rounds = Number(process.env.ROUNDS ?? 5);
const seconds = Number(process.env.SECONDS_PER_RUN ?? 5);
const warmup = Number(process.env.WARMUP ?? 3);
const reads = ['districts', 'meetings', 'node', 'filtered'];
const ops = (process.env.OPS ?? [...reads, 'fileFinding'].join(',')).split(',');

function wrk(peer, op, duration) {
  const url = peer.urls[op];
  const out = execFileSync('/usr/bin/wrk', ['-t1', '-c16', `-d${duration}s`, '-s', join(here, 'post.lua'), url], {
    env: { ...process.env, BODY: join(here, 'operations', `${op}.json`), KEY: peer.key ?? '' },
    encoding: 'utf8',
  });
  const run = JSON.parse(out.trim().split('\n').at(-1));
  return { rps: run.requests / run.seconds, p50: run.p50 / 1000, p99: run.p99 / 1000, errors: run.errors };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fixed = (n, digits = 0) => n.toFixed(digits);

const results = {};
const started = new Date().toISOString();
const loads = [loadavg()[0]];
for (const op of ops) {
  const present = peers.filter((peer) => peer.urls[op]);
  for (const peer of present) wrk(peer, op, warmup);
  const runs = Object.fromEntries(present.map((peer) => [peer.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < present.length; i++) {
      const peer = present[(i + round) % present.length];
      runs[peer.name].push(wrk(peer, op, seconds));
    }
    loads.push(loadavg()[0]);
  }
  results[op] = runs;
  const ours = runs[present[0].name];
  console.log(`\n### ${op}\n`);
  console.log('| server | rps (median) | p50 ms | p99 ms | errors | Hamahang ÷ server (median of per-round ratios) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const peer of present) {
    const mine = runs[peer.name];
    const ratio = median(mine.map((run, r) => ours[r].rps / run.rps));
    const errors = mine.reduce((sum, run) => sum + run.errors, 0);
    console.log(`| ${peer.name} | ${fixed(median(mine.map((r) => r.rps)))} | ${fixed(median(mine.map((r) => r.p50)), 2)} | ${fixed(median(mine.map((r) => r.p99)), 2)} | ${errors} | ${peer === present[0] ? '—' : fixed(ratio, 2) + 'x'} |`);
  }
}
const load = { min: Math.min(...loads), median: median(loads), max: Math.max(...loads) };
console.log(`\n${rounds} rounds of ${seconds} s per server and operation after ${warmup} s of warm-up each, wrk -t1 -c16; started ${started},`
  + ` ended ${new Date().toISOString()}; 1-minute load average min ${fixed(load.min, 1)}, median ${fixed(load.median, 1)}, max ${fixed(load.max, 1)}.`);
writeFileSync(process.env.RESULTS ?? join(here, 'out', 'results.json'), JSON.stringify({ started, rounds, seconds, load, results }, null, 1));
