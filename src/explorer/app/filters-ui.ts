// The left column: filters that double as the legend (each type's colour
// beside its checkbox), the date range and the documents in view.
import { docLabel } from './doc-index.js';
import { byId, h } from './dom.js';
import { edgeColor, NODE_TYPES, nodeColor, RELATION_TYPES, relationLabel } from './palette.js';
import type { Filters } from './visibility.js';

type Counts = Record<string, number>;

function option(name: string, label: string, swatch: HTMLElement, onToggle: (on: boolean) => void): HTMLLabelElement {
  const box = h('input', { type: 'checkbox', name, checked: true });
  box.addEventListener('change', () => onToggle(box.checked));
  return h('label', { class: 'opt', 'data-type': name }, box, swatch, h('span', {}, label), h('span', { class: 'count' }, '0'));
}

function toggle(set: Set<string>, key: string, on: boolean): void {
  if (on) set.delete(key);
  else set.add(key);
}

export class FilterPanel {
  private readonly relations = byId('rel-filter');
  private readonly nodeTypes = byId('node-filter');
  private readonly docs = byId('doc-filter');
  private readonly from = byId<HTMLInputElement>('date-from');
  private readonly to = byId<HTMLInputElement>('date-to');
  private shownDocs = '';

  constructor(
    private readonly filters: Filters,
    private readonly onChange: () => void,
  ) {
    for (const t of RELATION_TYPES) {
      this.relations.append(option(t, relationLabel(t), h('span', { class: 'swatch line', style: `background:${edgeColor(t)}` }), (on) => this.set(this.filters.hiddenRelations, t, on)));
    }
    for (const t of NODE_TYPES) {
      this.nodeTypes.append(option(t, t, h('span', { class: 'swatch', style: `background:${nodeColor(t)}` }), (on) => this.set(this.filters.hiddenNodeTypes, t, on)));
    }
    const dates = () => {
      this.filters.from = this.from.value;
      this.filters.to = this.to.value;
      this.onChange();
    };
    this.from.addEventListener('change', dates);
    this.to.addEventListener('change', dates);
  }

  private set(target: Set<string>, key: string, on: boolean): void {
    toggle(target, key, on);
    this.onChange();
  }

  /** Counts are of the whole model, so an unchecked type still says how much it hides. */
  update(edgeCounts: Counts, nodeCounts: Counts, docCounts: Counts): void {
    const docs = Object.keys(docCounts).sort();
    this.paint(this.relations, edgeCounts, this.filters.hiddenRelations);
    this.paint(this.nodeTypes, nodeCounts, this.filters.hiddenNodeTypes);
    this.from.value = this.filters.from;
    this.to.value = this.filters.to;
    const signature = docs.join('\n');
    if (signature !== this.shownDocs) {
      this.shownDocs = signature;
      this.docs.replaceChildren(
        this.docs.querySelector('legend')!,
        ...(docs.length ? docs.map((d) => option(d, docLabel(d), h('span', {}), (on) => this.set(this.filters.hiddenDocs, d, on))) : [h('p', { class: 'hint' }, 'None in view yet.')]),
      );
    }
    this.paint(this.docs, docCounts, this.filters.hiddenDocs);
  }

  private paint(container: HTMLElement, counts: Counts, hidden: Set<string>): void {
    for (const label of container.querySelectorAll<HTMLLabelElement>('label.opt')) {
      const type = label.dataset.type!;
      label.querySelector('input')!.checked = !hidden.has(type);
      label.querySelector('.count')!.textContent = String(counts[type] ?? 0);
      label.classList.toggle('absent', !counts[type]);
    }
  }
}
