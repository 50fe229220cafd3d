-- A Renja section keeps its approval in the shared approval state (id.sipeka.base.Persetujuan): status and reason as
-- before, who submitted it, and who decided (approved or returned) and when. The approval time becomes the decision
-- time; who did it and when a return was made come from the Renja's timeline (renja_peristiwa), which recorded every
-- step with its user.
ALTER TABLE renja_bagian
    CHANGE COLUMN disetujui_pada diputus_pada TIMESTAMP(6) NULL,
    ADD COLUMN diajukan_oleh VARCHAR(60) NULL AFTER diajukan_pada,
    ADD COLUMN diputus_oleh VARCHAR(60) NULL AFTER diputus_pada;

UPDATE renja_bagian b
SET b.diajukan_oleh = (SELECT p.username FROM renja_peristiwa p
                       WHERE p.renja_id = b.renja_id AND p.unit_kerja_id = b.unit_kerja_id AND p.aksi = 'AJUKAN'
                       ORDER BY p.waktu DESC, p.id DESC LIMIT 1)
WHERE b.diajukan_pada IS NOT NULL;

-- a returned section had no decision time of its own
UPDATE renja_bagian b
SET b.diputus_pada = (SELECT p.waktu FROM renja_peristiwa p
                      WHERE p.renja_id = b.renja_id AND p.unit_kerja_id = b.unit_kerja_id
                        AND p.aksi IN ('SETUJUI_BAGIAN', 'KEMBALIKAN_BAGIAN')
                      ORDER BY p.waktu DESC, p.id DESC LIMIT 1)
WHERE b.diputus_pada IS NULL AND b.status = 'DIKEMBALIKAN';

UPDATE renja_bagian b
SET b.diputus_oleh = (SELECT p.username FROM renja_peristiwa p
                      WHERE p.renja_id = b.renja_id AND p.unit_kerja_id = b.unit_kerja_id
                        AND p.aksi IN ('SETUJUI_BAGIAN', 'KEMBALIKAN_BAGIAN')
                      ORDER BY p.waktu DESC, p.id DESC LIMIT 1)
WHERE b.diputus_pada IS NOT NULL;
