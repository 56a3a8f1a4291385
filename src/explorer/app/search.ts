// The find box: autocomplete over names and aliases (WAI-ARIA combobox), so
// an entity is one search away whether the analyst types "UN" or "Guterres".
import { api, type EntityHit } from './api.js';
import { byId, h } from './dom.js';
import { nodeColor } from './palette.js';

const DEBOUNCE_MS = 150;

export function setupSearch(onPick: (hit: EntityHit) => void): void {
  const input = byId<HTMLInputElement>('search');
  const list = byId<HTMLUListElement>('search-list');
  let hits: EntityHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stale = false;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const paint = () => {
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const alias = hit.aliases.find((a) => a.toLowerCase().includes(input.value.trim().toLowerCase()));
        return h('li', { id: `search-opt-${i}`, role: 'option', 'aria-selected': i === active ? 'true' : 'false', 'data-key': hit.key, onmousedown: (e: Event) => { e.preventDefault(); pick(i); } },
          h('span', { class: 'swatch', style: `background:${nodeColor(hit.type)}` }),
          h('span', {}, hit.name),
          h('span', { class: 'alias' }, alias && alias !== hit.name ? `(${alias})` : hit.type),
        );
      }),
    );
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-opt-${active}`);
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.name;
    close();
    onPick(hit);
  };
  const lookup = async () => {
    const text = input.value.trim();
    if (!text) {
      hits = [];
      close();
      return;
    }
    // Answers can arrive out of order; only the latest question's answer is shown.
    const mine = ++asked;
    stale = false;
    try {
      const page = await api.search(text);
      if (mine !== asked) return;
      hits = page.items;
      active = -1;
      paint();
    } catch {
      hits = [];
      close();
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    stale = true;
    timer = setTimeout(lookup, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!hits.length) return;
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      paint();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      // Enter typed faster than the debounce still picks from what was typed.
      if (stale) {
        clearTimeout(timer);
        void lookup().then(() => pick(0));
      } else pick(active >= 0 ? active : 0);
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
}
