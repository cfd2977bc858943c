import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Button } from './button';
import { SkeletonLine } from './skeleton';
import styles from './filters-drawer.module.css';

export interface FiltersDrawerProps {
  /** The panel's heading, e.g. "Filters" or "Refine"; it names the panel and its button. */
  title: string;
  /** How many filters are set, for the button and "Clear all". */
  active: number;
  onClear: () => void;
  /** How many results the filters give now; undefined while they are being counted. */
  resultCount: number | undefined;
  className?: string;
  children: ReactNode;
}

/**
 * Filters that sit beside the results on a wide screen and, on a narrow one, open from a
 * button as a sheet over the page, whose "Show N results" closes it. Each change applies at
 * once (the count behind the sheet follows); Escape or the close button leave it too, and
 * focus goes back to the button that opened it.
 */
export function FiltersDrawer({
  title,
  active,
  onClear,
  resultCount,
  className,
  children,
}: FiltersDrawerProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const sheet = useRef<HTMLElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const close = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    close.current?.focus();
    // The page behind stays put while the sheet scrolls.
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      document.body.style.overflow = overflow;
    };
  }, [open]);

  function hide() {
    setOpen(false);
    opener.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (!open) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      hide();
      return;
    }
    if (event.key !== 'Tab' || !sheet.current) return;
    // Tab stays inside the open sheet.
    const focusable = [
      ...sheet.current.querySelectorAll<HTMLElement>('button:not([disabled]), input:not([disabled]), [href]'),
    ];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  }

  const counted = resultCount !== undefined;
  return (
    <div className={[styles.drawer, className].filter(Boolean).join(' ')}>
      <Button
        ref={opener}
        variant="secondary"
        className={styles.open}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={`${id}sheet`}
        onClick={() => setOpen(true)}
      >
        {title}
        {active > 0 && <span aria-label={`, ${active} active`}>{` (${active})`}</span>}
      </Button>
      <aside
        ref={sheet}
        id={`${id}sheet`}
        className={styles.sheet}
        data-open={open || undefined}
        aria-labelledby={`${id}heading`}
        role={open ? 'dialog' : undefined}
        aria-modal={open || undefined}
        onKeyDown={onKeyDown}
      >
        <div className={styles.heading}>
          <h2 id={`${id}heading`}>{title}</h2>
          {active > 0 && (
            <Button variant="link" onClick={onClear}>
              Clear all
            </Button>
          )}
          <Button
            ref={close}
            variant="secondary"
            className={styles.close}
            aria-label={`Close ${title.toLowerCase()}`}
            onClick={hide}
          >
            ×
          </Button>
        </div>
        <div className={styles.body}>{children}</div>
        <div className={styles.footer}>
          <Button className={styles.show} aria-busy={!counted} onClick={hide}>
            {counted ? `Show ${resultCount} ${resultCount === 1 ? 'result' : 'results'}` : 'Show results'}
          </Button>
        </div>
      </aside>
    </div>
  );
}

/** The drawer's place while what it offers loads: the same button and panel, with lines to come. */
export function FiltersDrawerSkeleton({ title, className }: { title: string; className?: string }) {
  return (
    <div className={[styles.drawer, className].filter(Boolean).join(' ')} aria-hidden="true">
      <Button variant="secondary" className={styles.open} disabled tabIndex={-1}>
        {title}
      </Button>
      <div className={styles.sheet}>
        <div className={styles.heading}>
          <h2>{title}</h2>
        </div>
        <div className={styles.body}>
          {[60, 75, 50, 70, 55, 65, 45, 60].map((width, index) => (
            <SkeletonLine key={index} width={`${width}%`} style={{ height: '1.2rem', margin: '0.4rem 0' }} />
          ))}
        </div>
      </div>
    </div>
  );
}
