// The stance tab: for one object (or a conflict's parties), which actors
// condemned, criticized, urged, expressed concern, supported — the table an
// analyst pastes into a brief. Backed by the catalog's `stance` query.
import { api, type Level } from './api.js';
import { byId, h } from './dom.js';
import { edgeColor, relationLabel } from './palette.js';

interface StanceRow {
  key: string;
  name: string;
  type: string;
  evidence: { doc: string; sentence: string }[];
  stances: Record<string, number>;
}

// Column order runs from hostile to friendly, as analysts read a stance table.
const COLUMNS = ['CONDEMNS', 'CRITICIZES', 'EXPRESSES_CONCERN', 'URGES', 'SUPPORTS', 'OFFERS', 'CONTACTS', 'CITES'];

export class StanceView {
  private readonly panel = byId('panel-stance');
  private readonly input = h('input', { id: 'stance-object', type: 'search', placeholder: 'Object: India, Operation Sindoor…', 'aria-label': 'Object of the stance table' });
  private readonly level = h('select', { id: 'stance-by', 'aria-label': 'Actors as' }, h('option', { value: 'country' }, 'countries'), h('option', { value: 'person' }, 'speakers'));
  private readonly body = h('div', { id: 'stance-table' });

  constructor(private readonly openActor: (key: string) => void) {
    const form = h('form', { class: 'stance-form' }, this.input, this.level, h('button', { type: 'submit' }, 'Show'));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.show(this.input.value);
    });
    this.panel.replaceChildren(
      h('p', { class: 'hint' }, 'Who condemned, urged, supported or worried about one entity; separate several with “;” for a conflict.'),
      form,
      this.body,
    );
  }

  async show(object: string): Promise<void> {
    this.input.value = object;
    const names = object.split(';').map((s) => s.trim()).filter(Boolean);
    if (!names.length) return;
    this.body.replaceChildren(h('p', { class: 'hint' }, 'Loading…'));
    try {
      const params = new URLSearchParams();
      for (const n of names) params.append('object', n);
      params.set('by', this.level.value as Level);
      const page = await api.query<StanceRow>('stance', params);
      this.render(page.items);
    } catch (err) {
      this.body.replaceChildren(h('p', { class: 'error' }, (err as Error).message));
    }
  }

  private render(rows: StanceRow[]): void {
    if (!rows.length) {
      this.body.replaceChildren(h('p', { class: 'hint' }, 'Nobody made a statement about it.'));
      return;
    }
    // Only the stances someone took, so the table fits beside the graph.
    const columns = COLUMNS.filter((t) => rows.some((r) => r.stances[t]));
    this.body.replaceChildren(
      h('table', { class: 'stance' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Actor'), columns.map((c) => h('th', { scope: 'col', title: relationLabel(c) }, abbreviation(c))))),
        h('tbody', {},
          rows.map((r) =>
            h('tr', { 'data-actor': r.name },
              h('th', { scope: 'row' }, h('button', { type: 'button', class: 'linkish', title: r.evidence[0]?.sentence, onclick: () => this.openActor(r.key) }, r.name)),
              columns.map((c) => {
                const n = r.stances[c] ?? 0;
                return h('td', { class: 'mark', style: n ? `color:${edgeColor(c)}` : undefined, 'aria-label': `${relationLabel(c)}: ${n}` }, n ? `●${n > 1 ? n : ''}` : '');
              }),
            ),
          ),
        ),
      ),
    );
  }
}

function abbreviation(type: string): string {
  return { CONDEMNS: 'condemn', CRITICIZES: 'criticize', URGES: 'urge', EXPRESSES_CONCERN: 'concern', SUPPORTS: 'support', OFFERS: 'offer', CONTACTS: 'contact', CITES: 'cite' }[type] ?? type;
}
