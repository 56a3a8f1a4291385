// The shareable part of a view lives in the URL: what was asked or focused,
// the filters, the sizing and the selection. Expansions and hidden nodes are
// working state and are not kept.
import type { Level } from './api.js';
import { SIZE_METRICS, type SizeMetric } from './sizes.js';
import type { Filters } from './visibility.js';

export interface ViewState {
  q: string;
  by: Level | '';
  /** The parties of the conflict questions are scoped to, comma-separated. */
  conflict: string;
  focus: string;
  filters: Filters;
  size: SizeMetric;
  selected: string;
  stance: string;
}

const LEVELS = ['person', 'country', 'entity'];
const set = (v: string | null) => new Set((v ?? '').split(',').filter(Boolean));

export function readState(search = location.search): ViewState {
  const p = new URLSearchParams(search);
  const by = p.get('by') ?? '';
  const size = p.get('size') ?? 'degree';
  return {
    q: p.get('q') ?? '',
    conflict: p.get('conflict') ?? '',
    by: (LEVELS.includes(by) ? by : '') as Level | '',
    focus: p.get('focus') ?? '',
    filters: {
      hiddenRelations: set(p.get('xrel')),
      hiddenNodeTypes: set(p.get('xtype')),
      hiddenDocs: set(p.get('xdoc')),
      from: p.get('from') ?? '',
      to: p.get('to') ?? '',
    },
    size: (SIZE_METRICS as readonly string[]).includes(size) ? (size as SizeMetric) : 'degree',
    selected: p.get('sel') ?? '',
    stance: p.get('stance') ?? '',
  };
}

export function writeState(s: ViewState): void {
  const p = new URLSearchParams();
  const put = (k: string, v: string) => v && p.set(k, v);
  put('q', s.q);
  put('by', s.by);
  put('conflict', s.conflict);
  put('focus', s.focus);
  put('xrel', [...s.filters.hiddenRelations].join(','));
  put('xtype', [...s.filters.hiddenNodeTypes].join(','));
  put('xdoc', [...s.filters.hiddenDocs].join(','));
  put('from', s.filters.from);
  put('to', s.filters.to);
  if (s.size !== 'degree') put('size', s.size);
  put('sel', s.selected);
  put('stance', s.stance);
  const url = `${location.pathname}${p.size ? `?${p}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
}
