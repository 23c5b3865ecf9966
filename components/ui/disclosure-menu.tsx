"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/** A <details> menu (keyboard-operable without script) that closes itself after a navigation. */
export function DisclosureMenu({ className, children }: { className?: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);
  return (
    <details ref={ref} className={className}>
      {children}
    </details>
  );
}
