import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Badge } from '@/components/badge';
import { Button } from '@/components/button';
import { Spinner } from '@/components/spinner';
import { graphql } from '@/graphql/generated';
import type { AdminProductQuery, ProductUpdateInput } from '@/graphql/generated/graphql';
import { execute } from '@/lib/graphql-client';
import { type FormErrors, noFormErrors, toFormErrors } from '@/lib/user-errors';
import { changedFields, PRODUCT_FIELDS, type ProductField, toFormValues } from '../utils/product-form';
import { AdminError } from '@/components/admin-error';
import { DeleteProductButton } from './delete-product-button';
import { ProductForm, type SavedNavigationState } from './product-form';
import { RestoreProductButton } from './restore-product-button';
import styles from './admin-page.module.css';

const AdminProductDocument = graphql(`
  query AdminProduct($id: ID!) {
    product(id: $id) {
      id
      slug
      title
      description
      price {
        amount
        currencyCode
      }
      stock
      category {
        id
        slug
        name
      }
      tags
      imageUrl
      featured
      active
      updatedAt
    }
  }
`);

const UpdateProductDocument = graphql(`
  mutation UpdateProduct($id: ID!, $input: ProductUpdateInput!) {
    updateProduct(id: $id, input: $input) {
      product {
        id
        updatedAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

type LoadedProduct = NonNullable<AdminProductQuery['product']>;

/** Loads a product (inactive ones too, for admins) and edits it. */
export function EditProductPage({ id }: { id: string }) {
  const product = useQuery({
    queryKey: ['admin', 'product', id],
    queryFn: () => execute(AdminProductDocument, { id }),
    // Always the latest: its updatedAt is what a save is checked against.
    staleTime: 0,
  });

  if (product.isPending) return <Spinner label="Loading product" />;
  if (product.isError) {
    return (
      <AdminError
        title="This product could not be loaded"
        error={product.error}
        onRetry={() => void product.refetch()}
      />
    );
  }
  if (!product.data.product) {
    return (
      <section className={styles.page}>
        <h1>Product not found</h1>
        <p>
          There is no product with this id. <Link to="/admin">Back to all products</Link>
        </p>
      </section>
    );
  }
  return (
    // A reload that brings a newer version starts the form again from it.
    <ProductEditor
      key={product.data.product.updatedAt}
      product={product.data.product}
      reloading={product.isFetching}
      onReload={() => void product.refetch()}
    />
  );
}

function ProductEditor({
  product,
  reloading,
  onReload,
}: {
  product: LoadedProduct;
  reloading: boolean;
  onReload: () => void;
}) {
  const [initial] = useState(() => toFormValues(product));
  const [errors, setErrors] = useState<FormErrors<ProductField>>(noFormErrors);
  const [stale, setStale] = useState(false);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const update = useMutation({
    mutationFn: (input: ProductUpdateInput) => execute(UpdateProductDocument, { id: product.id, input }),
  });

  function saved(title: string) {
    // The admin list, this product and the shop's lists and pages all change.
    void queryClient.invalidateQueries();
    const state: SavedNavigationState = { notice: `Saved “${title}”.` };
    void navigate('/admin', { state });
  }

  return (
    <section className={styles.page} aria-labelledby="edit-product-title">
      <p className={styles.back}>
        <Link to="/admin">← All products</Link>
      </p>
      <div className={styles.heading}>
        <h1 id="edit-product-title">Edit {product.title}</h1>
        {!product.active && <Badge tone="muted">Archived</Badge>}
        {product.active && (
          <DeleteProductButton
            product={product}
            label="Delete product"
            onDeleted={() => {
              const state: SavedNavigationState = { notice: `Deleted “${product.title}”: it is archived.` };
              void navigate('/admin', { state });
            }}
          />
        )}
      </div>
      {!product.active && (
        <div role="note" className={styles.archived} aria-labelledby="archived-title">
          <p>
            <strong id="archived-title">Archived.</strong> This product is off sale: the shop doesn&apos;t
            list or sell it. Restore it to put it back on sale.
          </p>
          <RestoreProductButton product={product} onRestored={onReload} />
        </div>
      )}
      <ProductForm
        mode="edit"
        initial={initial}
        submitLabel="Save changes"
        busy={update.isPending}
        errors={errors}
        requestError={update.error}
        notice={
          stale && (
            <div role="alert" className={styles.stale}>
              <p>Someone else changed this product; reload to see their changes.</p>
              <Button variant="secondary" onClick={onReload} disabled={reloading}>
                {reloading ? 'Reloading…' : 'Reload'}
              </Button>
            </div>
          )
        }
        onSubmit={(values) => {
          const changes = changedFields(initial, values);
          if (Object.keys(changes).length === 0) {
            void navigate('/admin');
            return;
          }
          setErrors(noFormErrors());
          setStale(false);
          update.mutate(
            { ...changes, expectedUpdatedAt: product.updatedAt },
            {
              onSuccess: ({ updateProduct }) => {
                const problems = updateProduct.userErrors;
                if (problems.length === 0 && updateProduct.product) return saved(values.title.trim());
                setStale(problems.some((problem) => problem.code === 'STALE_OBJECT'));
                setErrors(
                  toFormErrors(
                    problems.filter((problem) => problem.code !== 'STALE_OBJECT'),
                    PRODUCT_FIELDS,
                  ),
                );
              },
            },
          );
        }}
      />
    </section>
  );
}
