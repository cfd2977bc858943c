import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, type ButtonProps } from '@/components/button';
import { graphql } from '@/graphql/generated';
import { execute } from '@/lib/graphql-client';

const RestoreProductDocument = graphql(`
  mutation RestoreProduct($id: ID!) {
    updateProduct(id: $id, input: { active: true }) {
      product {
        id
        active
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

export interface RestoreProductButtonProps {
  product: { id: string; title: string };
  variant?: ButtonProps['variant'];
  onRestored?: () => void;
}

/** Puts an archived product back on sale; says why when that failed. */
export function RestoreProductButton({
  product,
  variant = 'secondary',
  onRestored,
}: RestoreProductButtonProps) {
  const [problems, setProblems] = useState<string[]>([]);
  const queryClient = useQueryClient();
  const restore = useMutation({ mutationFn: () => execute(RestoreProductDocument, { id: product.id }) });

  function send() {
    if (restore.isPending) return;
    setProblems([]);
    restore.mutate(undefined, {
      onSuccess: ({ updateProduct }) => {
        if (updateProduct.userErrors.length > 0) {
          setProblems(updateProduct.userErrors.map((error) => error.message));
          return;
        }
        // The admin list and the shop's own lists and pages all change.
        void queryClient.invalidateQueries();
        onRestored?.();
      },
      onError: (error) => setProblems([error.message || 'The product could not be restored.']),
    });
  }

  return (
    <>
      <Button
        variant={variant}
        aria-label={`Restore ${product.title}`}
        aria-disabled={restore.isPending || undefined}
        onClick={send}
      >
        {restore.isPending ? 'Restoring…' : 'Restore'}
      </Button>
      {problems.length > 0 && <span role="alert">{problems.join(' ')}</span>}
    </>
  );
}
