import type { ProductInput, ProductUpdateInput } from '@/graphql/generated/graphql';
import { isPriceInput } from '@/lib/money';
import { GraphQLRequestError } from '@/lib/graphql-client';
import type { FormErrors } from '@/lib/user-errors';

/** DECIMAL(12, 2), the price column: ten digits before the point. */
const MAX_PRICE_DIGITS = 10;
/** What the `Url` scalar takes. */
const MAX_URL_LENGTH = 2048;

/** Why an image URL won't do, as the API would refuse it; undefined when it will. */
export function imageUrlProblem(text: string): string | undefined {
  const url = text.trim();
  if (!url) return undefined;
  if (url.length > MAX_URL_LENGTH) return `An image URL is at most ${MAX_URL_LENGTH} characters.`;
  if (/\s/.test(url)) return 'An image URL has no spaces: write them as %20.';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'Enter a full address, e.g. https://example.com/image.jpg.';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return 'An image URL is an http:// or https:// address.';
  }
  if (!parsed.hostname) return 'Enter a full address, e.g. https://example.com/image.jpg.';
  return undefined;
}

/** The product form's fields, named as the API's input fields so user errors land on them. */
export const PRODUCT_FIELDS = [
  'title',
  'slug',
  'description',
  'price',
  'stock',
  'categorySlug',
  'tags',
  'imageUrl',
  'featured',
  'active',
] as const;

export type ProductField = (typeof PRODUCT_FIELDS)[number];

/** What the form holds: text as typed, so nothing is lost or rounded before it is sent. */
export interface ProductFormValues {
  title: string;
  slug: string;
  description: string;
  price: string;
  stock: string;
  /** '' for no category. */
  categorySlug: string;
  /** Comma-separated. */
  tags: string;
  imageUrl: string;
  featured: boolean;
  active: boolean;
}

export const NEW_PRODUCT: ProductFormValues = {
  title: '',
  slug: '',
  description: '',
  price: '',
  stock: '0',
  categorySlug: '',
  tags: '',
  imageUrl: '',
  featured: false,
  active: true,
};

/** A product as the edit form loads it. */
export interface EditableProduct {
  title: string;
  slug: string;
  description: string;
  price: { amount: string };
  stock: number;
  category?: { slug: string } | null;
  tags: readonly string[];
  imageUrl?: string | null;
  featured: boolean;
  active: boolean;
}

export function toFormValues(product: EditableProduct): ProductFormValues {
  return {
    title: product.title,
    slug: product.slug,
    description: product.description,
    price: product.price.amount,
    stock: String(product.stock),
    categorySlug: product.category?.slug ?? '',
    tags: product.tags.join(', '),
    imageUrl: product.imageUrl ?? '',
    featured: product.featured,
    active: product.active,
  };
}

/** "wood, gift , ,desk" → ["wood", "gift", "desk"]: trimmed, blanks and repeats dropped. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

/** The obvious problems, caught before a round trip; the server checks everything again. */
export function checkProduct(values: ProductFormValues, mode: 'create' | 'edit'): FormErrors<ProductField> {
  const fields: FormErrors<ProductField>['fields'] = {};
  if (!values.title.trim()) fields.title = 'Enter a title.';
  if (mode === 'edit' && !values.slug.trim()) fields.slug = 'Enter a slug.';
  if (!values.price.trim()) fields.price = 'Enter a price.';
  else if (!isPriceInput(values.price)) fields.price = 'Enter a price like 24.99.';
  else if (
    values.price
      .trim()
      .split('.')[0]
      .replace(/^0+(?=\d)/, '').length > MAX_PRICE_DIGITS
  ) {
    fields.price = 'A price may be at most 9999999999.99.';
  }
  const imageUrl = imageUrlProblem(values.imageUrl);
  if (imageUrl) fields.imageUrl = imageUrl;
  if (!/^\d+$/.test(values.stock.trim())) fields.stock = 'Enter a whole number, 0 or more.';
  return { fields, general: [] };
}

/** Everything `createProduct` needs; optional fields left empty are left out. */
export function toProductInput(values: ProductFormValues): ProductInput {
  const input: ProductInput = {
    title: values.title.trim(),
    description: values.description,
    price: values.price.trim(),
    stock: Number(values.stock.trim()),
    tags: parseTags(values.tags),
    featured: values.featured,
    active: values.active,
  };
  if (values.slug.trim()) input.slug = values.slug.trim();
  if (values.categorySlug) input.categorySlug = values.categorySlug;
  if (values.imageUrl.trim()) input.imageUrl = values.imageUrl.trim();
  return input;
}

/**
 * Only what changed since the product was loaded, for `updateProduct`. An emptied category or
 * image URL is sent as null, which clears it.
 */
export function changedFields(
  before: ProductFormValues,
  after: ProductFormValues,
): Omit<ProductUpdateInput, 'expectedUpdatedAt'> {
  const changes: Omit<ProductUpdateInput, 'expectedUpdatedAt'> = {};
  if (after.title.trim() !== before.title.trim()) changes.title = after.title.trim();
  if (after.slug.trim() !== before.slug.trim()) changes.slug = after.slug.trim();
  if (after.description !== before.description) changes.description = after.description;
  if (after.price.trim() !== before.price.trim()) changes.price = after.price.trim();
  if (Number(after.stock.trim()) !== Number(before.stock.trim())) changes.stock = Number(after.stock.trim());
  if (after.categorySlug !== before.categorySlug) changes.categorySlug = after.categorySlug || null;
  const tags = parseTags(after.tags);
  if (tags.join('\n') !== parseTags(before.tags).join('\n')) changes.tags = tags;
  if (after.imageUrl.trim() !== before.imageUrl.trim()) changes.imageUrl = after.imageUrl.trim() || null;
  if (after.featured !== before.featured) changes.featured = after.featured;
  if (after.active !== before.active) changes.active = after.active;
  return changes;
}

/** The input field a scalar of the product input is used for: where its refusal belongs. */
const FIELD_OF_SCALAR: Record<string, ProductField> = {
  Url: 'imageUrl',
  Decimal: 'price',
  NonNegativeInt: 'stock',
};

/**
 * A request the schema refused because a value didn't fit its type ("Variable 'input' has an
 * invalid value: not a valid 'Url': …"), as an error on the field of that type; undefined for
 * any other failure, which belongs above the form.
 */
export function requestErrorOnField(error: unknown): FormErrors<ProductField> | undefined {
  if (!(error instanceof GraphQLRequestError)) return undefined;
  const fields: FormErrors<ProductField>['fields'] = {};
  for (const entry of error.errors) {
    const refusal = /^Variable 'input' has an invalid value: (.*)$/s.exec(entry.message)?.[1];
    const scalar = refusal && /not a valid '(\w+)'/.exec(refusal)?.[1];
    const field = scalar ? FIELD_OF_SCALAR[scalar] : undefined;
    if (!field || !refusal) return undefined;
    const rule = refusal.replace(/^not a valid '\w+':\s*/, '');
    fields[field] = rule.charAt(0).toUpperCase() + rule.slice(1);
  }
  return Object.keys(fields).length > 0 ? { fields, general: [] } : undefined;
}
