import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  parseSearchPageParams,
  searchPath,
  toSearchFilter,
  writeSearchPageParams,
} from './use-search-page-params';

describe('search page params', () => {
  it('read the text, refinements and sort from the query string', () => {
    const params = parseSearchPageParams(
      new URLSearchParams(
        'q=+desk+lamp+&category=lighting&category=office&minPrice=25&maxPrice=49.99&inStock=1&sort=PRICE_ASC',
      ),
    );
    expect(params).toEqual({
      q: 'desk lamp',
      categories: ['lighting', 'office'],
      minPrice: '25',
      maxPrice: '49.99',
      inStock: true,
      sort: 'PRICE_ASC',
    });
    expect(toSearchFilter(params)).toEqual({
      categorySlugs: ['lighting', 'office'],
      minPrice: '25',
      maxPrice: '49.99',
      inStock: true,
    });
    expect(activeFilterCount(params)).toBe(4);
  });

  it('sort by relevance unless told otherwise, and ignore what they do not understand', () => {
    const params = parseSearchPageParams(
      new URLSearchParams('q=lamp&minPrice=cheap&sort=RANDOM&inStock=maybe'),
    );
    expect(params).toMatchObject({ minPrice: '', inStock: false, sort: 'RELEVANCE' });
    expect(toSearchFilter(params)).toEqual({});
  });

  it('write only what differs from the defaults, keeping other keys', () => {
    const written = writeSearchPageParams(
      {
        q: 'lamp',
        categories: ['office'],
        minPrice: '',
        maxPrice: '24.99',
        inStock: false,
        sort: 'RELEVANCE',
      },
      new URLSearchParams('utm=x&sort=NEWEST'),
    );
    expect(written.toString()).toBe('utm=x&q=lamp&category=office&maxPrice=24.99');
  });

  it('link to a search by its text', () => {
    expect(searchPath(' desk lamp ')).toBe('/search?q=desk+lamp');
    expect(searchPath('50% & more')).toBe('/search?q=50%25+%26+more');
  });
});
