import { type FocusEvent, type FormEvent, type KeyboardEvent, useId, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { searchPath } from '../hooks/use-search-page-params';
import { type Suggestion, suggestionKey, useSuggestions } from '../hooks/use-suggestions';
import { highlightPrefixes } from '../utils/highlight';
import styles from './search-box.module.css';

/** Where a suggestion leads: a product's page, or the catalog filtered by a category. */
function suggestionPath(suggestion: Suggestion): string {
  if (suggestion.product) return `/products/${encodeURIComponent(suggestion.product.slug)}`;
  if (suggestion.category) return `/?${new URLSearchParams({ category: suggestion.category.slug })}`;
  return searchPath(suggestion.text);
}

/** The text a page address searched for: `q` on the results page, nothing elsewhere. */
function searchedText(pathname: string, search: string): string {
  return pathname === '/search' ? (new URLSearchParams(search).get('q')?.trim() ?? '') : '';
}

/**
 * The header's search box with type-ahead (the WAI-ARIA combobox pattern, list autocomplete):
 * ↓/↑ move through the suggestions, Enter opens the active one or else searches for the text,
 * Escape or leaving the box closes the list.
 */
export function SearchBox({ className }: { className?: string }) {
  const navigate = useNavigate();
  const location = useLocation();
  const id = useId();
  const inputId = `${id}input`;
  const listboxId = `${id}listbox`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(() => searchedText(location.pathname, location.search));
  const [open, setOpen] = useState(false);
  const [activeKey, setActiveKey] = useState<string | null>(null);

  // Every navigation shows what the new page searched for (or nothing) and closes the list.
  const [shownLocation, setShownLocation] = useState(location.key);
  if (shownLocation !== location.key) {
    setShownLocation(location.key);
    setText(searchedText(location.pathname, location.search));
    setOpen(false);
    setActiveKey(null);
  }

  const { suggestions, prefix } = useSuggestions(text);
  const expanded = open && suggestions.length > 0;
  const activeIndex = expanded ? suggestions.findIndex((s) => suggestionKey(s) === activeKey) : -1;
  const optionId = (index: number) => `${listboxId}-${index}`;

  function close() {
    setOpen(false);
    setActiveKey(null);
  }

  function pick(suggestion: Suggestion) {
    close();
    navigate(suggestionPath(suggestion));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const query = text.trim();
    if (!query) {
      inputRef.current?.focus();
      return;
    }
    close();
    navigate(searchPath(query));
  }

  function move(step: 1 | -1) {
    const count = suggestions.length;
    const from = expanded ? activeIndex : -1;
    const next = from < 0 ? (step === 1 ? 0 : count - 1) : (from + step + count) % count;
    setOpen(true);
    setActiveKey(suggestionKey(suggestions[next]));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (suggestions.length === 0) return;
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' && activeIndex >= 0) {
      // With no active option, Enter submits the form: a search for the text.
      event.preventDefault();
      pick(suggestions[activeIndex]);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      close();
    }
  }

  function onBlur(event: FocusEvent<HTMLFormElement>) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) close();
  }

  return (
    <form
      role="search"
      aria-label="Shop"
      className={`${styles.search} ${className ?? ''}`}
      onSubmit={submit}
      onBlur={onBlur}
    >
      <label htmlFor={inputId} className="visually-hidden">
        Search products
      </label>
      <input
        ref={inputRef}
        id={inputId}
        className={styles.input}
        type="text"
        name="q"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        placeholder="Search products"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActiveKey(null);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      <button type="submit" className={styles.submit} aria-label="Search">
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="10.5" cy="10.5" r="6.5" />
          <path d="m15.5 15.5 5 5" />
        </svg>
      </button>
      <ul
        id={listboxId}
        role="listbox"
        aria-label="Suggestions"
        className={styles.listbox}
        hidden={!expanded}
        // Keeps the focus in the box when an option is clicked.
        onMouseDown={(event) => event.preventDefault()}
      >
        {expanded &&
          suggestions.map((suggestion, index) => (
            <li
              key={suggestionKey(suggestion)}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className={styles.option}
              onClick={() => pick(suggestion)}
            >
              <span className={styles.text}>
                {highlightPrefixes(suggestion.text, prefix).map((segment, i) =>
                  segment.match ? <mark key={i}>{segment.text}</mark> : segment.text,
                )}
              </span>
              {suggestion.category && (
                <>
                  {' '}
                  <span className={styles.kind}>Category</span>
                </>
              )}
            </li>
          ))}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {expanded ? `${suggestions.length} ${suggestions.length === 1 ? 'suggestion' : 'suggestions'}` : ''}
      </p>
    </form>
  );
}
