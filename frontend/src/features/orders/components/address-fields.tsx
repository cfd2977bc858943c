import { useMemo } from 'react';
import { FormField } from '@/components/form-field';
import type { FormErrors } from '@/lib/user-errors';
import type { CheckoutField, CheckoutValues } from '../utils/checkout-form';
import { countryOptions } from '../utils/countries';
import styles from './checkout-page.module.css';

export interface AddressFieldsProps {
  values: CheckoutValues;
  errors: FormErrors<CheckoutField>['fields'];
  onChange: (field: CheckoutField, value: string) => void;
}

type TextField = Exclude<CheckoutField, 'email' | 'countryCode'>;

const TEXT_FIELDS: { field: TextField; label: string; autoComplete: string; optional?: boolean }[] = [
  { field: 'name', label: 'Full name', autoComplete: 'shipping name' },
  { field: 'line1', label: 'Street and number', autoComplete: 'shipping address-line1' },
  { field: 'line2', label: 'Flat, floor, etc.', autoComplete: 'shipping address-line2', optional: true },
  { field: 'city', label: 'City', autoComplete: 'shipping address-level2' },
  { field: 'postalCode', label: 'Postal code', autoComplete: 'shipping postal-code' },
  { field: 'region', label: 'State or region', autoComplete: 'shipping address-level1', optional: true },
];

/** The shipping address, with each problem (the browser's or the server's) under its field. */
export function AddressFields({ values, errors, onChange }: AddressFieldsProps) {
  const countries = useMemo(() => countryOptions(), []);
  return (
    <div className={styles.address}>
      {TEXT_FIELDS.map(({ field, label, autoComplete, optional }) => (
        <div key={field} className={styles[field]}>
          <FormField label={optional ? `${label} (optional)` : label} error={errors[field]}>
            {(control) => (
              <input
                {...control}
                name={field}
                autoComplete={autoComplete}
                value={values[field]}
                onChange={(event) => onChange(field, event.target.value)}
              />
            )}
          </FormField>
        </div>
      ))}
      <div className={styles.countryCode}>
        <FormField label="Country" error={errors.countryCode}>
          {(control) => (
            <select
              {...control}
              name="countryCode"
              autoComplete="shipping country"
              value={values.countryCode}
              onChange={(event) => onChange('countryCode', event.target.value)}
            >
              <option value="">Choose a country</option>
              {countries.map(({ code, name }) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
    </div>
  );
}
