import type { Metadata } from "next";
import Link from "next/link";

import { CreateUserForm } from "@/components/admin/create-user-form";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/current-user";
import { getI18n } from "@/lib/i18n/server";
import { ASSIGNABLE_ROLES } from "@/lib/permissions/roles";
import { getAssignableUnits } from "@/lib/queries/get-assignable-units";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.users.createTitle };
}

export default async function NewUserPage() {
  const [actor, { t }] = await Promise.all([requirePermission("user:manage"), getI18n()]);
  const units = await getAssignableUnits(actor);
  return (
    <div className="space-y-4">
      <Link href="/admin/users" className="text-sm text-brand-700 underline-offset-2 hover:underline">
        ← {t.users.backToList}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t.users.createTitle}</h1>
        <p className="text-sm text-slate-500">{t.users.createDescription}</p>
      </div>
      {units.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
          {t.users.noAssignableUnit}
        </p>
      ) : (
        <Card>
          <CreateUserForm
            roles={ASSIGNABLE_ROLES[actor.role]}
            units={units}
            t={{ users: t.users, roles: t.roles, account: t.account }}
          />
        </Card>
      )}
    </div>
  );
}
