// Extraction off the main thread: one worker takes documents one at a time from
// a bounded queue, each within a time and memory budget. A document over budget
// costs its worker (stopped and replaced), never the server's event loop.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocumentRows } from '../graph/rows.js';
import type { Article } from '../model/article.js';
import type { ExtractionReply, ExtractionRequest } from './extraction-messages.js';

export interface ExtractionBudget {
  /** Longest one document may take before its worker is stopped. */
  timeoutMs: number;
  /** Old-generation heap a worker may use; a 5 MB article needs several hundred. */
  heapMb: number;
  /** Documents that may wait behind the one being extracted; more are refused at once. */
  maxQueued: number;
}

export const DEFAULT_EXTRACTION_BUDGET: ExtractionBudget = { timeoutMs: 120_000, heapMb: 1536, maxQueued: 8 };

/**
 * busy: the queue is full; timeout, memory: the document is over budget;
 * unextractable: the extractor threw on it; unavailable: the worker itself failed.
 */
export type RefusalReason = 'busy' | 'timeout' | 'memory' | 'unextractable' | 'unavailable';

export class ExtractionRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractionRefused';
  }
}

interface Task {
  request: ExtractionRequest;
  resolve(rows: DocumentRows): void;
  reject(err: Error): void;
}

// Run from TypeScript sources (tsx, jest), the worker must load tsx itself:
// worker threads do not inherit the main thread's module hooks.
const WORKER_URL = new URL(`./extract-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;
const BOOTSTRAP = WORKER_URL.endsWith('.ts')
  ? `import(${JSON.stringify(tsxEsmApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL)}); });`
  : `import(${JSON.stringify(WORKER_URL)});`;

/** tsx's ESM register(), found through its package exports (its CommonJS twin resolves its hooks wrongly from a worker). */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const entry = (require(manifest) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api']!.import.default;
  return pathToFileURL(path.join(path.dirname(manifest), entry)).href;
}

export class ExtractionPool {
  private worker: Worker | undefined;
  private current: { task: Task; timer: NodeJS.Timeout } | undefined;
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly budget: ExtractionBudget = DEFAULT_EXTRACTION_BUDGET) {}

  /** How many documents are being extracted or waiting. */
  get load(): number {
    return this.queue.length + (this.current ? 1 : 0);
  }

  extract(article: Article): Promise<DocumentRows> {
    if (this.closed) return Promise.reject(new ExtractionRefused('unavailable', 'the extraction pool is closed'));
    if (this.current && this.queue.length >= this.budget.maxQueued) {
      return Promise.reject(new ExtractionRefused('busy', `${this.load} documents are already being extracted or waiting; try again shortly`));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, article }, resolve, reject });
      this.startNext();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new ExtractionRefused('unavailable', 'the server is shutting down'));
    this.finishCurrent()?.reject(new ExtractionRefused('unavailable', 'the server is shutting down'));
    await this.stopWorker();
  }

  private startNext(): void {
    if (this.current) return;
    const task = this.queue.shift();
    if (!task) return;
    const timer = setTimeout(() => this.onTimeout(), this.budget.timeoutMs);
    this.current = { task, timer };
    this.ensureWorker().postMessage(task.request);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(BOOTSTRAP, { eval: true, resourceLimits: { maxOldGenerationSizeMb: this.budget.heapMb } });
    // An idle worker must not keep a CLI process alive.
    worker.unref();
    worker.on('message', (reply: ExtractionReply) => this.onReply(reply));
    worker.on('error', (err: Error & { code?: string }) => this.onWorkerError(worker, err));
    worker.on('exit', () => this.onWorkerExit(worker));
    this.worker = worker;
    return worker;
  }

  private onReply(reply: ExtractionReply): void {
    if (this.current?.task.request.id !== reply.id) return;
    const task = this.finishCurrent()!;
    if ('rows' in reply) task.resolve(reply.rows);
    else task.reject(new ExtractionRefused('unextractable', `extraction failed: ${reply.error}`));
    this.startNext();
  }

  private onTimeout(): void {
    const task = this.finishCurrent();
    if (!task) return;
    task.reject(new ExtractionRefused('timeout', `extraction took longer than ${Math.round(this.budget.timeoutMs / 1000)} s and was stopped; split the document`));
    void this.stopWorker().then(() => this.startNext());
  }

  private onWorkerError(worker: Worker, err: Error & { code?: string }): void {
    if (worker !== this.worker) return;
    const task = this.finishCurrent();
    if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      task?.reject(new ExtractionRefused('memory', `extraction needed more than ${this.budget.heapMb} MB and was stopped; split the document`));
    } else {
      task?.reject(new ExtractionRefused('unavailable', `the extraction worker failed: ${err.message}`));
    }
  }

  private onWorkerExit(worker: Worker): void {
    if (worker !== this.worker) return;
    // A worker that died without an error event still must not strand its task.
    this.worker = undefined;
    this.finishCurrent()?.reject(new ExtractionRefused('unavailable', 'the extraction worker stopped unexpectedly'));
    if (!this.closed) this.startNext();
  }

  private finishCurrent(): Task | undefined {
    const current = this.current;
    if (!current) return undefined;
    clearTimeout(current.timer);
    this.current = undefined;
    return current.task;
  }

  private async stopWorker(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }
}
