-- A Renja section keeps its approval in the shared approval state (id.sipeka.base.Persetujuan): status and reason as
-- before, who submitted it, and who decided (approved or returned) and when. The approval time becomes the decision
-- time; who did it and when a return was made come from the Renja's timeline (renja_peristiwa), which recorded every
-- step with its user. One change per statement, no vendor syntax: it runs on MariaDB and on the embedded H2 alike.
ALTER TABLE renja_bagian RENAME COLUMN disetujui_pada TO diputus_pada;
ALTER TABLE renja_bagian ADD COLUMN diajukan_oleh VARCHAR(60) NULL;
ALTER TABLE renja_bagian ADD COLUMN diputus_oleh VARCHAR(60) NULL;

UPDATE renja_bagian
SET diajukan_oleh = (SELECT p.username FROM renja_peristiwa p
                     WHERE p.renja_id = renja_bagian.renja_id AND p.unit_kerja_id = renja_bagian.unit_kerja_id
                       AND p.aksi = 'AJUKAN'
                     ORDER BY p.waktu DESC, p.id DESC LIMIT 1)
WHERE diajukan_pada IS NOT NULL;

-- a returned section had no decision time of its own
UPDATE renja_bagian
SET diputus_pada = (SELECT p.waktu FROM renja_peristiwa p
                    WHERE p.renja_id = renja_bagian.renja_id AND p.unit_kerja_id = renja_bagian.unit_kerja_id
                      AND p.aksi IN ('SETUJUI_BAGIAN', 'KEMBALIKAN_BAGIAN')
                    ORDER BY p.waktu DESC, p.id DESC LIMIT 1)
WHERE diputus_pada IS NULL AND status = 'DIKEMBALIKAN';

UPDATE renja_bagian
SET diputus_oleh = (SELECT p.username FROM renja_peristiwa p
                    WHERE p.renja_id = renja_bagian.renja_id AND p.unit_kerja_id = renja_bagian.unit_kerja_id
                      AND p.aksi IN ('SETUJUI_BAGIAN', 'KEMBALIKAN_BAGIAN')
                    ORDER BY p.waktu DESC, p.id DESC LIMIT 1)
WHERE diputus_pada IS NOT NULL;
