// <mnk-findings>: what the map means, recomputed whenever the network changes; snapshots and exports.
// Numbers come from src/core/analysis, words from content/ui through t(); names are set as text only.
import { analyse, compareNetworks, type Analysis } from '../core/analysis/findings.ts';
import type { AnalysisSettings } from '../schemas/analysis.ts';
import { BACKGROUND_ATTRIBUTES } from '../core/person.ts';
import { peopleCsv, tiesCsv, toGraphML } from '../render/network-export.ts';
import type { Workbook } from '../core/workbook.ts';
import { downloadFile } from './download.ts';
import { session } from './session.ts';
import { t } from './strings.ts';

interface PageData {
  settings: AnalysisSettings;
  roles: { id: string; name: string }[];
  factors: { id: string; name: string; guide: { url: string; title: string } }[];
  needs: Record<string, string>;
  worksheets: Record<string, { title: string; url: string }>;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
};
const list = (items: (string | Node)[]) => {
  const ul = el('ul');
  for (const item of items) {
    const li = el('li');
    li.append(item);
    ul.append(li);
  }
  return ul;
};
const fixed = (n: number) => n.toLocaleString(document.documentElement.lang, { maximumFractionDigits: 2 });
const pct = (share: number) => Math.round(share * 100);
const link = (href: string, text: string) => el('a', text, { href });

class FindingsView extends HTMLElement {
  private data!: PageData;
  private frame = 0;

  connectedCallback() {
    this.data = JSON.parse(this.querySelector('[data-findings-data]')!.textContent!);
    session.start();
    for (const node of this.querySelectorAll<HTMLElement>('[data-js-only]')) node.hidden = false;
    const refresh = () => { cancelAnimationFrame(this.frame); this.frame = requestAnimationFrame(() => this.render()); };
    session.addEventListener('status', refresh);
    session.addEventListener('replaced', refresh);
    this.addEventListener('click', (e) => this.clicked(e));
    this.addEventListener('change', (e) => { if ((e.target as HTMLElement).matches('[data-compare]')) this.renderComparison(); });
    this.render();
  }

  private analysis(network: Workbook['network']): Analysis {
    const needs = session.draft.answers['know-yourself']?.['needs-now'];
    return analyse(network, this.data.roles.map((r) => r.id), Array.isArray(needs) ? (needs as string[]) : [], this.data.settings);
  }

