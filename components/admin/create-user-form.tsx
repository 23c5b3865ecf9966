"use client";

import type { Role } from "@prisma/client";
import { useActionState, useState } from "react";

import { NewPasswordField } from "@/components/auth/new-password-field";
import { FormField, inputClass } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_ACTION_RESULT } from "@/lib/actions/action-result";
import { createUser } from "@/lib/actions/users";
import type { Messages } from "@/lib/i18n/messages";
import { SCOPE_UNIT_KINDS } from "@/lib/permissions/roles";
import type { AssignableUnit } from "@/lib/queries/get-assignable-units";

/**
 * The form to create an account. The unit list shows only units that suit the chosen role (the
 * server checks role, unit and scope again whatever the browser sends).
 */
export function CreateUserForm({
  roles,
  units,
  t,
}: {
  roles: readonly Role[];
  units: AssignableUnit[];
  t: { users: Messages["users"]; roles: Messages["roles"]; account: Messages["account"] };
}) {
  const [state, action] = useActionState(createUser, INITIAL_ACTION_RESULT);
  const [role, setRole] = useState<Role>(roles[0]!);
  const values = state.ok ? {} : (state.values ?? {});
  const fitting = units.filter((unit) => SCOPE_UNIT_KINDS[role].includes(unit.kind));
  const groups = [
    { label: t.users.unitsAfter, units: fitting.filter((unit) => !unit.ended) },
    { label: t.users.unitsBefore, units: fitting.filter((unit) => unit.ended) },
  ].filter((group) => group.units.length > 0);
  const indent = (level: number) => "\u00a0\u00a0".repeat(Math.max(0, level - 1));

  return (
    <form action={action} className="max-w-xl space-y-4" noValidate>
      <FormField
        name="username"
        label={t.users.username}
        hint={t.users.usernameHint}
        errors={state.fieldErrors.username}
      >
        <input
          name="username"
          defaultValue={values.username}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          className={inputClass}
        />
      </FormField>
      <FormField name="name" label={t.users.name} errors={state.fieldErrors.name}>
        <input name="name" defaultValue={values.name} autoComplete="off" required className={inputClass} />
      </FormField>
      <FormField name="phone" label={t.users.phone} hint={t.users.phoneHint} errors={state.fieldErrors.phone}>
        <input
          name="phone"
          type="tel"
          inputMode="tel"
          defaultValue={values.phone}
          autoComplete="off"
          className={inputClass}
        />
      </FormField>
      <FormField name="role" label={t.users.role} errors={state.fieldErrors.role}>
        <select
          name="role"
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
          className={inputClass}
        >
          {roles.map((value) => (
            <option key={value} value={value}>
              {t.roles[value]}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        name="scopeUnitId"
        label={t.users.scopeUnit}
        hint={t.users.scopeUnitHint}
        errors={state.fieldErrors.scopeUnitId}
      >
        <select name="scopeUnitId" key={role} defaultValue={values.scopeUnitId ?? ""} required className={inputClass}>
          <option value="">{t.users.chooseUnit}</option>
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.units.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {indent(unit.level)}
                  {unit.name} ({unit.code})
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </FormField>
      <NewPasswordField
        fieldName="password"
        name="password"
        label={t.users.initialPassword}
        hint={t.account.newPasswordHint}
        errors={state.fieldErrors.password}
      />
      <FormMessage ok={state.ok} message={state.message} />
      <SubmitButton label={t.users.create} pendingLabel={t.users.creating} />
    </form>
  );
}
