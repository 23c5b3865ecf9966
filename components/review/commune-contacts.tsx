import { formatPhone, phoneHref } from "@/lib/format";
import type { Messages } from "@/lib/i18n/messages";
import type { CommuneContact } from "@/lib/queries/get-commune-contacts";

/** A commune's responsible accounts: name, and the phone as a link that calls it. */
export function CommuneContacts({ contacts, t }: { contacts: CommuneContact[]; t: Messages }) {
  const texts = t.notifications.review;
  return (
    <div className="text-xs text-slate-700" data-testid="commune-contacts">
      <p className="font-medium">{texts.contacts}</p>
      {contacts.length === 0 ? (
        <p className="text-slate-600">{texts.noContacts}</p>
      ) : (
        <ul>
          {contacts.map((contact, i) => (
            <li key={`${contact.name}-${i}`}>
              {contact.name} ·{" "}
              {contact.phone ? (
                <a
                  href={phoneHref(contact.phone)}
                  className="inline-block py-1 text-sm font-medium whitespace-nowrap text-brand-700 underline underline-offset-2 hover:text-brand-900"
                >
                  {formatPhone(contact.phone)}
                </a>
              ) : (
                <span className="text-slate-600">{texts.noPhone}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
