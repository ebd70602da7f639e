// The agenda page's island: a start time and a group size typed by the facilitator turn the steps'
// offsets into clock times and the print list into numbers of copies. Both are kept in the page's
// address (?start=09:30&group=12), so a reload, a bookmark or the presenter view keeps them.
import {
  addMinutes,
  clockValue,
  copiesFor,
  elapsed,
  formatClock,
  parseClock,
  parseGroupSize,
} from '../core/agenda-clock.ts';

class AgendaClock extends HTMLElement {
  connectedCallback() {
    const start = this.querySelector<HTMLInputElement>('[data-start]');
    const group = this.querySelector<HTMLInputElement>('[data-group]');
    const params = new URLSearchParams(location.search);
    const startParam = parseClock(params.get('start') ?? '');
    if (start && startParam !== undefined) start.value = clockValue(startParam);
    const groupParam = parseGroupSize(params.get('group') ?? '');
    if (group && groupParam !== undefined) group.value = String(groupParam);

    this.querySelector('[data-print]')?.addEventListener('click', () => print());
    start?.addEventListener('input', () => this.update());
    group?.addEventListener('input', () => this.update());
    this.update();
  }

  private update() {
    const startValue = this.querySelector<HTMLInputElement>('[data-start]')?.value ?? '';
    const groupInput = this.querySelector<HTMLInputElement>('[data-group]');
    const start = parseClock(startValue);
    const group = groupInput ? parseGroupSize(groupInput.value) : undefined;
    const lang = document.documentElement.lang;

    for (const time of this.querySelectorAll<HTMLTimeElement>('time[data-offset]')) {
      const offset = Number(time.dataset.offset);
      const at = start === undefined ? undefined : addMinutes(start, offset);
      time.textContent = at ? formatClock(at, lang) : elapsed(offset);
      if (at) time.dateTime = clockValue(at.minutes);
      else time.removeAttribute('datetime');
      const nextDay = time.parentElement?.querySelector<HTMLElement>('[data-next-day]');
      if (nextDay) nextDay.hidden = !at || at.day === 0;
    }

    const facilitators = Number(this.dataset.facilitators ?? 0);
    if (group !== undefined)
      for (const cell of this.querySelectorAll<HTMLElement>('[data-copies]'))
        cell.textContent = String(copiesFor(Number(cell.dataset.copies), group, facilitators));
    groupInput?.setAttribute('aria-invalid', String(group === undefined));

    const url = new URL(location.href);
    if (start === undefined) url.searchParams.delete('start');
    else url.searchParams.set('start', clockValue(start));
    if (group === undefined) url.searchParams.delete('group');
    else url.searchParams.set('group', String(group));
    history.replaceState(history.state, '', url);
    // The presenter view and the notes window show clock times from the same start.
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-carry-start]')) {
      const target = new URL(link.href);
      if (start === undefined) target.searchParams.delete('start');
      else target.searchParams.set('start', clockValue(start));
      link.href = target.pathname + target.search;
    }
  }
}

customElements.define('mnk-agenda-clock', AgendaClock);
