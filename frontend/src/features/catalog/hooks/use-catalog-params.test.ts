import { describe, expect, it } from 'vitest';
import { parseCatalogParams, toProductFilter, writeCatalogParams } from './use-catalog-params';

describe('catalog params', () => {
  it('read the filter and sort from the query string', () => {
    const params = parseCatalogParams(
      new URLSearchParams(
        'category=audio&category=kitchen&minPrice=10&maxPrice=50&inStock=1&featured=1&sort=PRICE_ASC',
      ),
    );
    expect(params).toEqual({
      categories: ['audio', 'kitchen'],
      minPrice: '10',
      maxPrice: '50',
      inStock: true,
      featured: true,
      sort: 'PRICE_ASC',
    });
    expect(toProductFilter(params)).toEqual({
      categorySlugs: ['audio', 'kitchen'],
      minPrice: '10',
      maxPrice: '50',
      inStock: true,
      featured: true,
    });
  });

  it('ignore values they do not understand', () => {
    const params = parseCatalogParams(
      new URLSearchParams('minPrice=cheap&sort=RANDOM&inStock=maybe&category='),
    );
    expect(params).toEqual({
      categories: [],
      minPrice: '',
      maxPrice: '',
      inStock: false,
      featured: false,
      sort: 'NEWEST',
    });
    expect(toProductFilter(params)).toEqual({});
  });

  it('write back in a stable order, leave defaults out and keep foreign keys', () => {
    const written = writeCatalogParams(
      { categories: ['audio'], minPrice: '', maxPrice: '20', inStock: true, featured: false, sort: 'NEWEST' },
      new URLSearchParams('utm_source=mail&sort=PRICE_DESC'),
    );
    expect(written.toString()).toBe('utm_source=mail&category=audio&maxPrice=20&inStock=1');
  });
});
