// The presenter view and the notes window (components/Presenter.astro): one step shown at a time,
// a countdown per step, keys and buttons to move, and a BroadcastChannel that keeps the two windows
// on the same step and timer. Whichever window is used sends its state; the other takes it.
// Everything is in the page once loaded, so it runs with no network; the QR code library is
// loaded once, when the page opens, and only on the projected window.
import { addMinutes, clockValue, countdown, formatClock, parseClock } from '../core/agenda-clock.ts';

/** What both windows agree on. A running timer ends at `endsAt`; a paused one has `leftMs` left. */
interface State {
  step: number;
  running: boolean;
  endsAt: number;
  leftMs: number;
}

type Message = { kind: 'hello' } | { kind: 'state'; state: State };

class Presenter extends HTMLElement {
  private steps: HTMLElement[] = [];
  private state: State = { step: 0, running: false, endsAt: 0, leftMs: 0 };
  private channel: BroadcastChannel | undefined;
  private tick: number | undefined;
  private readonly onKey = (e: KeyboardEvent) => this.key(e);

  connectedCallback() {
    this.steps = [...this.querySelectorAll<HTMLElement>('[data-step]')];
    for (const li of this.querySelectorAll<HTMLElement>('[data-progress]'))
      li.style.flexGrow = li.dataset.minutes ?? '1';
    const fromHash = Number(/^#step-(\d+)$/.exec(location.hash)?.[1] ?? 1) - 1;
    this.state = this.fresh(Number.isInteger(fromHash) ? fromHash : 0, false);

    this.querySelector('[data-prev]')?.addEventListener('click', () => this.go(this.state.step - 1));
    this.querySelector('[data-next]')?.addEventListener('click', () => this.go(this.state.step + 1));
    this.querySelector('[data-toggle]')?.addEventListener('click', () => this.toggle());
    document.addEventListener('keydown', this.onKey);

    if ('BroadcastChannel' in window && this.dataset.channel) {
      this.channel = new BroadcastChannel(this.dataset.channel);
      this.channel.onmessage = (e: MessageEvent<Message>) => {
        if (e.data.kind === 'hello') this.send();
        else if (e.data.kind === 'state') this.show(e.data.state);
      };
      // A window opened later asks where the other one is.
      this.channel.postMessage({ kind: 'hello' } satisfies Message);
    }
    this.clockTimes();
    this.carryStart();
    if (this.querySelector('[data-qr]')) void this.drawCodes();
    this.show(this.state);
    this.tick = window.setInterval(() => this.render(), 250);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.onKey);
    this.channel?.close();
    window.clearInterval(this.tick);
  }

  /** The state at the start of step `i`, its timer full. */
  private fresh(i: number, running: boolean): State {
    const step = Math.min(Math.max(i, 0), this.steps.length - 1);
    const leftMs = Number(this.steps[step]?.dataset.minutes ?? 0) * 60_000;
    return { step, running, leftMs, endsAt: Date.now() + leftMs };
  }

  private go(i: number) {
    if (i < 0 || i >= this.steps.length || i === this.state.step) return;
    // Moving on starts the next step's timer; moving back shows it paused, full.
    this.show(this.fresh(i, i > this.state.step));
    this.send();
  }

  private toggle() {
    const s = this.state;
    this.show(
      s.running
        ? { ...s, running: false, leftMs: Math.max(0, s.endsAt - Date.now()) }
        : { ...s, running: true, endsAt: Date.now() + s.leftMs },
    );
    this.send();
  }

  private key(e: KeyboardEvent) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, textarea, select')) return;
    const moves: Record<string, () => void> = {
      ArrowRight: () => this.go(this.state.step + 1),
      PageDown: () => this.go(this.state.step + 1),
      ArrowLeft: () => this.go(this.state.step - 1),
      PageUp: () => this.go(this.state.step - 1),
      Home: () => this.go(0),
      End: () => this.go(this.steps.length - 1),
      p: () => this.toggle(),
      P: () => this.toggle(),
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    move();
  }

