import { FormField, inputClass } from "@/components/ui/form-field";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";

/**
 * A new password, for the person's own account or one an administrator sets: the browser may offer
 * to generate one, and it knows the policy's least length (the server checks it again).
 */
export function NewPasswordField({
  fieldName,
  name,
  label,
  hint,
  errors,
}: {
  /** The field's id in the page (unique when several forms share it); `name` is what the form posts. */
  fieldName: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
}) {
  return (
    <FormField name={fieldName} label={label} hint={hint} errors={errors}>
      <input
        name={name}
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        className={inputClass}
      />
    </FormField>
  );
}
