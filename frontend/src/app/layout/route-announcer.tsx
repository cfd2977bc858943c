import { type RefObject, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/** How long a new page may take to show its heading before we stop waiting for it. */
const HEADING_WAIT_MS = 5000;

/**
 * After a navigation (a new path, not a changed filter in the query), moves the keyboard focus
 * to the new page's main heading and announces it, as a full page load would for a screen
 * reader. A page whose heading comes with its data is waited for. The first page is left alone:
 * the browser has just announced it.
 */
export function RouteAnnouncer({ main }: { main: RefObject<HTMLElement | null> }) {
  const { pathname } = useLocation();
  const [announcement, setAnnouncement] = useState('');
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const root = main.current;
    if (!root) return;

    function arrive(heading: HTMLElement) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
      setAnnouncement(heading.textContent?.trim() || document.title);
    }

    const found = root.querySelector<HTMLElement>('h1');
    if (found) {
      arrive(found);
      return;
    }
    const observer = new MutationObserver(() => {
      const heading = root.querySelector<HTMLElement>('h1');
      if (!heading) return;
      stop();
      arrive(heading);
    });
    const timer = setTimeout(() => stop(), HEADING_WAIT_MS);
    function stop() {
      observer.disconnect();
      clearTimeout(timer);
    }
    observer.observe(root, { childList: true, subtree: true });
    return stop;
  }, [pathname, main]);

  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {announcement}
    </p>
  );
}