  private render() {
    const box = this.querySelector('[data-findings]')!;
    const network = session.draft.network;
    if (network.people.length === 0) {
      box.replaceChildren(el('p', t('analysis.empty')));
      this.renderSnapshots();
      return;
    }
    const a = this.analysis(network);
    const roleName = (id: string) => this.data.roles.find((r) => r.id === id)?.name ?? id;
    const nameOf = (id: string) => network.people.find((p) => p.id === id)?.name ?? id;
    const parts: Node[] = [];

    if (a.type) {
      parts.push(el('h4', t('analysis.type.title')), el('p', t(`analysis.type.${a.type.type}`), { 'data-network-type': a.type.type }),
        el('p', t('analysis.type.basis', { sources: a.type.distinctSources, closePct: pct(a.type.closeShare) })),
        el('p', t('analysis.type.cutoffs', { minSources: this.data.settings.typology.highRangeFromSources, closeCut: pct(this.data.settings.typology.strongTiesFromCloseShare) }), { class: 'help' }));
    }

    parts.push(el('h4', t('analysis.roles.title')), list(a.coverage.map((c) => {
      const item = el('span', t(`analysis.roles.${c.status}`, { role: roleName(c.role), n: c.people, close: c.close }));
      item.dataset.coverage = `${c.role}:${c.status}`;
      return item;
    })));

    const latest = session.draft.snapshots.at(-1);
    const factorText: Record<string, string[]> = {
      sources: [t(`analysis.sources.${a.sources.status}`, { distinct: a.sources.distinct, homePct: pct(a.sources.homeShare) })],
      'career-stages': [t('analysis.stages.counts', a.stages.counts), ...(a.stages.missing.length && a.people ? [t('analysis.stages.missing', { stages: a.stages.missing.map((s) => t(`analysis.stage.${s}`)).join(', ') })] : [])],
      strength: [t(`analysis.strength.${a.strength.status}`, a.strength.counts)],
      backgrounds: BACKGROUND_ATTRIBUTES.map((attr) => {
        const d = a.backgrounds[attr];
        const attribute = t(`person.background.${attr}`);
        return d.status === 'ok'
          ? t('analysis.backgrounds.ok', { attribute, answers: d.answers, categories: d.categories, blau: fixed(d.blau), iqv: fixed(d.iqv) })
          : t('analysis.backgrounds.not-enough', { attribute, answers: d.answers, minimum: d.minimum });
      }),
      change: [latest ? this.changeSummary(latest) : t('analysis.change.none')],
    };
    parts.push(el('h4', t('analysis.factors.title')));
    const factors = el('dl', undefined, { class: 'factor-findings' });
    for (const f of this.data.factors) {
      const texts = factorText[f.id];
      if (!texts) continue;
      const dd = el('dd');
      for (const text of texts) dd.append(el('p', text));
      const help = el('p', `${t('analysis.factor.help')}: `);
      help.append(link(f.guide.url, f.guide.title));
      dd.append(help);
      factors.append(el('dt', f.name, { 'data-factor': f.id }), dd);
    }
    parts.push(factors);

    parts.push(el('h4', t('analysis.structure.title')));
    if (a.structure) {
      const s = a.structure;
      parts.push(list([
        t('analysis.structure.density', { value: fixed(s.density) }), t('analysis.structure.effectiveSize', { value: fixed(s.effectiveSize) }),
        t('analysis.structure.efficiency', { value: fixed(s.efficiency) }), t('analysis.structure.constraint', { value: fixed(s.constraint) }),
      ]));
    } else parts.push(el('p', t('analysis.structure.none')));

    parts.push(el('h4', t('analysis.goals.title')));
    parts.push(a.goals.length === 0 ? el('p', t('analysis.goals.none')) : list(a.goals.map((g) => {
      const need = this.data.needs[g.need] ?? g.need;
      const item = el('span', g.supporters.length ? t('analysis.goals.met', { need, people: g.supporters.map(nameOf).join(', ') }) : t('analysis.goals.unmet', { need }));
      if (!g.supporters.length) item.className = 'unmet';
      return item;
    })));

    parts.push(el('h4', t('analysis.suggestions.title')));
    parts.push(a.suggestions.length === 0 ? el('p', t('analysis.suggestions.none')) : list(a.suggestions.map((s) => {
      const subject = s.gap === 'missing-role' || s.gap === 'distant-only' ? roleName(s.subject!)
        : s.gap === 'missing-stage' ? t(`analysis.stage.${s.subject}`)
        : s.gap === 'unmet-need' ? this.data.needs[s.subject!] ?? s.subject!
        : s.gap === 'low-diversity' ? t(`person.background.${s.subject}`) : '';
      const item = el('span', `${t(`analysis.suggest.${s.gap}`, { subject })} `);
      item.dataset.suggestion = s.gap;
      const sheet = this.data.worksheets[s.worksheet];
      if (sheet) item.append(link(sheet.url, t('analysis.suggest.worksheet', { title: sheet.title })));
      return item;
    })));

    box.replaceChildren(...parts);
    this.renderSnapshots();
  }

  private changeSummary(snapshot: Workbook['snapshots'][number]) {
    const c = compareNetworks(snapshot.network, session.draft.network);
    return t('analysis.change.summary', { date: new Date(snapshot.takenAt).toLocaleDateString(document.documentElement.lang), added: c.added.length, lost: c.lost.length, closer: c.closer.length, farther: c.farther.length, roles: c.roleChanged.length });
  }

