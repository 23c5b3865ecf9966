// A draft left in this browser by an earlier visit, offered back: restore it or discard it.
import { Button } from "@/components/ui/button";

export function DraftOffer({
  text,
  restoreLabel,
  discardLabel,
  onRestore,
  onDiscard,
}: {
  text: string;
  restoreLabel: string;
  discardLabel: string;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  return (
    <div
      role="region"
      aria-labelledby="entry-draft-offer"
      className="rounded-lg border border-brand-600/30 bg-brand-50 p-3 text-sm"
      data-testid="draft-offer"
    >
      <p id="entry-draft-offer">{text}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button onClick={onRestore} className="min-h-11 px-3">
          {restoreLabel}
        </Button>
        <Button variant="secondary" onClick={onDiscard} className="min-h-11 px-3">
          {discardLabel}
        </Button>
      </div>
    </div>
  );
}
