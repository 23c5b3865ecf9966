-- Reference data brings its texts in English too: participant groups their name and short name (a
-- group set is entered in both languages), New Rural Area thresholds their legal basis and notes.
-- Nullable: a row entered without them shows its Vietnamese text in English as well.
-- AlterTable
ALTER TABLE "participant_group" ADD COLUMN "name_en" TEXT,
ADD COLUMN "short_name_en" TEXT;

-- AlterTable
ALTER TABLE "rural_standard_threshold" ADD COLUMN "legal_basis_en" TEXT,
ADD COLUMN "notes_en" TEXT;

-- The 2014 set (Law on Health Insurance, article 12) of existing databases, as the seed writes it.
UPDATE "participant_group" g
SET "name_en" = v.name_en, "short_name_en" = v.short_name_en
FROM "group_set" s, (VALUES
    ('1', 'Paid by employees and employers', 'Employees'),
    ('2', 'Paid by the social insurance agency', 'Paid by social insurance'),
    ('3', 'Paid by the state budget', 'Paid by the state'),
    ('4', 'Contribution supported by the state budget', 'State-supported'),
    ('5', 'Enrolled by household', 'Households')
) AS v(code, name_en, short_name_en)
WHERE s.id = g.group_set_id AND s.code = 'LBHYT-2014' AND g.code = v.code AND g.name_en IS NULL;

-- The thresholds migration 20261126000000 inserted, where an administrator has not reworded them.
UPDATE "rural_standard_threshold" r
SET "legal_basis_en" = v.legal_basis_en, "notes_en" = v.notes_en
FROM (VALUES
    ('Quyết định 1980/QĐ-TTg, tiêu chí 15.1', 'Decision 1980/QĐ-TTg, criterion 15.1', NULL),
    ('Quyết định 691/QĐ-TTg (xã nông thôn mới kiểu mẫu)', 'Decision 691/QĐ-TTg (model New Rural Area commune)', NULL),
    ('Chưa xác nhận, tạm giữ mức của Quyết định 1980/QĐ-TTg', 'Not confirmed: the level of Decision 1980/QĐ-TTg is kept for now',
     'The 2021–2025 threshold under Decision 318/QĐ-TTg is not confirmed. An administrator updates it once the official figure is known.'),
    ('Chưa xác nhận, tạm giữ mức của Quyết định 691/QĐ-TTg', 'Not confirmed: the level of Decision 691/QĐ-TTg is kept for now',
     'The 2021–2025 threshold is not confirmed. An administrator updates it once the official figure is known.')
) AS v(legal_basis, legal_basis_en, notes_en)
WHERE r.legal_basis = v.legal_basis AND r.legal_basis_en IS NULL;
