// <mnk-pdf>: the buttons that make a filled PDF from the workbook. Only this thin element loads
// with the page. The PDF maker (islands/pdf-worker.ts) runs in its own thread: it starts once the
// buttons have been in view for a moment, or the pointer or focus comes to them, and prepares the
// report from the workbook as it stands, so that a click finds the code, the fonts and the page
// data loaded, and, if nothing changed since, the report already made.
import { isBlankWorkbook } from '../core/workbook.ts';
import { downloadFile } from './download.ts';
import { failsAs, failureText } from './failure.ts';
import { whenIdle } from './idle.ts';
import { shownWorkbook } from './network/privacy.ts';
import type { PdfRequest } from './pdf-make.ts';
import { session } from './session.ts';
import { t } from './strings.ts';

/** How long the buttons stay on screen before the report is prepared: longer than a glance. */
const PREPARE_WHEN_SEEN_MS = 2000;
/** How long after a change the report is prepared again: typing has usually paused by then. */
const PREPARE_AFTER_CHANGE_MS = 1500;

const maker = () => failsAs('load-failed', import('./pdf-maker.ts'));

class PdfDownload extends HTMLElement {
  private busy = false;

  connectedCallback() {
    session.start();
    // The cover name is kept like an answer: a reload does not lose it; Delete all does delete it.
    const name = this.querySelector<HTMLInputElement>('[data-name]')!;
    name.value = session.store.input('cover-name');
    name.addEventListener('input', () => session.store.keepInput('cover-name', name.value));
    session.addEventListener('replaced', () => {
      name.value = session.store.input('cover-name');
    });
    this.addEventListener('click', (e) => {
      const kind = (e.target as HTMLElement).closest<HTMLElement>('[data-make]')?.dataset.make;
      if (kind === 'report' || kind === 'worksheet') void this.make(kind);
    });
    this.prepareWhenSeen();
  }

  /**
   * The maker makes the report as the workbook stands (kept, not downloaded) once the buttons have
   * been on screen for a moment (a participant passing through a page costs nothing), at once when
   * the pointer or the focus comes to them, and again a moment after each change while they are on
   * screen. Not for an empty workbook, so a visitor who only reads pays nothing.
   * `data-prepared` tells tests and the bench that a report was prepared.
   */
  private prepareWhenSeen() {
    let seen = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const prepare = () => {
      if (isBlankWorkbook(session.draft)) return;
      void this.makeFile('report')
        .then(() => (this.dataset.prepared = 'true'))
        .catch(() => {}); // a click tries again and says why it failed
    };
    const soon = (delay: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => whenIdle(prepare, 1000), delay);
    };
    new IntersectionObserver((entries) => {
      const was = seen;
      seen = entries.some((e) => e.isIntersecting);
      if (seen && !was) soon(PREPARE_WHEN_SEEN_MS);
      if (!seen) clearTimeout(timer);
    }).observe(this);
    const changed = () => {
      if (seen) soon(PREPARE_AFTER_CHANGE_MS);
    };
    session.addEventListener('status', () => {
      if (session.status.kind === 'saved') changed();
    });
    session.addEventListener('replaced', changed);
    this.addEventListener('input', changed); // the cover name
    this.addEventListener('change', changed); // the paper
    for (const intent of ['pointerenter', 'focusin']) this.addEventListener(intent, () => soon(0));
  }

  private request(kind: 'report' | 'worksheet'): PdfRequest {
    return {
      kind,
      slug: this.dataset.slug ?? '',
      dataUrl: this.dataset.data!,
      paper: this.querySelector<HTMLSelectElement>('[data-paper]')!.value === 'letter' ? 'letter' : 'a4',
      participant: this.querySelector<HTMLInputElement>('[data-name]')!.value.trim(),
      // With "Show initials only" on, the PDF gets the people's shown names (alias or initials), never the real ones.
      workbook: shownWorkbook(session.draft),
    };
  }

  /** The PDF as it stands now, not downloaded (public: the benchmark times it). */
  async makeFile(kind: 'report' | 'worksheet'): Promise<{ name: string; blob: Blob }> {
    const request = this.request(kind);
    return (await maker()).makePdfFile(request);
  }

  private async make(kind: 'report' | 'worksheet') {
    if (this.busy) return;
    this.busy = true;
    const status = this.querySelector('[data-pdf-status]')!;
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('[data-make]')];
    for (const b of buttons) b.disabled = true;
    status.textContent = t('report.making');
    try {
      const file = await this.makeFile(kind);
      downloadFile(file.name, file.blob, 'application/pdf');
      status.textContent = t('report.done');
    } catch (error) {
      status.textContent = t('report.failed', { reason: failureText(t, error) });
    } finally {
      for (const b of buttons) b.disabled = false;
      this.busy = false;
    }
  }
}

customElements.define('mnk-pdf', PdfDownload);
