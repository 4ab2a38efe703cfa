// Our GraphQL client. Every document is a file under /operations/ (schema/operations/ in the
// repository), fetched once by its operation name and sent exactly as served, so the host
// recognises it as a trusted document. No document text is ever built here.

import { getKey } from './auth.js';

const documents = new Map();

export class ApiError extends Error {
  // kind: 'network' | 'auth' | 'forbidden' | 'trusted' | 'graphql' | 'http'
  constructor(kind, message, details = {}) {
    super(message);
    this.kind = kind;
    this.errors = details.errors ?? [];
    this.status = details.status;
  }
}

const authListeners = new Set();
export function onAuthExpired(fn) {
  authListeners.add(fn);
}

export async function documentText(name) {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new Error(`bad operation name ${name}`);
  if (!documents.has(name)) {
    const pending = fetch(`/operations/${name}.graphql`, { headers: { Accept: 'text/plain' } })
      .then((res) => {
        if (!res.ok) throw new ApiError('http', `operation ${name}: HTTP ${res.status}`, { status: res.status });
        return res.text();
      })
      .catch((e) => {
        documents.delete(name);
        throw e instanceof ApiError ? e : new ApiError('network', e.message);
      });
    documents.set(name, pending);
  }
  return documents.get(name);
}

function classify(errors, status) {
  const codes = errors.map((e) => e.extensions?.code);
  if (status === 401 || codes.includes('AUTH_NOT_AUTHENTICATED')) return 'auth';
  if (codes.includes('HC0067')) return 'trusted';
  if (codes.includes('AUTH_NOT_AUTHORIZED')) return 'forbidden';
  return status >= 400 && !errors.length ? 'http' : 'graphql';
}

// POSTs a document text; resolves to { status, json, cost }. Used by the console directly.
export async function post(text, operationName, variables, { signal, cost = false } = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
  const key = getKey();
  if (key) headers.Authorization = `ApiKey ${key}`;
  if (cost) headers['GraphQL-Cost'] = 'report';
  let res;
  try {
    res = await fetch('/graphql', {
      method: 'POST', headers, signal, body: JSON.stringify({ query: text, operationName: operationName || undefined, variables: variables ?? {} }),
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError('network', e.message);
  }
  let json = null;
  try { json = await res.json(); } catch { /* not JSON */ }
  return { status: res.status, json, cost: json?.extensions?.operationCost ?? null };
}

// Runs a trusted operation by name; resolves to its data. Throws ApiError when there is no data
// (or the key is refused); partial errors are on data.__errors.
export async function query(name, variables, options) {
  const text = await documentText(name);
  const { status, json } = await post(text, name, variables, options);
  const errors = json?.errors ?? [];
  const kind = errors.length || status >= 400 ? classify(errors, status) : null;
  if (kind === 'auth') {
    for (const fn of authListeners) fn();
    throw new ApiError('auth', errors[0]?.message ?? 'not authenticated', { errors, status });
  }
  // No data, or errors and every root field null (a bad cursor or id): nothing to show but the error.
  const roots = json?.data ? Object.values(json.data) : [];
  if (!json || json.data === undefined || json.data === null || (errors.length && roots.length && roots.every((v) => v === null))) {
    throw new ApiError(kind ?? 'http', errors[0]?.message ?? `HTTP ${status}`, { errors, status });
  }
  if (errors.length) {
    Object.defineProperty(json.data, '__errors', { value: errors, enumerable: false });
  }
  return json.data;
}

// Runs a mutation document whose one root field returns a payload { <record>, errors }.
// Resolves to the payload. Throws ApiError on transport, auth or GraphQL errors.
export async function mutate(name, input) {
  const data = await query(name, { input });
  const payload = Object.values(data)[0];
  if (!payload) {
    const errors = data.__errors ?? [];
    throw new ApiError(classify(errors, 200), errors[0]?.message ?? 'no payload', { errors });
  }
  return payload;
}

// One idempotency key per form: crypto.randomUUID where available (secure contexts), else random bytes.
export function idempotencyKey() {
  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  if (globalThis.crypto?.getRandomValues) crypto.getRandomValues(bytes);
  else for (let i = 0; i < 16; i += 1) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// ---- Subscriptions over WebSocket (graphql-transport-ws) ----

let socket = null;
let acked = false;
let nextId = 1;
let retryDelay = 1000;
const active = new Map(); // id -> { name, variables, text, handlers }
const statusListeners = new Set();

export function onSocketStatus(fn) {
  statusListeners.add(fn);
}

function setStatus(s) {
  for (const fn of statusListeners) fn(s);
}

function send(msg) {
  if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(msg));
}

function startAll() {
  for (const [id, sub] of active) {
    send({ id, type: 'subscribe', payload: { query: sub.text, operationName: sub.name, variables: sub.variables } });
  }
}

function connect() {
  if (socket || !active.size) return;
  const url = `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
  socket = new WebSocket(url, 'graphql-transport-ws');
  acked = false;
  socket.addEventListener('open', () => {
    send({ type: 'connection_init', payload: { Authorization: `ApiKey ${getKey() ?? ''}` } });
  });
  socket.addEventListener('message', (event) => {
    let msg;
    try { msg = JSON.parse(event.data); } catch { return; }
    switch (msg.type) {
      case 'connection_ack':
        acked = true;
        retryDelay = 1000;
        setStatus('open');
        startAll();
        break;
      case 'ping':
        send({ type: 'pong' });
        break;
      case 'next': {
        const sub = active.get(msg.id);
        if (sub && msg.payload?.data) sub.handlers.next?.(msg.payload.data);
        else if (sub && msg.payload?.errors) sub.handlers.error?.(msg.payload.errors);
        break;
      }
      case 'error': {
        const sub = active.get(msg.id);
        sub?.handlers.error?.(msg.payload);
        active.delete(msg.id);
        break;
      }
      case 'complete':
        active.delete(msg.id);
        break;
      default:
        break;
    }
  });
  socket.addEventListener('close', (event) => {
    socket = null;
    acked = false;
    setStatus('closed');
    if (event.code === 4403 || event.code === 4401) return; // refused key: no retry
    if (active.size) {
      setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 30000);
    }
  });
}

// Subscribes to a trusted subscription document; returns a function that unsubscribes.
export async function subscribe(name, variables, handlers) {
  const text = await documentText(name);
  const id = String(nextId++);
  active.set(id, { name, variables, text, handlers });
  if (!socket) connect();
  else if (acked) send({ id, type: 'subscribe', payload: { query: text, operationName: name, variables } });
  return () => {
    if (active.delete(id)) send({ id, type: 'complete' });
    if (!active.size && socket) {
      socket.close(1000);
      socket = null;
    }
  };
}

export function closeSocket() {
  active.clear();
  if (socket) socket.close(1000);
  socket = null;
}
