// The explorer as an analyst works it (issue #15), in Chromium, on a store
// ingested from the articles shipped in data/articles: questions add to the
// view, a question not understood clears the answer, conflicts scope answers,
// expansions keep the camera on the answer, parallel relations are one line,
// shortest paths, and a sortable table.
import path from 'node:path';
import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../src/server/start.js';
import { openExplorerSession, SHOTS, type ExplorerSession } from '../helpers/explorer-session.js';

const ARTICLES = path.resolve(import.meta.dirname, '../../data/articles');

jest.setTimeout(120_000);

let session: ExplorerSession;
let server: RunningServer;
let page: Page;

beforeAll(async () => {
  session = await openExplorerSession(ARTICLES, 'analyst-view');
  ({ server, page } = session);
  await page.goto(server.url);
  await page.waitForSelector('body[data-state="idle"]');
});

afterAll(async () => {
  await session?.close();
});

async function settled(): Promise<void> {
  await page.waitForSelector('body[data-state="idle"]');
  await page.waitForSelector('body[data-layout="stopped"]');
  // The camera's framing animation runs once the layout stops.
  await page.waitForTimeout(500);
}

async function ask(q: string, level = 'country'): Promise<void> {
  await page.fill('#q', q);
  await page.selectOption('#by', level);
  await page.click('#ask-form button[type="submit"]');
  // The submit handler marks the page as loading before it returns; idle means this answer is in.
  await page.waitForSelector('body[data-state="idle"]');
  await page.waitForSelector('#answer[data-status]', { state: 'attached' });
  if ((await page.getAttribute('#answer', 'data-status')) === 'answered') await settled();
}

const answers = () => page.locator('#answer li[data-answer]').evaluateAll((items) => items.map((li) => li.getAttribute('data-answer')!));
const nodeKeys = () => page.locator('#view-nodes li').evaluateAll((items) => items.map((li) => li.getAttribute('data-node-key')!));
const keyOf = (name: string) => page.locator('#view-nodes li', { has: page.locator('.name', { hasText: new RegExp(`^${name}$`) }) }).first().getAttribute('data-node-key');

async function clearView(): Promise<void> {
  await page.click('#reset');
  await page.waitForFunction(() => document.getElementById('graph')!.dataset.visibleNodes === '0');
}

test('a question it does not understand clears the previous answer and says so', async () => {
  await ask('who criticized Israel?');
  expect(await answers()).toEqual(expect.arrayContaining(['Saudi Arabia', 'Oman']));
  await ask('what is the weather like in Geneva?');
  expect(await page.getAttribute('#answer', 'data-status')).toBe('not-understood');
  expect(await answers()).toEqual([]);
  expect(await page.getAttribute('#graph', 'data-answers')).toBe('0');
  expect(await page.textContent('#status')).toMatch(/^Not understood: “what is the weather like in Geneva\?”/);
  await page.screenshot({ path: path.join(SHOTS, 'a1-not-understood.png') });
});

test('a conflict scopes the answer, and is kept in the URL', async () => {
  await clearView();
  await page.fill('#conflict', 'Thailand, Cambodia');
  await ask('who called for a ceasefire?');
  const got = await answers();
  expect(got).toEqual(expect.arrayContaining(['Malaysia', 'Cambodia', 'United States']));
  // China and Britain called for a ceasefire between India and Pakistan, not here.
  expect(got).not.toContain('China');
  expect(got).not.toContain('United Kingdom');
  expect(page.url()).toContain('conflict=Thailand');
  expect(await page.textContent('#answer .understood')).toContain('in the conflict between Thailand and Cambodia');
  await page.fill('#conflict', '');
});

test('a second question adds to the view, and Clear view empties it', async () => {
  await clearView();
  await ask('who criticized Israel?');
  const first = await nodeKeys();
  await ask('who mediated between India and Pakistan?');
  const second = await nodeKeys();
  expect(first.filter((k) => !second.includes(k))).toEqual([]);
  expect(second.length).toBeGreaterThan(first.length);
  expect(await answers()).toEqual(expect.arrayContaining(['Saudi Arabia', 'Iran', 'United States']));
  await page.screenshot({ path: path.join(SHOTS, 'a2-two-questions.png') });
  await clearView();
  expect(await nodeKeys()).toEqual([]);
});

