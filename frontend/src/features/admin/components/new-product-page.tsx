import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { graphql } from '@/graphql/generated';
import type { ProductInput } from '@/graphql/generated/graphql';
import { execute } from '@/lib/graphql-client';
import { type FormErrors, noFormErrors, toFormErrors } from '@/lib/user-errors';
import { NEW_PRODUCT, PRODUCT_FIELDS, type ProductField, toProductInput } from '../utils/product-form';
import { ProductForm, type SavedNavigationState } from './product-form';
import styles from './admin-page.module.css';

const CreateProductDocument = graphql(`
  mutation CreateProduct($input: ProductInput!) {
    createProduct(input: $input) {
      product {
        id
        slug
        title
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export function NewProductPage() {
  const [errors, setErrors] = useState<FormErrors<ProductField>>(noFormErrors);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: (input: ProductInput) => execute(CreateProductDocument, { input }),
  });

  return (
    <section className={styles.page} aria-labelledby="new-product-title">
      <p className={styles.back}>
        <Link to="/admin">← All products</Link>
      </p>
      <h1 id="new-product-title">New product</h1>
      <ProductForm
        mode="create"
        initial={NEW_PRODUCT}
        submitLabel="Create product"
        busy={create.isPending}
        errors={errors}
        requestError={create.error}
        onSubmit={(values) => {
          setErrors(noFormErrors());
          create.mutate(toProductInput(values), {
            onSuccess: ({ createProduct }) => {
              if (createProduct.userErrors.length > 0 || !createProduct.product) {
                setErrors(toFormErrors(createProduct.userErrors, PRODUCT_FIELDS));
                return;
              }
              // The admin list and the shop's lists both have a new product.
              void queryClient.invalidateQueries();
              const state: SavedNavigationState = { notice: `Created “${createProduct.product.title}”.` };
              void navigate('/admin', { state });
            },
          });
        }}
      />
    </section>
  );
}
