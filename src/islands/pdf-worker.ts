// The PDF maker's own thread: makes filled PDFs (islands/pdf-make.ts) away from the page, so the
// page stays responsive while a report is made, and its code, page data and fonts can be loaded
// and warmed up before the participant asks (islands/pdf-maker.ts sends a request to prepare).
// The last PDF made is kept with the request it was made from: a click that asks for exactly that
// PDF (same workbook, name, paper, page and day) gets it without making it again.
import { Failure } from './failure.ts';
import { awaitHandOver, handOver } from './fetch-once.ts';
import { makePdf, type PdfRequest } from './pdf-make.ts';
import type { PdfReply, PdfTask } from './pdf-maker.ts';

let last: { key: string; file: Promise<{ name: string; blob: Blob }> } | undefined;

/** What makes a PDF different: the request and the day (the cover's date and the file's name). */
const keyOf = (request: PdfRequest) => `${new Date().toDateString()}\n${JSON.stringify(request)}`;

function make(request: PdfRequest): Promise<{ name: string; blob: Blob }> {
  const key = keyOf(request);
  if (last?.key !== key) {
    const file = makePdf(request);
    last = { key, file };
    // A failed PDF is not kept: the next click tries again.
    file.catch(() => {
      if (last?.file === file) last = undefined;
    });
  }
  return last.file;
}

self.addEventListener('message', (event: MessageEvent<PdfTask>) => {
  const task = event.data;
  if ('expect' in task) return awaitHandOver(task.expect);
  if ('url' in task) return handOver(task.url, task.bytes);
  const { id, request } = task;
  make(request).then(
    (file) => self.postMessage({ id, file } satisfies PdfReply),
    (error: unknown) => {
      console.error(error);
      const code = error instanceof Failure ? error.code : 'unknown';
      const message = error instanceof Error ? error.message : String(error);
      self.postMessage({ id, failure: { code, message } } satisfies PdfReply);
    },
  );
});
