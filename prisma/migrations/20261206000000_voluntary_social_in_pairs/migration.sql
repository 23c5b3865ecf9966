-- Voluntary social insurance is counted in pairs (lib/coverage/voluntary-social.ts): a report's
-- participants and assigned number count together, or not at all when either is blank. Until now a
-- blank was summed as 0, so 114 of 201 plus 50 of a blank showed 164 of 201.
--
-- The store's trigger on unit_month_report (20261203000000_counted_store) is replaced with one that
-- applies the rule, and the store is marked stale: its sums were built with the old one, and the next
-- read rebuilds it (lib/counted-store/ensure.ts). Semicolons in the body are written \073 (README,
-- Stack notes).

CREATE OR REPLACE FUNCTION "counted_reports_changed"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF NOT COALESCE(counted_store_live(), false) THEN RETURN NULL\073 END IF\073
  PERFORM counted_delta_tables()\073
  IF TG_OP = ''UPDATE'' THEN
    INSERT INTO pg_temp.counted_moved
    SELECT o.id, s.sign,
           CASE s.sign WHEN 1 THEN n.unit_id ELSE o.unit_id END,
           CASE s.sign WHEN 1 THEN n.period ELSE o.period END,
           CASE s.sign WHEN 1 THEN n.status ELSE o.status END,
           CASE s.sign WHEN 1 THEN n.population ELSE o.population END,
           CASE s.sign WHEN 1 THEN (CASE WHEN n.voluntary_social_insured IS NOT NULL AND n.voluntary_social_assigned IS NOT NULL THEN n.voluntary_social_insured ELSE 0 END) ELSE (CASE WHEN o.voluntary_social_insured IS NOT NULL AND o.voluntary_social_assigned IS NOT NULL THEN o.voluntary_social_insured ELSE 0 END) END,
           CASE s.sign WHEN 1 THEN (CASE WHEN n.voluntary_social_insured IS NOT NULL AND n.voluntary_social_assigned IS NOT NULL THEN n.voluntary_social_assigned ELSE 0 END) ELSE (CASE WHEN o.voluntary_social_insured IS NOT NULL AND o.voluntary_social_assigned IS NOT NULL THEN o.voluntary_social_assigned ELSE 0 END) END,
           (o.status, o.unit_id, o.period) IS DISTINCT FROM (n.status, n.unit_id, n.period)
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    CROSS JOIN (VALUES (-1), (1)) AS s(sign)
    WHERE (o.status, o.unit_id, o.period, o.population, o.voluntary_social_insured, o.voluntary_social_assigned)
          IS DISTINCT FROM (n.status, n.unit_id, n.period, n.population, n.voluntary_social_insured, n.voluntary_social_assigned)\073
    INSERT INTO pg_temp.counted_unit_delta
    SELECT unit_id, period, status, sign, population, voluntary_social_insured, voluntary_social_assigned FROM pg_temp.counted_moved\073
    INSERT INTO pg_temp.counted_group_delta
    SELECT m.unit_id, m.period, f.group_id, m.status, m.sign, f.insured, f.eligible, f.newly_enrolled, f.renewed
    FROM pg_temp.counted_moved m JOIN enrollment_figure f ON f.unit_id = m.unit_id AND f.period = m.period
    WHERE m.regroup\073
    DELETE FROM pg_temp.counted_moved\073
  ELSIF TG_OP = ''INSERT'' THEN
    INSERT INTO pg_temp.counted_unit_delta
    SELECT n.unit_id, n.period, n.status, 1, n.population,
           (CASE WHEN n.voluntary_social_insured IS NOT NULL AND n.voluntary_social_assigned IS NOT NULL THEN n.voluntary_social_insured ELSE 0 END),
           (CASE WHEN n.voluntary_social_insured IS NOT NULL AND n.voluntary_social_assigned IS NOT NULL THEN n.voluntary_social_assigned ELSE 0 END)
    FROM new_rows n\073
    INSERT INTO pg_temp.counted_group_delta
    SELECT n.unit_id, n.period, f.group_id, n.status, 1, f.insured, f.eligible, f.newly_enrolled, f.renewed
    FROM new_rows n JOIN enrollment_figure f ON f.unit_id = n.unit_id AND f.period = n.period\073
  ELSE
    INSERT INTO pg_temp.counted_unit_delta
    SELECT o.unit_id, o.period, o.status, -1, o.population,
           (CASE WHEN o.voluntary_social_insured IS NOT NULL AND o.voluntary_social_assigned IS NOT NULL THEN o.voluntary_social_insured ELSE 0 END),
           (CASE WHEN o.voluntary_social_insured IS NOT NULL AND o.voluntary_social_assigned IS NOT NULL THEN o.voluntary_social_assigned ELSE 0 END)
    FROM old_rows o\073
    INSERT INTO pg_temp.counted_group_delta
    SELECT o.unit_id, o.period, f.group_id, o.status, -1, f.insured, f.eligible, f.newly_enrolled, f.renewed
    FROM old_rows o JOIN enrollment_figure f ON f.unit_id = o.unit_id AND f.period = o.period\073
  END IF\073
  PERFORM counted_apply()\073
  RETURN NULL\073
END ';

UPDATE "counted_store_state" SET "fresh" = false WHERE "id" = 1;
