-- A target the plan document does not state, worked out from what it does state (Bạc Liêu's
-- 119/KH-UBND gives group targets only, and the demo derives the overall rate and number from them).
-- Shown labelled "suy ra" / "derived" wherever the target shows.
-- AlterTable
ALTER TABLE "plan_target" ADD COLUMN "derived" BOOLEAN NOT NULL DEFAULT false;

-- The demo's derived target in existing databases: 119/KH-UBND's overall target.
UPDATE "plan_target" t
SET "derived" = true
FROM "plan" p
WHERE p.id = t.plan_id AND p.number = '119/KH-UBND' AND p.issuer = 'UBND tỉnh Bạc Liêu'
  AND t.group_id IS NULL AND t.unit_id = p.scope_unit_id;