test('parallel relations between two nodes are one line, thicker with more sources', async () => {
  await clearView();
  await page.fill('#search', 'India');
  await page.waitForSelector('#search-list li[role="option"]');
  await page.keyboard.press('Enter');
  await settled();
  const visible = Number(await page.getAttribute('#graph', 'data-visible-edges'));
  const drawn = await page.evaluate(() => (window as unknown as { dipgraph: { drawnEdges(): { edges: number; sources: number; size: number }[] } }).dipgraph.drawnEdges());
  expect(Number(await page.getAttribute('#graph', 'data-drawn-edges'))).toBe(drawn.length);
  expect(drawn.length).toBeLessThan(visible);
  expect(drawn.reduce((n, d) => n + d.edges, 0)).toBe(visible);
  expect(drawn.some((d) => d.edges > 1)).toBe(true);
  const one = drawn.find((d) => d.sources === 1)!;
  const most = drawn.reduce((a, b) => (b.sources > a.sources ? b : a));
  expect(most.sources).toBeGreaterThan(1);
  expect(most.size).toBeGreaterThan(one.size);
  await page.screenshot({ path: path.join(SHOTS, 'a3-merged-edges.png') });
});

test('expanding a node keeps the camera on the answer', async () => {
  await clearView();
  await ask('who condemned the strikes on Iran?');
  const names = await answers();
  expect(names).toEqual(expect.arrayContaining(['China', 'Iran', 'Oman', 'Pakistan', 'Saudi Arabia']));
  const keys = await Promise.all(names.map(keyOf));
  await page.locator('#view-nodes li[data-node-type="Country"] button', { hasText: /^Iran/ }).first().click();
  await page.waitForSelector('#expand-button');
  const before = Number(await page.getAttribute('#graph', 'data-visible-nodes'));
  await page.click('#expand-button');
  await page.waitForFunction((n) => Number(document.getElementById('graph')!.dataset.visibleNodes) > n, before);
  await settled();
  for (const key of keys) {
    const p = await page.evaluate((k) => (window as unknown as { dipgraph: { nodeOnScreen(k: string): { x: number; y: number; width: number; height: number } | null } }).dipgraph.nodeOnScreen(k!), key);
    expect({ key, on: p !== null && p.x >= 0 && p.y >= 0 && p.x <= p.width && p.y <= p.height }).toEqual({ key, on: true });
  }
  await page.screenshot({ path: path.join(SHOTS, 'a4-expanded.png') });
});

test('the Path tab finds the shortest chain between two actors and highlights it', async () => {
  const from = (await keyOf('Saudi Arabia'))!;
  const to = (await keyOf('Pakistan'))!;
  await page.click('#tab-path');
  await page.selectOption('#path-from', from);
  await page.selectOption('#path-to', to);
  await page.click('#path-form button[type="submit"]');
  await page.waitForSelector('#path-result[data-status="found"]');
  const chain = await page.locator('#path-result li').evaluateAll((items) => items.map((li) => li.getAttribute('data-node-key')!));
  expect(chain[0]).toBe(from);
  expect(chain.at(-1)).toBe(to);
  expect(chain.length).toBeGreaterThanOrEqual(3);
  expect(await page.getAttribute('#graph', 'data-path')).toBe(chain.join(' > '));
  await page.screenshot({ path: path.join(SHOTS, 'a5-path.png') });
});

test('the Table tab lists nodes and lines, sorted by the column clicked', async () => {
  await page.click('#tab-table');
  const column = (table: string, i: number) => page.locator(`#table-${table} tbody tr`).evaluateAll((rows, n) => rows.map((r) => r.children[n]!.textContent!), i);
  const degrees = (await column('nodes', 2)).map(Number);
  expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
  await page.click('#table-nodes th button[data-column="Name"]');
  const names = await column('nodes', 0);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  expect(await page.getAttribute('#table-nodes th:nth-child(1)', 'aria-sort')).toBe('ascending');
  await page.click('#table-nodes th button[data-column="Name"]');
  expect(await column('nodes', 0)).toEqual([...names].reverse());
  const most = (await column('edges', 3)).map(Number);
  expect(most).toEqual([...most].sort((a, b) => b - a));
  await page.click('#table-edges th button[data-column="Sources"]');
  expect(await page.getAttribute('#table-edges th:nth-child(4)', 'aria-sort')).toBe('ascending');
  const sources = (await column('edges', 3)).map(Number);
  expect(sources).toEqual([...sources].sort((a, b) => a - b));
  expect(sources.at(-1)).toBeGreaterThan(sources[0]!);
  expect(await page.locator('#table-edges tbody tr').count()).toBe(Number(await page.getAttribute('#graph', 'data-drawn-edges')));
  await page.screenshot({ path: path.join(SHOTS, 'a6-table.png') });
});
