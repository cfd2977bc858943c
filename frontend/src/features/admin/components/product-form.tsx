import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useBlocker } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { CheckboxField, FormField } from '@/components/form-field';
import { graphql } from '@/graphql/generated';
import { execute } from '@/lib/graphql-client';
import { useFocusFirstError } from '@/lib/use-focus-first-error';
import { type FormErrors, hasFormErrors, noFormErrors } from '@/lib/user-errors';
import {
  checkProduct,
  type ProductField,
  type ProductFormValues,
  requestErrorOnField,
} from '../utils/product-form';
import { AdminError } from '@/components/admin-error';
import styles from './product-form.module.css';

const AdminCategoriesDocument = graphql(`
  query AdminCategories {
    categories {
      id
      slug
      name
    }
  }
`);

export interface ProductFormProps {
  mode: 'create' | 'edit';
  initial: ProductFormValues;
  submitLabel: string;
  busy: boolean;
  /** The server's user errors of the last save. */
  errors: FormErrors<ProductField>;
  /** A save that failed outright (signed out, forbidden, network). */
  requestError?: unknown;
  /** Shown above the form, e.g. that someone else changed the product. */
  notice?: ReactNode;
  /** Called with values that passed the form's own checks. */
  onSubmit: (values: ProductFormValues) => void;
}

/**
 * The navigation state of leaving the form because it was saved (or the product deleted):
 * the notice for the page it goes to. Leaving with it is never held up as unsaved.
 */
export interface SavedNavigationState {
  notice: string;
}

function isSavedNavigation(state: unknown): state is SavedNavigationState {
  return (
    typeof state === 'object' && state !== null && typeof (state as SavedNavigationState).notice === 'string'
  );
}

/** The fields of a product, for creating one or changing one. */
export function ProductForm({
  mode,
  initial,
  submitLabel,
  busy,
  errors,
  requestError,
  notice,
  onSubmit,
}: ProductFormProps) {
  const [values, setValues] = useState(initial);
  const [ownErrors, setOwnErrors] = useState<FormErrors<ProductField>>(noFormErrors);
  const form = useRef<HTMLFormElement>(null);
  // A value the schema refused (an image URL the `Url` type won't take) belongs on its field too.
  const onField = requestErrorOnField(requestError);
  const shown = hasFormErrors(ownErrors) ? ownErrors : (onField ?? errors);
  useFocusFirstError(form, shown);
  const dirty = (Object.keys(initial) as (keyof ProductFormValues)[]).some(
    (key) => values[key] !== initial[key],
  );
  // Leaving with unsaved changes asks first: in the app, and when the tab closes or reloads.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && currentLocation.pathname !== nextLocation.pathname && !isSavedNavigation(nextLocation.state),
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  const categories = useQuery({
    queryKey: ['admin', 'categories'],
    queryFn: () => execute(AdminCategoriesDocument),
  });

  function set<K extends keyof ProductFormValues>(field: K, value: ProductFormValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems = checkProduct(values, mode);
    setOwnErrors(problems);
    if (!hasFormErrors(problems)) onSubmit(values);
  }

  const categoryOptions = categories.data?.categories ?? [];
  const knownCategory = categoryOptions.some((category) => category.slug === values.categorySlug);

  return (
    <form ref={form} className={styles.form} onSubmit={submit} noValidate aria-busy={busy}>
      {notice}
      {requestError && !onField ? (
        <AdminError title="The product could not be saved" error={requestError} />
      ) : (
        <FormAlert messages={shown.general} />
      )}

      <FormField label="Title" error={shown.fields.title}>
        {(control) => (
          <input
            {...control}
            name="title"
            value={values.title}
            onChange={(e) => set('title', e.target.value)}
          />
        )}
      </FormField>

      <FormField
        label="Slug"
        error={shown.fields.slug}
        hint={
          mode === 'create'
            ? 'Optional: made from the title when left empty, e.g. walnut-desk-organizer.'
            : 'The last part of the product’s address: lower-case letters, digits and hyphens.'
        }
      >
        {(control) => (
          <input
            {...control}
            name="slug"
            autoComplete="off"
            spellCheck={false}
            value={values.slug}
            onChange={(e) => set('slug', e.target.value)}
          />
        )}
      </FormField>

      <FormField label="Description" error={shown.fields.description}>
        {(control) => (
          <textarea
            {...control}
            name="description"
            rows={6}
            value={values.description}
            onChange={(e) => set('description', e.target.value)}
          />
        )}
      </FormField>

      <div className={styles.row}>
        <FormField label="Price" error={shown.fields.price} hint="In the shop's currency, e.g. 24.99.">
          {(control) => (
            <input
              {...control}
              name="price"
              inputMode="decimal"
              autoComplete="off"
              value={values.price}
              onChange={(e) => set('price', e.target.value)}
            />
          )}
        </FormField>
        <FormField label="Stock" error={shown.fields.stock}>
          {(control) => (
            <input
              {...control}
              name="stock"
              type="number"
              min={0}
              step={1}
              value={values.stock}
              onChange={(e) => set('stock', e.target.value)}
            />
          )}
        </FormField>
      </div>

      <FormField
        label="Category"
        error={shown.fields.categorySlug}
        hint={
          categories.isError
            ? 'The categories could not be loaded; reload the page to choose one.'
            : undefined
        }
      >
        {(control) => (
          <select
            {...control}
            name="categorySlug"
            value={values.categorySlug}
            onChange={(e) => set('categorySlug', e.target.value)}
          >
            <option value="">No category</option>
            {categoryOptions.map((category) => (
              <option key={category.id} value={category.slug}>
                {category.name}
              </option>
            ))}
            {values.categorySlug && !knownCategory && (
              <option value={values.categorySlug}>{values.categorySlug}</option>
            )}
          </select>
        )}
      </FormField>

      <FormField label="Tags" error={shown.fields.tags} hint="Separate tags with commas, e.g. wood, gift.">
        {(control) => (
          <input
            {...control}
            name="tags"
            autoComplete="off"
            value={values.tags}
            onChange={(e) => set('tags', e.target.value)}
          />
        )}
      </FormField>

      <FormField
        label="Image URL"
        error={shown.fields.imageUrl}
        hint="Optional: an absolute https:// address."
      >
        {(control) => (
          <input
            {...control}
            name="imageUrl"
            type="url"
            autoComplete="off"
            value={values.imageUrl}
            onChange={(e) => set('imageUrl', e.target.value)}
          />
        )}
      </FormField>

      <div className={styles.row}>
        <CheckboxField
          label="Featured"
          name="featured"
          checked={values.featured}
          error={shown.fields.featured}
          onChange={(checked) => set('featured', checked)}
        />
        <CheckboxField
          label="Active (on sale)"
          name="active"
          checked={values.active}
          error={shown.fields.active}
          onChange={(checked) => set('active', checked)}
        />
      </div>

      <div className={styles.actions}>
        <Button type="submit" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </Button>
        <Link to="/admin">Cancel</Link>
      </div>
      {blocker.state === 'blocked' && (
        <ConfirmDialog
          title="Leave without saving?"
          confirmLabel="Leave without saving"
          cancelLabel="Keep editing"
          onConfirm={() => blocker.proceed()}
          onCancel={() => blocker.reset()}
        >
          <p>Your changes to this product are not saved yet.</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
