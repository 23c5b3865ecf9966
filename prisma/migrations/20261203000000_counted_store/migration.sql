-- The store of counted figures (lib/counted-store/ and the README, "Store of counted figures").
--
-- Sums of the reports' figures per unit, month and report status, in two views:
--   view 0: the month's own structure, through unit_closure, for the units above the base level (a
--           base unit's own figures are its report, read from the raw rows),
--   view 1: today's structure (the one valid from since_day until until_day, see counted_store_state)
--           for the months before since_day, the old base units' figures carried into today's units
--           by the share rule of lib/units/succession-shares.ts (largest remainder over each old
--           unit's ends, as lib/queries/carried-figures.ts does), for every unit of today's
--           structure, its base units included: their carried figures come from several old units.
-- Rows are kept per status, not per counting basis: the counting rule (lib/coverage/counting-rule.ts)
-- is applied when reading, by summing the statuses that count.
--
-- Function bodies are E'' strings whose semicolons are written \073: the PostgreSQL migration adapter
-- splits a script on every semicolon (README, Stack notes).
--
-- Triggers on unit_month_report and enrollment_figure keep the store exact inside the transaction of
-- every write, whatever code path writes: each statement's old rows are taken out and its new rows
-- put in (deltas), applied to the ancestors in key order with INSERT … ON CONFLICT DO UPDATE, so
-- concurrent writes add up and lock rows in one order. A change of units, closure or successions
-- marks the store stale (fresh = false): readers then use the raw rows until it is rebuilt
-- (lib/counted-store/rebuild.ts), which the imports do in their own transaction.

CREATE TABLE "counted_store_state" (
    "id" INTEGER NOT NULL DEFAULT 1 CHECK ("id" = 1),
    "fresh" BOOLEAN NOT NULL DEFAULT false,
    "structure_day" DATE,
    "since_day" DATE,
    "until_day" DATE,
    "built_at" TIMESTAMP(3),
    CONSTRAINT "counted_store_state_pkey" PRIMARY KEY ("id")
);
INSERT INTO "counted_store_state" ("id") VALUES (1);

CREATE TABLE "counted_group_month" (
    "view" SMALLINT NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "period" DATE NOT NULL,
    "group_id" INTEGER NOT NULL,
    "status" "ReportStatus" NOT NULL,
    "insured" BIGINT NOT NULL,
    "eligible" BIGINT NOT NULL,
    "newly_enrolled" BIGINT NOT NULL,
    "renewed" BIGINT NOT NULL,
    CONSTRAINT "counted_group_month_pkey" PRIMARY KEY ("view", "unit_id", "period", "group_id", "status")
);

CREATE TABLE "counted_unit_month" (
    "view" SMALLINT NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "period" DATE NOT NULL,
    "status" "ReportStatus" NOT NULL,
    "reports" INTEGER NOT NULL,
    "population" BIGINT NOT NULL,
    "voluntary_social_insured" BIGINT NOT NULL,
    "voluntary_social_assigned" BIGINT NOT NULL,
    CONSTRAINT "counted_unit_month_pkey" PRIMARY KEY ("view", "unit_id", "period", "status")
);

-- Base units below a unit (the unit itself when it is one) from valid_from until valid_to: between
-- two dates on which some unit begins or ends, the structure does not change.
CREATE TABLE "counted_base_count" (
    "view" SMALLINT NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "base_units" INTEGER NOT NULL,
    CONSTRAINT "counted_base_count_pkey" PRIMARY KEY ("view", "unit_id", "valid_from")
);

-- Where an old base unit's figures go in today's structure: each end and its weight (view 1).
CREATE TABLE "counted_source_end" (
    "source_id" INTEGER NOT NULL,
    "end_id" INTEGER NOT NULL,
    "end_code" TEXT NOT NULL,
    "w" NUMERIC NOT NULL,
    "in_today" BOOLEAN NOT NULL,
    CONSTRAINT "counted_source_end_pkey" PRIMARY KEY ("source_id", "end_id")
);

-- The rows a statement took out (sign -1) or put in (+1), gathered per transaction and applied by
-- counted_apply(). Temporary: each session has its own, emptied after each use.
CREATE FUNCTION "counted_delta_tables"() RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  IF to_regclass(''pg_temp.counted_group_delta'') IS NULL THEN
    CREATE TEMP TABLE counted_group_delta (
      unit_id int, period date, group_id int, status "ReportStatus", sign int,
      insured bigint, eligible bigint, newly_enrolled bigint, renewed bigint
    ) ON COMMIT DELETE ROWS\073
    CREATE TEMP TABLE counted_unit_delta (
      unit_id int, period date, status "ReportStatus", sign int,
      population bigint, voluntary_social_insured bigint, voluntary_social_assigned bigint
    ) ON COMMIT DELETE ROWS\073
    CREATE TEMP TABLE counted_moved (
      id int, sign int, unit_id int, period date, status "ReportStatus",
      population bigint, voluntary_social_insured bigint, voluntary_social_assigned bigint, regroup boolean
    ) ON COMMIT DELETE ROWS\073
  END IF\073
END ';

-- Adds the gathered deltas to the store, then empties them, in both views: view 1 only for months
-- before since_day, dividing each old unit's counts among its ends by the largest remainder.
CREATE FUNCTION "counted_apply"() RETURNS void LANGUAGE plpgsql AS E'
DECLARE
  since date\073
BEGIN
  SELECT s.since_day INTO since FROM counted_store_state s WHERE s.id = 1\073

  INSERT INTO counted_group_month AS s (view, unit_id, period, group_id, status, insured, eligible, newly_enrolled, renewed)
  SELECT 0, c.ancestor_id, d.period, d.group_id, d.status,
         SUM(d.sign * d.insured), SUM(d.sign * d.eligible), SUM(d.sign * d.newly_enrolled), SUM(d.sign * d.renewed)
  FROM pg_temp.counted_group_delta d
  JOIN unit_closure c ON c.descendant_id = d.unit_id AND c.depth > 0
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

-- The part of `value` an end with weight `w` gets: the whole part of value × w, plus one for the
-- ends with the largest remainders until the parts add up to value (`rank` is the end's place by
-- remainder, `floors` the sum of the whole parts over all the ends).
CREATE FUNCTION "counted_part"(value bigint, w numeric, rank bigint, floors numeric) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$
  SELECT (FLOOR(ROUND(value * w, 9)) + CASE WHEN rank <= value - floors THEN 1 ELSE 0 END)::bigint
$$;

CREATE FUNCTION "counted_remainder"(value bigint, w numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE AS $$
  SELECT ROUND(value * w, 9) - FLOOR(ROUND(value * w, 9))
$$;

CREATE FUNCTION "counted_store_live"() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT fresh FROM counted_store_state WHERE id = 1
$$;

-- Group figures changed: their part moves in or out of the bucket of their report's status.
CREATE FUNCTION "counted_figures_changed"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF NOT COALESCE(counted_store_live(), false) THEN RETURN NULL\073 END IF\073
  PERFORM counted_delta_tables()\073
  IF TG_OP IN (''UPDATE'', ''DELETE'') THEN
    INSERT INTO pg_temp.counted_group_delta
    SELECT o.unit_id, o.period, o.group_id, r.status, -1, o.insured, o.eligible, o.newly_enrolled, o.renewed
    FROM old_rows o JOIN unit_month_report r ON r.unit_id = o.unit_id AND r.period = o.period\073
  END IF\073
  IF TG_OP IN (''UPDATE'', ''INSERT'') THEN
    INSERT INTO pg_temp.counted_group_delta
    SELECT n.unit_id, n.period, n.group_id, r.status, 1, n.insured, n.eligible, n.newly_enrolled, n.renewed
    FROM new_rows n JOIN unit_month_report r ON r.unit_id = n.unit_id AND r.period = n.period\073
  END IF\073
  PERFORM counted_apply()\073
  RETURN NULL\073
END ';

-- A report changed: its unit-level figures move, and when its status (or unit or month) changed,
-- its group figures move with it.
CREATE FUNCTION "counted_reports_changed"() RETURNS trigger LANGUAGE plpgsql AS E'
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
           COALESCE(CASE s.sign WHEN 1 THEN n.voluntary_social_insured ELSE o.voluntary_social_insured END, 0),
           COALESCE(CASE s.sign WHEN 1 THEN n.voluntary_social_assigned ELSE o.voluntary_social_assigned END, 0),
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
    SELECT n.unit_id, n.period, n.status, 1, n.population, COALESCE(n.voluntary_social_insured, 0), COALESCE(n.voluntary_social_assigned, 0)
    FROM new_rows n\073
    INSERT INTO pg_temp.counted_group_delta
    SELECT n.unit_id, n.period, f.group_id, n.status, 1, f.insured, f.eligible, f.newly_enrolled, f.renewed
    FROM new_rows n JOIN enrollment_figure f ON f.unit_id = n.unit_id AND f.period = n.period\073
  ELSE
    INSERT INTO pg_temp.counted_unit_delta
    SELECT o.unit_id, o.period, o.status, -1, o.population, COALESCE(o.voluntary_social_insured, 0), COALESCE(o.voluntary_social_assigned, 0)
    FROM old_rows o\073
    INSERT INTO pg_temp.counted_group_delta
    SELECT o.unit_id, o.period, f.group_id, o.status, -1, f.insured, f.eligible, f.newly_enrolled, f.renewed
    FROM old_rows o JOIN enrollment_figure f ON f.unit_id = o.unit_id AND f.period = o.period\073
  END IF\073
  PERFORM counted_apply()\073
  RETURN NULL\073
END ';

-- Units, their closure or successions changed: the store no longer matches them until rebuilt.
CREATE FUNCTION "counted_store_outdated"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE counted_store_state SET fresh = false WHERE id = 1 AND fresh\073
  RETURN NULL\073
END ';

CREATE TRIGGER "counted_figures_inserted" AFTER INSERT ON "enrollment_figure"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "counted_figures_changed"();
CREATE TRIGGER "counted_figures_updated" AFTER UPDATE ON "enrollment_figure"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "counted_figures_changed"();
CREATE TRIGGER "counted_figures_deleted" AFTER DELETE ON "enrollment_figure"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "counted_figures_changed"();

CREATE TRIGGER "counted_reports_inserted" AFTER INSERT ON "unit_month_report"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "counted_reports_changed"();
CREATE TRIGGER "counted_reports_updated" AFTER UPDATE ON "unit_month_report"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "counted_reports_changed"();
CREATE TRIGGER "counted_reports_deleted" AFTER DELETE ON "unit_month_report"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "counted_reports_changed"();

CREATE TRIGGER "counted_store_outdated_by_reports" AFTER TRUNCATE ON "unit_month_report"
    FOR EACH STATEMENT EXECUTE FUNCTION "counted_store_outdated"();
CREATE TRIGGER "counted_store_outdated_by_figures" AFTER TRUNCATE ON "enrollment_figure"
    FOR EACH STATEMENT EXECUTE FUNCTION "counted_store_outdated"();
CREATE TRIGGER "counted_store_outdated_by_units" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "unit"
    FOR EACH STATEMENT EXECUTE FUNCTION "counted_store_outdated"();
CREATE TRIGGER "counted_store_outdated_by_closure" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "unit_closure"
    FOR EACH STATEMENT EXECUTE FUNCTION "counted_store_outdated"();
CREATE TRIGGER "counted_store_outdated_by_successions" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "unit_succession"
    FOR EACH STATEMENT EXECUTE FUNCTION "counted_store_outdated"();
