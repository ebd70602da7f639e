// The map page's preferences in this browser's localStorage (initials only, large type). They are
// kept when the browser gives the page storage, and otherwise hold for this page only.

export function preference(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function setPreference(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // no storage: nothing to remember
  }
}
