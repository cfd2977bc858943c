import { Button } from '@/components/button';
import { canRetry } from '@/lib/graphql-client';
import { useSignOut } from '../hooks/use-sign-out';
import styles from './sign-out-button.module.css';

/** Signs the customer out; says so when that failed, and to try again only when that can help. */
export function SignOutButton({ className, onSignedOut }: { className?: string; onSignedOut?: () => void }) {
  const signOut = useSignOut({ onSignedOut });
  return (
    <>
      <Button
        variant="secondary"
        className={className}
        disabled={signOut.isPending}
        onClick={() => signOut.mutate()}
      >
        {signOut.isPending ? 'Signing out…' : 'Sign out'}
      </Button>
      {signOut.isError && (
        <span role="alert" className={styles.error}>
          {canRetry(signOut.error)
            ? 'Signing out failed. Try again.'
            : `Signing out failed: ${signOut.error.message}`}
        </span>
      )}
    </>
  );
}
