// Registers the service worker that keeps the kit for use offline, and offers a new version when
// one has been installed beside the running one. Using it reloads the page; the workbook stays in
// localStorage, which no version of the worker touches.
import { serviceWorkerPath, withBaseScope } from '../core/routes.ts';

export function offerNewVersions(): void {
  if (!('serviceWorker' in navigator)) return;
  const notice = document.querySelector<HTMLElement>('[data-new-version]');
  const offer = (waiting: ServiceWorker) => {
    if (!notice) return;
    notice.hidden = false;
    notice.querySelector('button')!.onclick = () => waiting.postMessage('use-new-version');
  };
  // Only the page that asked for the new version reloads when it takes over; other tabs keep the
  // version they run (the worker keeps its files) until they are reloaded.
  let asked = false;
  notice?.addEventListener('click', () => (asked = true));
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (asked) location.reload();
  });
  navigator.serviceWorker
    .register(serviceWorkerPath(), { scope: withBaseScope() })
    .then((registration) => {
      // A version already waiting, from an earlier visit; or one found now, while this page is open.
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed' && navigator.serviceWorker.controller) offer(installing);
        });
      });
    })
    // No worker (a private window, a browser setting): the kit works as before, only not offline.
    .catch(() => undefined);
}