  private send() {
    this.channel?.postMessage({ kind: 'state', state: this.state } satisfies Message);
  }

  /** Shows `state`: its step, the progress line, the toggle's label, the hash; then the timer. */
  private show(state: State) {
    this.state = state;
    this.steps.forEach((el, i) => (el.hidden = i !== state.step));
    for (const li of this.querySelectorAll<HTMLElement>('[data-progress]')) {
      const i = Number(li.dataset.progress);
      li.toggleAttribute('data-done', i < state.step);
      if (i === state.step) li.setAttribute('aria-current', 'step');
      else li.removeAttribute('aria-current');
    }
    const toggle = this.querySelector<HTMLElement>('[data-toggle]');
    toggle?.setAttribute('aria-pressed', String(state.running));
    toggle?.querySelector<HTMLElement>('[data-when-paused]')?.toggleAttribute('hidden', state.running);
    toggle?.querySelector<HTMLElement>('[data-when-running]')?.toggleAttribute('hidden', !state.running);
    this.querySelector<HTMLButtonElement>('[data-prev]')!.disabled = state.step === 0;
    this.querySelector<HTMLButtonElement>('[data-next]')!.disabled = state.step === this.steps.length - 1;
    history.replaceState(history.state, '', `${location.pathname}${location.search}#step-${state.step + 1}`);
    this.render();
  }

  /** The countdown, and the quiet cue once it reaches zero. */
  private render() {
    const left = this.state.running ? this.state.endsAt - Date.now() : this.state.leftMs;
    const text = countdown(left / 1000);
    const shown = this.querySelector<HTMLElement>('[data-countdown]')!;
    if (shown.textContent !== text) shown.textContent = text;
    const up = left <= 0;
    const timer = this.querySelector<HTMLElement>('[data-timer]')!;
    if (timer.hasAttribute('data-time-up') !== up) {
      timer.toggleAttribute('data-time-up', up);
      this.querySelector<HTMLElement>('[data-timeup]')!.hidden = !up;
    }
  }

  /** With ?start=HH:MM (carried from the agenda page), each step's offset becomes a clock time. */
  private clockTimes() {
    const start = parseClock(new URLSearchParams(location.search).get('start') ?? '');
    if (start === undefined) return;
    for (const time of this.querySelectorAll<HTMLTimeElement>('time[data-offset]')) {
      const at = addMinutes(start, Number(time.dataset.offset));
      time.textContent = formatClock(at, document.documentElement.lang);
      time.dateTime = clockValue(at.minutes);
    }
  }

  private carryStart() {
    const search = location.search;
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-carry-start]'))
      link.href = new URL(link.getAttribute('href')! + search, location.href).pathname + search;
  }

  /** A QR code and a short address for each step's page, from this page's own address. */
  private async drawCodes() {
    const { encode } = await import('uqr');
    for (const figure of this.querySelectorAll<HTMLElement>('[data-join]')) {
      const url = new URL(figure.dataset.join!, location.href);
      const address = `${url.host}${url.pathname}`;
      const label = figure.querySelector<HTMLElement>('[data-address]');
      if (label) label.textContent = address;
      const holder = figure.querySelector<HTMLElement>('[data-qr]');
      if (!holder) continue;
      const { data, size } = encode(url.href, { border: 2 });
      holder.replaceChildren(qrSvg(data, size, figure.dataset.qrLabel?.replace('{address}', address)));
    }
  }
}

const SVG = 'http://www.w3.org/2000/svg';

/** The QR code's dark modules as one path on white: crisp at any size, light to draw. */
function qrSvg(data: boolean[][], size: number, label: string | undefined): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('role', 'img');
  if (label) svg.setAttribute('aria-label', label);
  const bg = document.createElementNS(SVG, 'rect');
  bg.setAttribute('width', String(size));
  bg.setAttribute('height', String(size));
  bg.setAttribute('fill', '#fff');
  const path = document.createElementNS(SVG, 'path');
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x} ${y}h1v1h-1z`)));
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(bg, path);
  return svg;
}

customElements.define('mnk-presenter', Presenter);
