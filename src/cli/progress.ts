// A one-line progress bar on a terminal; silent when output is piped.
import type { IngestProgress } from '../ingest/ingest.js';

export function progressBar(stream: NodeJS.WriteStream = process.stderr): (p: IngestProgress) => void {
  if (!stream.isTTY) return () => {};
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (p.done !== p.total && now - last < 100) return;
    last = now;
    const width = 28;
    const filled = p.total ? Math.round((p.done / p.total) * width) : width;
    const name = p.current.length > 40 ? `…${p.current.slice(-39)}` : p.current;
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total} ${name}`.padEnd(90));
    if (p.done === p.total) stream.write('\r'.padEnd(91) + '\r');
  };
}
