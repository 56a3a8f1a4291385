// The body of an extraction worker thread: an article in, rows out, one message at a
// time. The thread exists so a long extraction never blocks the server's event loop.
import { parentPort } from 'node:worker_threads';
import { extractDocument } from '../extract/extract.js';
import { toRows } from '../graph/rows.js';
import type { ExtractionRequest, ExtractionReply } from './extraction-messages.js';

const port = parentPort;
if (!port) throw new Error('extract-worker.ts runs only as a worker thread');

port.on('message', ({ id, article }: ExtractionRequest) => {
  let reply: ExtractionReply;
  try {
    reply = { id, rows: toRows(extractDocument(article)) };
  } catch (err) {
    reply = { id, error: (err as Error).message ?? String(err) };
  }
  port.postMessage(reply);
});
