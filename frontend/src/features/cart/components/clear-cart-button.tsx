import { useState } from 'react';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorMessage } from '@/components/error-message';
import { FormAlert } from '@/components/form-alert';
import { useClearCart } from '../hooks/use-cart-mutations';

/** Empties the cart after a confirmation. */
export function ClearCartButton({ onCleared }: { onCleared?: () => void }) {
  const [open, setOpen] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const clear = useClearCart();

  function close() {
    setOpen(false);
    setProblems([]);
    clear.reset();
  }

  function confirm() {
    setProblems([]);
    clear.mutate(undefined, {
      onSuccess: ({ userErrors }) => {
        if (userErrors.length > 0) {
          setProblems(userErrors.map((error) => error.message));
          return;
        }
        setOpen(false);
        onCleared?.();
      },
    });
  }

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Clear cart
      </Button>
      {open && (
        <ConfirmDialog
          title="Clear your cart?"
          confirmLabel="Clear cart"
          cancelLabel="Keep items"
          busy={clear.isPending}
          error={
            clear.isError ? (
              <ErrorMessage title="The cart could not be cleared" error={clear.error} />
            ) : (
              <FormAlert messages={problems} />
            )
          }
          onConfirm={confirm}
          onCancel={close}
        >
          <p>Every item is taken out of your cart. The products stay in the shop.</p>
        </ConfirmDialog>
      )}
    </>
  );
}
