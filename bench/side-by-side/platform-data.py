#!/usr/bin/env python3
"""Writes the files storefront.lua reads, by asking a running Storefront (loopback only):

  slugs.txt     every product slug on sale (product page)
  products.txt  the ids of products on sale with at least 20 in stock (add to cart: adding one
                many times never runs out, so the shop never rightly refuses it)
  mix.txt       the realistic catalog mix: the SPA's catalog request for lists over every category,
                several sorts, some filters, and the next pages by their cursors (crawled), one
                request body a line, most popular first (see popularity() below)
  sessions.txt  N fresh anonymous shoppers (`--sessions N`), each made by one addToCart without a
                cookie: "Cookie header<TAB>X-XSRF-TOKEN value" a line

usage: platform-data.py <graphql-url> <out-dir> [--sessions N] [--max-pages 5] [--only-sessions]
"""
import argparse
import concurrent.futures
import json
import os
import random
import urllib.parse
import urllib.request

CARD = ('fragment ProductCardFields on Product { id slug title imageUrl inStock featured'
        ' price { amount currencyCode } category { id name } }')
# The SPA's catalog document (frontend/src/features/catalog/components/catalog-page.tsx), as sent.
CATALOG = ('query CatalogProducts($filter: ProductFilter, $sort: ProductSort, $first: Int, $after: String) {'
           ' products(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount'
           ' pageInfo { hasNextPage endCursor } nodes { id ...ProductCardFields } } } ' + CARD)
ADD = ('mutation AddToCart($productId: ID!) { addToCart(productId: $productId, quantity: 1) {'
       ' cart { id } userErrors { code message } } }')
SORTS = [('NEWEST', 1.0), ('PRICE_ASC', 0.5), ('PRICE_DESC', 0.35), ('TITLE_ASC', 0.2)]
PRICE_BANDS = [({'maxPrice': '25'}, 0.12), ({'minPrice': '25', 'maxPrice': '50'}, 0.1),
               ({'minPrice': '50', 'maxPrice': '100'}, 0.1), ({'minPrice': '100'}, 0.08)]


def post(url, body, headers=None):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method='POST',
                                     headers={'Content-Type': 'application/json', 'Accept': 'application/json',
                                              **(headers or {})})
    with urllib.request.urlopen(request, timeout=30) as response:
        answer = json.loads(response.read())
        if answer.get('errors'):
            raise SystemExit(f'GraphQL errors: {answer["errors"]}')
        return answer['data'], response.headers.get_all('Set-Cookie') or []


def popularity(categories):
    """(filter, weight): everything first, then each category (the larger first), stock and
    featured switches, price bands, a category with in stock, and pairs of the largest categories."""
    filters = [({}, 1.0)]
    for rank, slug in enumerate(categories, 1):
        filters.append(({'categorySlugs': [slug]}, 0.6 / rank))
    filters += [({'inStock': True}, 0.3), ({'featured': True}, 0.2)] + PRICE_BANDS
    for rank, slug in enumerate(categories, 1):
        filters.append(({'categorySlugs': [slug], 'inStock': True}, 0.15 / rank))
    top = categories[:4]
    for a in range(len(top)):
        for b in range(a + 1, len(top)):
            filters.append(({'categorySlugs': [top[a], top[b]]}, 0.05 / (a + b + 1)))
    return filters


def mix(url, max_pages):
    data, _ = post(url, {'query': '{ categories { slug productCount } }'})
    categories = [c['slug'] for c in sorted(data['categories'], key=lambda c: -c['productCount'])]
    weighted = []
    for filter_, filter_weight in popularity(categories):
        for sort, sort_weight in SORTS:
            after = None
            for page in range(1, max_pages + 1):
                body = {'query': CATALOG, 'variables': {'filter': filter_, 'sort': sort, 'first': 20, 'after': after}}
                data, _ = post(url, body)
                # A shopper goes on to the next page less and less often.
                weighted.append((filter_weight * sort_weight * 0.4 ** (page - 1), json.dumps(body)))
                info = data['products']['pageInfo']
                if not info['hasNextPage']:
                    break
                after = info['endCursor']
    weighted.sort(key=lambda w: -w[0])  # stable: equal weights keep the crawl's order
    return [body for _, body in weighted]


def catalog(url):
    slugs, stocked, after = [], [], None
    while True:
        data, _ = post(url, {'query': 'query($after: String) { products(first: 100, after: $after) {'
                             ' pageInfo { hasNextPage endCursor } nodes { id slug stock } } }',
                             'variables': {'after': after}})
        for node in data['products']['nodes']:
            slugs.append(node['slug'])
            if node['stock'] >= 20:
                stocked.append(node['id'])
        if not data['products']['pageInfo']['hasNextPage'] or len(slugs) >= 5000:
            return slugs, stocked
        after = data['products']['pageInfo']['endCursor']


def session(url, product):
    _, cookies = post(url, {'query': ADD, 'variables': {'productId': product}})
    pairs = dict(c.split(';', 1)[0].split('=', 1) for c in cookies)
    if 'SESSION' not in pairs or 'XSRF-TOKEN' not in pairs:
        raise SystemExit(f'no SESSION and XSRF-TOKEN cookies in {cookies}')
    return f'SESSION={pairs["SESSION"]}; XSRF-TOKEN={pairs["XSRF-TOKEN"]}\t{urllib.parse.unquote(pairs["XSRF-TOKEN"])}'


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('url')
    parser.add_argument('out')
    parser.add_argument('--sessions', type=int, default=0)
    parser.add_argument('--max-pages', type=int, default=5)
    parser.add_argument('--only-sessions', action='store_true')
    args = parser.parse_args()
    if urllib.parse.urlparse(args.url).hostname not in ('127.0.0.1', 'localhost', '::1'):
        raise SystemExit('refusing a non-loopback target')
    os.makedirs(args.out, exist_ok=True)
    if not args.only_sessions:
        slugs, stocked = catalog(args.url)
        bodies = mix(args.url, args.max_pages)
        for name, rows in (('slugs.txt', slugs), ('products.txt', stocked), ('mix.txt', bodies)):
            with open(os.path.join(args.out, name), 'w') as f:
                f.write('\n'.join(rows) + '\n')
        print(f'platform-data: {len(slugs)} slugs, {len(stocked)} products with 20+ in stock,'
              f' {len(bodies)} distinct catalog requests in the mix')
    if args.sessions:
        with open(os.path.join(args.out, 'products.txt')) as f:
            stocked = f.read().split()
        rng = random.Random(20261201)
        firsts = [rng.choice(stocked) for _ in range(args.sessions)]
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            rows = list(pool.map(lambda product: session(args.url, product), firsts))
        with open(os.path.join(args.out, 'sessions.txt'), 'w') as f:
            f.write('\n'.join(rows) + '\n')


if __name__ == '__main__':
    main()
