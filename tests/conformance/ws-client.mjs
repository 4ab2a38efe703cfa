// Subscribes with graphql-ws's own client (protocol graphql-transport-ws, over the `ws` package) and
// prints what it received as JSON on stdout:
//
//   node ws-client.mjs <ws-url> '<query>' ['<variables json>'] ['<connection_init payload json>']
//
// { events: [ <each next payload> ], completed: true|false, error: <error payload or close event>|null }

import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, query, variables, connectionParams] = process.argv.slice(2);
if (!url || !query) {
  console.error("usage: node ws-client.mjs <ws-url> '<query>' ['<variables>'] ['<connection params>']");
  process.exit(2);
}

const client = createClient({
  url,
  webSocketImpl: WebSocket,
  retryAttempts: 0,
  lazy: true,
  connectionParams: connectionParams ? JSON.parse(connectionParams) : undefined,
});

const events = [];
let completed = false;
let error = null;
await new Promise((resolve) => {
  client.subscribe(
    { query, variables: variables ? JSON.parse(variables) : undefined },
    {
      next: (value) => events.push(value),
      error: (reason) => {
        error = Array.isArray(reason)
          ? reason
          : { code: reason?.code ?? null, reason: reason?.reason ?? String(reason?.message ?? reason) };
        resolve();
      },
      complete: () => {
        completed = true;
        resolve();
      },
    },
  );
});

await client.dispose();
console.log(JSON.stringify({ events, completed, error }));
