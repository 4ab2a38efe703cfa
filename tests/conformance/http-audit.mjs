// Runs graphql-http's server audits (the GraphQL over HTTP specification's MUST, SHOULD and MAY
// requirements) against a running server and prints a JSON summary on stdout:
//
//   node http-audit.mjs <url> [--preflight]
//
// { total, counts: { MUST: {ok, failed}, SHOULD: {...}, MAY: {...} }, errors: [...], warnings: [...], notices: [...] }
// errors are failed MUSTs, warnings failed SHOULDs, notices failed MAYs (each { id, name, reason }).
// --preflight adds the `GraphQL-Preflight: 1` header to every request, as our own clients send it
// (the server refuses a GET without it: CSRF protection).

import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node http-audit.mjs <url> [--preflight]');
  process.exit(2);
}

const preflight = process.argv.includes('--preflight');
const fetchFn = preflight
  ? (input, init = {}) => fetch(input, { ...init, headers: { ...(init.headers ?? {}), 'graphql-preflight': '1' } })
  : fetch;

const results = await auditServer({ url, fetchFn });
const counts = { MUST: { ok: 0, failed: 0 }, SHOULD: { ok: 0, failed: 0 }, MAY: { ok: 0, failed: 0 } };
const failures = { error: [], warn: [], notice: [] };
for (const result of results) {
  const level = result.name.split(' ')[0];
  if (result.status === 'ok') {
    counts[level].ok++;
  } else {
    counts[level].failed++;
    const body = result.response ? await result.response.text().catch(() => '') : '';
    failures[result.status].push({ id: result.id, name: result.name, reason: result.reason, status: result.response?.status, body });
  }
}

console.log(JSON.stringify({
  total: results.length,
  counts,
  errors: failures.error,
  warnings: failures.warn,
  notices: failures.notice,
}));
