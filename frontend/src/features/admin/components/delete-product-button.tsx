import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, type ButtonProps } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { FormAlert } from '@/components/form-alert';
import { graphql } from '@/graphql/generated';
import { execute } from '@/lib/graphql-client';
import { AdminError } from '@/components/admin-error';

const DeleteProductDocument = graphql(`
  mutation DeleteProduct($id: ID!) {
    deleteProduct(id: $id) {
      deletedProductId
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export interface DeleteProductButtonProps {
  product: { id: string; title: string };
  /** The button's visible text; its accessible name adds the product's title. */
  label?: string;
  variant?: ButtonProps['variant'];
  onDeleted?: () => void;
}

/** Takes a product off sale after a confirmation. The product is archived, not erased. */
export function DeleteProductButton({
  product,
  label = 'Delete',
  variant = 'secondary',
  onDeleted,
}: DeleteProductButtonProps) {
  const [open, setOpen] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const queryClient = useQueryClient();
  const remove = useMutation({ mutationFn: () => execute(DeleteProductDocument, { id: product.id }) });

  function close() {
    setOpen(false);
    setProblems([]);
    remove.reset();
  }

  function confirm() {
    setProblems([]);
    remove.mutate(undefined, {
      onSuccess: ({ deleteProduct }) => {
        if (deleteProduct.userErrors.length > 0) {
          setProblems(deleteProduct.userErrors.map((error) => error.message));
          return;
        }
        setOpen(false);
        // The admin list and the shop's own lists and pages all change.
        void queryClient.invalidateQueries();
        onDeleted?.();
      },
    });
  }

  return (
    <>
      <Button variant={variant} aria-label={`${label} ${product.title}`} onClick={() => setOpen(true)}>
        {label}
      </Button>
      {open && (
        <ConfirmDialog
          title={`Delete “${product.title}”?`}
          confirmLabel="Delete product"
          busy={remove.isPending}
          error={
            remove.isError ? (
              <AdminError title="The product could not be deleted" error={remove.error} />
            ) : (
              <FormAlert messages={problems} />
            )
          }
          onConfirm={confirm}
          onCancel={close}
        >
          <p>
            It is taken off sale at once and disappears from the shop. Carts and order history that refer to
            it keep working, and you can put it back on sale by making it active again.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
