import { type RefObject, useEffect } from 'react';
import { type FormErrors, hasFormErrors } from '@/lib/user-errors';

/** After a failed submit, moves focus to the first field with an error so it is read out. */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>, errors: FormErrors<string>) {
  useEffect(() => {
    if (!hasFormErrors(errors)) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, errors]);
}
