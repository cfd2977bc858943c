import { describe, expect, it } from 'vitest';
import { accountPagePath, safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it('keeps a path inside the shop', () => {
    expect(safeNextPath('/admin')).toBe('/admin');
    expect(safeNextPath('/products/desk?x=1')).toBe('/products/desk?x=1');
  });

  it('turns anything else into the front page', () => {
    expect(
      [null, '', 'admin', '//evil.example', '/\\evil.example', 'https://evil.example'].map(safeNextPath),
    ).toEqual(['/', '/', '/', '/', '/', '/']);
  });
});

describe('accountPagePath', () => {
  it('adds the page to come back to', () => {
    expect(accountPagePath('/sign-in', '/admin')).toBe('/sign-in?next=/admin');
    expect(accountPagePath('/sign-up', '/?category=audio')).toBe('/sign-up?next=/%3Fcategory%3Daudio');
  });

  it('leaves it out for the front page', () => {
    expect(accountPagePath('/sign-in', '/')).toBe('/sign-in');
    expect(accountPagePath('/sign-in')).toBe('/sign-in');
  });
});
