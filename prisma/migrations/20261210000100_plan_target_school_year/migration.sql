-- A group target set for a school year (Bạc Liêu 119/KH-UBND: pupils and students, school year
-- 2021–2022). The school year is the one holding the milestone of the target, and only the target of a group can
-- be one (the overall rate counts the whole population, not a school year).
-- AlterTable
ALTER TABLE "plan_target" ADD COLUMN "by_school_year" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "plan_target" ADD CONSTRAINT "plan_target_school_year_group"
  CHECK (NOT "by_school_year" OR "group_id" IS NOT NULL);

-- The school-year target of the demo in existing databases: group 4 of 119/KH-UBND (pupils
-- and students), on the scope unit of the plan and on any unit it was allocated to.
UPDATE "plan_target" t
SET "by_school_year" = true
FROM "plan" p, "participant_group" g
WHERE p.id = t.plan_id AND p.number = '119/KH-UBND' AND p.issuer = 'UBND tỉnh Bạc Liêu'
  AND g.id = t.group_id AND g.code = '4';