  /** The two selects list every snapshot and "now"; by default the latest snapshot against now. */
  private renderSnapshots() {
    const snapshots = session.draft.snapshots;
    const options = [...snapshots.map((s) => ({ value: s.id, label: new Date(s.takenAt).toLocaleString(document.documentElement.lang, { dateStyle: 'medium', timeStyle: 'short' }) })), { value: 'now', label: t('snapshot.now') }];
    for (const select of this.querySelectorAll<HTMLSelectElement>('[data-compare]')) {
      const previous = select.value;
      select.replaceChildren(...options.map((o) => el('option', o.label, { value: o.value })));
      const fallback = select.dataset.compare === 'from' ? (snapshots.at(-1)?.id ?? 'now') : 'now';
      // A new snapshot resets the choice to "latest snapshot against now"; otherwise the participant's choice stays.
      const changed = select.dataset.snapshots !== String(snapshots.length);
      select.dataset.snapshots = String(snapshots.length);
      select.value = !changed && options.some((o) => o.value === previous) ? previous : fallback;
    }
    this.renderComparison();
  }

  private renderComparison() {
    const box = this.querySelector('[data-comparison]')!;
    const snapshots = session.draft.snapshots;
    if (snapshots.length === 0) {
      box.replaceChildren(el('p', t('snapshot.none')));
      return;
    }
    const pickNetwork = (id: string) => (id === 'now' ? session.draft.network : snapshots.find((s) => s.id === id)?.network ?? session.draft.network);
    const from = pickNetwork(this.querySelector<HTMLSelectElement>('[data-compare="from"]')!.value);
    const to = pickNetwork(this.querySelector<HTMLSelectElement>('[data-compare="to"]')!.value);
    const c = compareNetworks(from, to);
    const names = (ids: string[], network: Workbook['network']) => ids.map((id) => network.people.find((p) => p.id === id)?.name ?? id).join(', ') || t('snapshot.nobody');
    const dl = el('dl', undefined, { class: 'comparison' });
    const rows: [string, string, string][] = [
      ['added', t('snapshot.added'), names(c.added, to)], ['lost', t('snapshot.lost'), names(c.lost, from)],
      ['closer', t('snapshot.closer'), names(c.closer, to)], ['farther', t('snapshot.farther'), names(c.farther, to)],
      ['roleChanged', t('snapshot.roleChanged'), names(c.roleChanged, to)],
    ];
    for (const [key, label, value] of rows) dl.append(el('dt', label), el('dd', value, { 'data-change': key }));
    const [before, after] = [this.analysis(from), this.analysis(to)];
    const typeName = (x: Analysis) => (x.type ? t(`analysis.typeName.${x.type.type}`) : '—');
    const missing = (x: Analysis) => x.coverage.filter((r) => r.status === 'none').map((r) => this.data.roles.find((q) => q.id === r.role)?.name ?? r.role).join(', ') || t('snapshot.nobody');
    box.replaceChildren(dl, el('p', t('snapshot.typeChange', { before: typeName(before), after: typeName(after) })), el('p', t('snapshot.coverageChange', { before: missing(before), after: missing(after) })));
  }

  private clicked(e: Event) {
    const action = (e.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
    const network = session.draft.network;
    const file = t('export.fileName');
    switch (action) {
      case 'snapshot': {
        const takenAt = new Date().toISOString();
        const id = `s-${takenAt.replace(/\D/g, '').slice(0, 14)}-${session.draft.snapshots.length + 1}`;
        session.setSnapshots([...session.draft.snapshots, { id, takenAt, network: structuredClone(network) }].slice(-100));
        this.querySelector('[data-snapshot-status]')!.textContent = t('snapshot.taken', { date: new Date(takenAt).toLocaleString(document.documentElement.lang) });
        this.render();
        return;
      }
      case 'graphml': return downloadFile(`${file}.graphml`, toGraphML(network, t('map.you')), 'application/graphml+xml');
      case 'people-csv': return downloadFile(`${file}-people.csv`, peopleCsv(network), 'text/csv');
      case 'ties-csv': return downloadFile(`${file}-ties.csv`, tiesCsv(network), 'text/csv');
    }
  }
}

customElements.define('mnk-findings', FindingsView);
