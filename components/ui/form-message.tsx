// The message of a whole form (saved, refused…), in a live region that is always present.
export function FormMessage({ ok, message }: { ok: boolean; message: string | null }) {
  return (
    <div role="status" aria-live="polite" className={ok ? "text-sm text-met" : "text-sm text-behind"}>
      {message && <p className="rounded-md border border-current/20 bg-white px-3 py-2">{message}</p>}
    </div>
  );
}
