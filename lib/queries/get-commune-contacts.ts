// The accounts responsible for communes, for the review page: each commune's active commune staff
// (the accounts its reminders go to, lib/notifications/write-notices.ts), with their phone.
import "server-only";

import { db } from "@/lib/db";

export type CommuneContact = { name: string; phone: string | null };

export async function getCommuneContacts(unitIds: readonly number[]): Promise<Map<number, CommuneContact[]>> {
  const users = await db.user.findMany({
    where: { scopeUnitId: { in: [...unitIds] }, role: "COMMUNE_STAFF", active: true },
    select: { scopeUnitId: true, name: true, phone: true },
    orderBy: { name: "asc" },
  });
  const contacts = new Map<number, CommuneContact[]>();
  for (const { scopeUnitId, name, phone } of users)
    contacts.set(scopeUnitId, [...(contacts.get(scopeUnitId) ?? []), { name, phone }]);
  return contacts;
}
