import { describe, expect, it } from 'vitest';
import { changedFields, checkProduct, NEW_PRODUCT, parseTags, toProductInput } from './product-form';

const loaded = {
  ...NEW_PRODUCT,
  title: 'Walnut Desk Organizer',
  slug: 'walnut-desk-organizer',
  price: '49.90',
  stock: '12',
  categorySlug: 'office',
  tags: 'wood, gift',
  imageUrl: 'https://shop.example.com/desk.svg',
};

describe('parseTags', () => {
  it('splits on commas, trims and drops blanks and repeats', () => {
    expect(parseTags(' wood, gift , ,desk,wood')).toEqual(['wood', 'gift', 'desk']);
    expect(parseTags('')).toEqual([]);
  });
});

describe('toProductInput', () => {
  it('sends the price as typed and leaves out empty optional fields', () => {
    expect(
      toProductInput({ ...NEW_PRODUCT, title: ' Lamp ', price: '24.99', stock: '3', tags: 'a, b' }),
    ).toEqual({
      title: 'Lamp',
      description: '',
      price: '24.99',
      stock: 3,
      tags: ['a', 'b'],
      featured: false,
      active: true,
    });
  });
});

describe('changedFields', () => {
  it('is empty when nothing changed, whatever the spacing', () => {
    expect(changedFields(loaded, { ...loaded, tags: 'wood,gift', title: 'Walnut Desk Organizer ' })).toEqual(
      {},
    );
  });

  it('holds only the fields that changed', () => {
    expect(changedFields(loaded, { ...loaded, price: '39.90', featured: true })).toEqual({
      price: '39.90',
      featured: true,
    });
  });

  it('clears an emptied category and image with null', () => {
    expect(changedFields(loaded, { ...loaded, categorySlug: '', imageUrl: ' ' })).toEqual({
      categorySlug: null,
      imageUrl: null,
    });
  });
});

describe('checkProduct', () => {
  it('asks for a title, a price with at most two decimals and a whole stock', () => {
    expect(checkProduct({ ...NEW_PRODUCT, price: '9.999', stock: '-1' }, 'create').fields).toEqual({
      title: 'Enter a title.',
      price: 'Enter a price like 24.99.',
      stock: 'Enter a whole number, 0 or more.',
    });
  });

  it('needs a slug only when editing', () => {
    const values = { ...loaded, slug: '' };
    expect(checkProduct(values, 'create').fields).toEqual({});
    expect(checkProduct(values, 'edit').fields).toEqual({ slug: 'Enter a slug.' });
  });
});
