import Link from "next/link";

// The page of an address that leads nowhere (or outside the reader's scope), with the way back.
export function NotFoundPage({ title, body, back }: { title: string; body?: string; back: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-xl font-semibold">{title}</h1>
      {body && <p className="mt-2 text-slate-600">{body}</p>}
      <Link href="/" className="mt-4 inline-block text-brand-700 hover:underline">
        {back}
      </Link>
    </div>
  );
}
