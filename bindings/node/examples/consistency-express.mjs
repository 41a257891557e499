#!/usr/bin/env node
// Read-your-writes across the instances of a web app (issue 21): a write answered by one
// instance and a read served by another (behind a load balancer, say) would meet the API's
// read-model lag. The `CloudPirates-Consistency` header carries the SDK's consistency token
// from the response of the write to the next request, whichever instance serves it.
//
//   CLOUDPIRATES_API_KEY=... PORT=3000 node examples/consistency-express.mjs
//   curl -i -X POST localhost:3000/workspaces -H 'content-type: application/json' -d '{"name":"Ops","key":"ops"}'
//   curl -H 'CloudPirates-Consistency: <the header of that answer>' localhost:3001/workspaces/<id>
import { pathToFileURL } from 'node:url';

import express from 'express';
import { APIError, Client, InvalidRequestError } from '@cloudpirates/sdk';

/** The header carrying a consistency token to and from the app. */
export const HEADER = 'CloudPirates-Consistency';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Express middleware. The token of the incoming `CloudPirates-Consistency` header becomes the
 * per-call options of the request's SDK calls (`res.locals.cloudpirates`: pass it as the last
 * argument); the core checks it (a bad one rejects with `InvalidRequestError`). A successful
 * answer to a write carries `client.consistencyToken()` back in the same header: the recent
 * writes of this client (paths, times and field hashes; no data), at most 2 KB. For the token
 * of one write alone, use `.withResponse()` and `response.consistencyToken` instead.
 */
export function consistency(client) {
  return (req, res, next) => {
    const token = req.get(HEADER);
    res.locals.cloudpirates = token ? { consistencyToken: token } : {};
    if (!READS.has(req.method)) {
      const writeHead = res.writeHead;
      res.writeHead = function (status, ...rest) {
        if (status < 400) res.setHeader(HEADER, client.consistencyToken());
        return writeHead.call(this, status, ...rest);
      };
    }
    next();
  };
}

/** The app: create a workspace, read one; SDK errors become their HTTP status. */
export function createApp(client) {
  const app = express();
  app.use(express.json(), consistency(client));
  app.post('/workspaces', async (req, res) => {
    const ws = await client.workspaces.create({ workspaceName: req.body.name, workspaceKey: req.body.key }, res.locals.cloudpirates);
    res.status(201).json(ws);
  });
  app.get('/workspaces/:id', async (req, res) => {
    res.json(await client.workspaces.get(req.params.id, res.locals.cloudpirates));
  });
  app.use((err, _req, res, _next) => {
    const status = err instanceof InvalidRequestError ? 400 : err instanceof APIError && err.status ? err.status : 500;
    res.status(status).json({ error: err.name, message: err.message });
  });
  return app;
}

// Run directly: one instance on PORT (0 picks a free port), the client from the environment.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const client = new Client(); // CLOUDPIRATES_API_KEY, CLOUDPIRATES_BASE_URL
  const server = createApp(client).listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
    console.log(`listening on http://127.0.0.1:${server.address().port}`);
  });
  process.on('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
    void client.close();
  });
}
