// The "In view" tab: the answer to the last question and every visible node
// as a button, which makes the graph usable from the keyboard (and readable
// by tests) without pointing at the canvas.
import type { Answer, AskResponse } from './api.js';
import { fill, h } from './dom.js';
import type { ViewGraph } from './model.js';
import { nodeColor } from './palette.js';
import type { Visibility } from './visibility.js';

export interface ViewListActions {
  select(key: string): void;
  ask(question: string): void;
}

function answerBlock(answer: AskResponse | null, actions: ViewListActions): HTMLElement | null {
  if (!answer) return null;
  if (answer.status === 'not-understood') {
    return h('section', { id: 'answer', 'data-status': answer.status },
      h('h3', {}, 'Not understood'),
      h('p', {}, answer.understood),
      answer.suggestions.length ? h('p', { class: 'hint' }, 'Questions of these forms work:') : null,
      h('div', { class: 'suggestions' }, answer.suggestions.map((s) => h('button', { type: 'button', onclick: () => actions.ask(s) }, s))),
    );
  }
  return h('section', { id: 'answer', 'data-status': answer.status },
    h('h3', {}, `Answer: ${answer.total}`),
    h('p', { class: 'understood' }, `Read as: ${answer.understood}`),
    h('p', { class: 'meta' }, `query ${answer.query}: ${Object.entries(answer.params).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : String(v)}`).join(', ')}`),
    h('ol', { class: 'answer-list' }, answer.answers.map((a) => h('li', { 'data-answer': a.name }, a.name, h('span', { class: 'source' }, ` · ${support(a)}`)))),
  );
}

/** How much backs an answer: its statements when counted (evidence is then a sample), else its sentences. */
function support(a: Answer): string {
  const [n, what] = a.statements === undefined ? [a.evidence.length, 'source'] : [a.statements, 'statement'];
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

export function renderViewList(panel: HTMLElement, graph: ViewGraph, vis: Visibility, selected: string | null, answer: AskResponse | null, actions: ViewListActions): void {
  const nodes = [...vis.nodes]
    .map((key) => ({ key, ...graph.getNodeAttributes(key) }))
    .sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name));
  fill(panel, 
    answerBlock(answer, actions),
    h('h3', {}, `Nodes in view (${nodes.length}) · edges ${vis.edges.size}`),
    h('ul', { class: 'plain', id: 'view-nodes' },
      nodes.map((n) =>
        h('li', { 'data-node-key': n.key, 'data-node-type': n.type },
          h('button', { type: 'button', 'aria-current': n.key === selected ? 'true' : undefined, onclick: () => actions.select(n.key) },
            h('span', { class: 'swatch', style: `background:${nodeColor(n.type)}` }),
            h('span', { class: 'name' }, n.name),
            h('span', { class: 'type' }, n.type),
          ),
        ),
      ),
    ),
  );
}
