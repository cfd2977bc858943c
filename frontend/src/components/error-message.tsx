import { canRetry, GraphQLRequestError } from '@/lib/graphql-client';
import { Button } from './button';
import styles from './error-message.module.css';

export interface ErrorMessageProps {
  title?: string;
  error: unknown;
  /** Shows a "Try again" button that calls this, when sending the request again can help. */
  onRetry?: () => void;
}

function messages(error: unknown): string[] {
  if (error instanceof GraphQLRequestError) return error.errors.map((e) => e.message);
  if (error instanceof Error && error.message) return [error.message];
  return ['Something went wrong.'];
}

/** Shows why a request failed, with the server's messages and a retry where one can help. */
export function ErrorMessage({ title = 'Something went wrong', error, onRetry }: ErrorMessageProps) {
  const lines = messages(error);
  return (
    <div role="alert" className={styles.error}>
      <p className={styles.title}>{title}</p>
      <ul className={styles.messages}>
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
      {onRetry && canRetry(error) && (
        <Button variant="secondary" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}
