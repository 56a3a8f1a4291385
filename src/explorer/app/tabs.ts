// The side panel's tabs (WAI-ARIA tabs pattern: arrow keys move between them).
export function setupTabs(root: HTMLElement): (id: string) => void {
  const tabs = [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const show = (id: string) => {
    for (const tab of tabs) {
      const on = tab.id === id;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      document.getElementById(tab.getAttribute('aria-controls')!)!.hidden = !on;
    }
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => show(tab.id));
    tab.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      const next = tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]!;
      show(next.id);
      next.focus();
    });
  });
  show(tabs.find((t) => t.getAttribute('aria-selected') === 'true')?.id ?? tabs[0]!.id);
  return show;
}
