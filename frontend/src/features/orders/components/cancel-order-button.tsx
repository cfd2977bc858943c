import { useState } from 'react';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorMessage } from '@/components/error-message';
import { FormAlert } from '@/components/form-alert';
import { useOrderTransition } from '../hooks/use-order-transition';

/** Cancels an order after a confirmation; the server says whether it still may be. */
export function CancelOrderButton({ number, label = 'Cancel order' }: { number: string; label?: string }) {
  const [open, setOpen] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const cancel = useOrderTransition();

  function close() {
    setOpen(false);
    setProblems([]);
    cancel.reset();
  }

  function confirm() {
    setProblems([]);
    cancel.mutate(
      { transition: 'cancel', number },
      {
        onSuccess: ({ userErrors }) => {
          if (userErrors.length > 0) setProblems(userErrors.map((error) => error.message));
          else setOpen(false);
        },
      },
    );
  }

  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        {label}
      </Button>
      {open && (
        <ConfirmDialog
          title={`Cancel order ${number}?`}
          confirmLabel="Cancel order"
          cancelLabel="Keep order"
          busy={cancel.isPending}
          error={
            cancel.isError ? (
              <ErrorMessage title="The order could not be cancelled" error={cancel.error} />
            ) : (
              <FormAlert messages={problems} />
            )
          }
          onConfirm={confirm}
          onCancel={close}
        >
          <p>The order is cancelled at once and its items go back on sale. This can&apos;t be undone.</p>
        </ConfirmDialog>
      )}
    </>
  );
}
