/** A `UserError` as the API reports it: an expected problem with a mutation's input. */
export interface UserErrorEntry {
  code: string;
  /** The path to the input field at fault, e.g. `["input", "email"]`; null when no single field is. */
  field?: readonly string[] | null;
  message: string;
}

/** User errors sorted for a form: messages next to the fields they name, the rest above the form. */
export interface FormErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  general: string[];
}

export function noFormErrors<F extends string>(): FormErrors<F> {
  return { fields: {}, general: [] };
}

export function hasFormErrors(errors: FormErrors<string>): boolean {
  return errors.general.length > 0 || Object.keys(errors.fields).length > 0;
}

/**
 * Which of the form's fields a user error names: its path's last element, or, for a path into
 * a list such as `["input", "tags", "2"]`, the nearest element before it that is a field.
 */
export function fieldOf<F extends string>(error: UserErrorEntry, fields: readonly F[]): F | undefined {
  const path = error.field ?? [];
  for (let i = path.length - 1; i >= 0; i--) {
    const name = path[i] as F;
    if (fields.includes(name)) return name;
  }
  return undefined;
}

/** Sorts user errors onto the form's fields; errors naming no known field are general ones. */
export function toFormErrors<F extends string>(
  errors: readonly UserErrorEntry[],
  fields: readonly F[],
): FormErrors<F> {
  const result = noFormErrors<F>();
  for (const error of errors) {
    const field = fieldOf(error, fields);
    if (field === undefined) {
      result.general.push(error.message);
    } else {
      const previous = result.fields[field];
      result.fields[field] = previous ? `${previous} ${error.message}` : error.message;
    }
  }
  return result;
}
