// <mnk-pdf>: the buttons that make a filled PDF from the workbook. Only this thin element loads
// with the page; the PDF code, fonts and page data load when a button is first pressed.
import { downloadFile } from './download.ts';
import { failsAs, failureText } from './failure.ts';
import { session } from './session.ts';
import { t } from './strings.ts';

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
  }

  /** The PDF as it stands now, not downloaded (public: the benchmark times it). */
  async makeFile(kind: 'report' | 'worksheet'): Promise<{ name: string; blob: Blob }> {
    // The page's data and the fonts every PDF draws with are fetched while the PDF code loads, not
    // after it: the code's own requests then find them (fetch-once.ts). A failure here shows when
    // the code asks for the same file, with the reason it gives.
    const early = Promise.all([import('./fetch-once.ts'), import('../render/fonts.ts')]).then(
      ([{ fetchOnce, fetchFont }, { fontFilesFor }]) =>
        Promise.all([fetchOnce(this.dataset.data!), ...fontFilesFor([]).map((f) => fetchFont(f.file))]),
    );
    early.catch(() => {});
    const { makePdf } = await failsAs('load-failed', import('./pdf-make.ts'));
    return makePdf({
      kind,
      slug: this.dataset.slug ?? '',
      dataUrl: this.dataset.data!,
      paper: this.querySelector<HTMLSelectElement>('[data-paper]')!.value === 'letter' ? 'letter' : 'a4',
      participant: this.querySelector<HTMLInputElement>('[data-name]')!.value.trim(),
      workbook: session.draft,
    });
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
