// The scope rule across the July 2025 reorganisation on the demo seed (its six old and three new
// provinces, June and July 2025): see tests/helpers/bac-lieu-scope.ts.
import { db } from "@/lib/db";
import { seedDemo } from "@/prisma/seed/seed-demo";

import { describeBacLieuScope } from "../helpers/bac-lieu-scope";

describeBacLieuScope(
  "the demo seed",
  async () => {
    await seedDemo(db, { from: "2025-06", to: "2025-07", today: new Date("2025-08-15T00:00:00Z") });
  },
  64,
);
