export function Card({
  id,
  title,
  description,
  children,
  className = "",
}: {
  /** An anchor for links to the card. */
  id?: string;
  title?: string;
  description?: React.ReactNode;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <section id={id} className={`rounded-lg border border-slate-200 bg-white p-4 shadow-sm ${className}`}>
      {title && <h2 className="text-base font-semibold text-slate-900">{title}</h2>}
      {description && <p className="mt-0.5 text-sm text-slate-500">{description}</p>}
      <div className={title || description ? "mt-3" : ""}>{children}</div>
    </section>
  );
}
