import { ErrorMessage } from './error-message';
import styles from './error-message.module.css';

export interface FormAlertProps {
  /** Problems that belong to no single field, e.g. "The email or the password is wrong." */
  messages: readonly string[];
  /** A request that failed outright (network, server error); shown instead of `messages`. */
  error?: unknown;
}

/** The problems above a form; nothing when there are none. */
export function FormAlert({ messages, error }: FormAlertProps) {
  if (error) return <ErrorMessage title="That didn't work" error={error} />;
  if (messages.length === 0) return null;
  return (
    <div role="alert" className={styles.error}>
      {messages.length === 1 ? (
        <p className={styles.title}>{messages[0]}</p>
      ) : (
        <ul className={styles.messages}>
          {messages.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
