-- counted_apply (20261203000000_counted_store) with the units of its deltas named to the index
-- lookups of unit_closure and counted_source_end.
--
-- The deltas sit in temporary tables that are never analysed, so the planner guessed a thousand rows
-- for them and joined them to the whole closure (a hash of its 38,000 rows with depth > 0, about
-- 10 ms) in every statement of every write: a submit fires three such statements, about 30 ms, and
-- holds the store rows of its province and of the country all that time, so concurrent submits from
-- one province queued behind one another. The same join now also requires the unit to be one of the
-- deltas (= ANY of their distinct units, an array the planner takes for a few values), and so does
-- the join to the old units' ends: the closure is read through unit_closure_descendant_id_idx and the
-- ends through counted_source_end_pkey, a few rows for a submit (about 0.1 ms), while a rebuild, which
-- applies a year of deltas at a time, still joins them by hash. (The ends' own ancestors in today's
-- view are still found by a hash join: a write to a month before 1 July 2025 is a rare correction,
-- and narrowing that join the same way made the rebuild a third slower.)

CREATE OR REPLACE FUNCTION "counted_apply"() RETURNS void LANGUAGE plpgsql AS E'
DECLARE
  since date\073
BEGIN
  SELECT s.since_day INTO since FROM counted_store_state s WHERE s.id = 1\073

  INSERT INTO counted_group_month AS s (view, unit_id, period, group_id, status, insured, eligible, newly_enrolled, renewed)
  SELECT 0, c.ancestor_id, d.period, d.group_id, d.status,
         SUM(d.sign * d.insured), SUM(d.sign * d.eligible), SUM(d.sign * d.newly_enrolled), SUM(d.sign * d.renewed)
  FROM pg_temp.counted_group_delta d
  JOIN unit_closure c ON c.descendant_id = d.unit_id AND c.depth > 0
    AND c.descendant_id = ANY (ARRAY(SELECT DISTINCT unit_id FROM pg_temp.counted_group_delta))
  GROUP BY c.ancestor_id, d.period, d.group_id, d.status
  ORDER BY 2, 3, 4, 5
  ON CONFLICT (view, unit_id, period, group_id, status) DO UPDATE
    SET insured = s.insured + excluded.insured, eligible = s.eligible + excluded.eligible,
        newly_enrolled = s.newly_enrolled + excluded.newly_enrolled, renewed = s.renewed + excluded.renewed\073

  INSERT INTO counted_unit_month AS s (view, unit_id, period, status, reports, population, voluntary_social_insured, voluntary_social_assigned)
  SELECT 0, c.ancestor_id, d.period, d.status, SUM(d.sign),
         SUM(d.sign * d.population), SUM(d.sign * d.voluntary_social_insured), SUM(d.sign * d.voluntary_social_assigned)
  FROM pg_temp.counted_unit_delta d
  JOIN unit_closure c ON c.descendant_id = d.unit_id AND c.depth > 0
    AND c.descendant_id = ANY (ARRAY(SELECT DISTINCT unit_id FROM pg_temp.counted_unit_delta))
  GROUP BY c.ancestor_id, d.period, d.status
  ORDER BY 2, 3, 4
  ON CONFLICT (view, unit_id, period, status) DO UPDATE
    SET reports = s.reports + excluded.reports, population = s.population + excluded.population,
        voluntary_social_insured = s.voluntary_social_insured + excluded.voluntary_social_insured,
        voluntary_social_assigned = s.voluntary_social_assigned + excluded.voluntary_social_assigned\073

  IF since IS NOT NULL THEN
    INSERT INTO counted_group_month AS s (view, unit_id, period, group_id, status, insured, eligible, newly_enrolled, renewed)
    SELECT 1, c.ancestor_id, p.period, p.group_id, p.status,
           SUM(p.sign * p.insured), SUM(p.sign * p.eligible), SUM(p.sign * p.newly_enrolled), SUM(p.sign * p.renewed)
    FROM (
      SELECT x.end_id, x.in_today, x.period, x.group_id, x.status, x.sign,
             counted_part(x.insured, x.w, ROW_NUMBER() OVER (k ORDER BY counted_remainder(x.insured, x.w) DESC, x.end_code, x.end_id),
                          SUM(FLOOR(ROUND(x.insured * x.w, 9))) OVER k) AS insured,
             counted_part(x.eligible, x.w, ROW_NUMBER() OVER (k ORDER BY counted_remainder(x.eligible, x.w) DESC, x.end_code, x.end_id),
                          SUM(FLOOR(ROUND(x.eligible * x.w, 9))) OVER k) AS eligible,
             counted_part(x.newly_enrolled, x.w, ROW_NUMBER() OVER (k ORDER BY counted_remainder(x.newly_enrolled, x.w) DESC, x.end_code, x.end_id),
                          SUM(FLOOR(ROUND(x.newly_enrolled * x.w, 9))) OVER k) AS newly_enrolled,
             counted_part(x.renewed, x.w, ROW_NUMBER() OVER (k ORDER BY counted_remainder(x.renewed, x.w) DESC, x.end_code, x.end_id),
                          SUM(FLOOR(ROUND(x.renewed * x.w, 9))) OVER k) AS renewed
      FROM (
        SELECT d.*, e.end_id, e.end_code, e.w, e.in_today
        FROM pg_temp.counted_group_delta d
        JOIN counted_source_end e ON e.source_id = d.unit_id
          AND e.source_id = ANY (ARRAY(SELECT DISTINCT unit_id FROM pg_temp.counted_group_delta))
        WHERE d.period < since
      ) x
      WINDOW k AS (PARTITION BY x.unit_id, x.period, x.group_id, x.status, x.sign)
    ) p
    JOIN unit_closure c ON c.descendant_id = p.end_id
    WHERE p.in_today
    GROUP BY c.ancestor_id, p.period, p.group_id, p.status
    ORDER BY 2, 3, 4, 5
    ON CONFLICT (view, unit_id, period, group_id, status) DO UPDATE
      SET insured = s.insured + excluded.insured, eligible = s.eligible + excluded.eligible,
          newly_enrolled = s.newly_enrolled + excluded.newly_enrolled, renewed = s.renewed + excluded.renewed\073

    -- A unit reports once for each old unit with a part in it, whatever the number of its parts.
    INSERT INTO counted_unit_month AS s (view, unit_id, period, status, reports, population, voluntary_social_insured, voluntary_social_assigned)
    SELECT 1, a.ancestor_id, a.period, a.status, SUM(a.sign),
           SUM(a.sign * a.population), SUM(a.sign * a.voluntary_social_insured), SUM(a.sign * a.voluntary_social_assigned)
    FROM (
      SELECT c.ancestor_id, p.unit_id, p.period, p.status, p.sign,
             SUM(p.population) AS population, SUM(p.voluntary_social_insured) AS voluntary_social_insured,
             SUM(p.voluntary_social_assigned) AS voluntary_social_assigned
      FROM (
        SELECT x.unit_id, x.end_id, x.in_today, x.period, x.status, x.sign,
               counted_part(x.population, x.w, ROW_NUMBER() OVER (k ORDER BY counted_remainder(x.population, x.w) DESC, x.end_code, x.end_id),
                            SUM(FLOOR(ROUND(x.population * x.w, 9))) OVER k) AS population,
               counted_part(x.voluntary_social_insured, x.w, ROW_NUMBER() OVER (k ORDER BY counted_remainder(x.voluntary_social_insured, x.w) DESC, x.end_code, x.end_id),
                            SUM(FLOOR(ROUND(x.voluntary_social_insured * x.w, 9))) OVER k) AS voluntary_social_insured,
               counted_part(x.voluntary_social_assigned, x.w, ROW_NUMBER() OVER (k ORDER BY counted_remainder(x.voluntary_social_assigned, x.w) DESC, x.end_code, x.end_id),
                            SUM(FLOOR(ROUND(x.voluntary_social_assigned * x.w, 9))) OVER k) AS voluntary_social_assigned
        FROM (
          SELECT d.*, e.end_id, e.end_code, e.w, e.in_today
          FROM pg_temp.counted_unit_delta d
          JOIN counted_source_end e ON e.source_id = d.unit_id
            AND e.source_id = ANY (ARRAY(SELECT DISTINCT unit_id FROM pg_temp.counted_unit_delta))
          WHERE d.period < since
        ) x
        WINDOW k AS (PARTITION BY x.unit_id, x.period, x.status, x.sign)
      ) p
      JOIN unit_closure c ON c.descendant_id = p.end_id
      WHERE p.in_today
      GROUP BY c.ancestor_id, p.unit_id, p.period, p.status, p.sign
    ) a
    GROUP BY a.ancestor_id, a.period, a.status
    ORDER BY 2, 3, 4
    ON CONFLICT (view, unit_id, period, status) DO UPDATE
      SET reports = s.reports + excluded.reports, population = s.population + excluded.population,
          voluntary_social_insured = s.voluntary_social_insured + excluded.voluntary_social_insured,
          voluntary_social_assigned = s.voluntary_social_assigned + excluded.voluntary_social_assigned\073
  END IF\073

  DELETE FROM pg_temp.counted_group_delta\073
  DELETE FROM pg_temp.counted_unit_delta\073
END ';
