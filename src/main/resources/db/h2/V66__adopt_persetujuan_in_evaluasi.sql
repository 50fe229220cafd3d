-- A unit's rencana aksi and laporan evaluasi keep their approval in the shared approval-state columns (base.Persetujuan:
-- status DIISI / DIAJUKAN / DIKEMBALIKAN / DISETUJUI, alasan, diajukan_pada/_oleh, diputus_pada/_oleh). A laporan's
-- verification by the sekcam is its approval; the camat's signature keeps its own columns (ditandatangani_pada, …),
-- so a signed laporan is DISETUJUI with ditandatangani_pada set.
-- The embedded H2's reading of db/migration/V66 (which landed in MariaDB's dialect: one ALTER with CHANGE COLUMN and
-- AFTER, which H2 cannot parse, and a landed migration is never edited): the same changes, one per statement.
-- base.MigrasiH2 gives Flyway this text for V66 on H2 only.

ALTER TABLE rencana_aksi_unit RENAME COLUMN disetujui_pada TO diputus_pada;
ALTER TABLE rencana_aksi_unit ADD COLUMN diajukan_oleh VARCHAR(60) NULL;
ALTER TABLE rencana_aksi_unit ADD COLUMN diputus_oleh VARCHAR(60) NULL;

UPDATE rencana_aksi_unit SET status = 'DIISI' WHERE status = 'DRAF';

ALTER TABLE laporan_evaluasi RENAME COLUMN diverifikasi_pada TO diputus_pada;
ALTER TABLE laporan_evaluasi ADD COLUMN diputus_oleh VARCHAR(60) NULL;

UPDATE laporan_evaluasi SET status = 'DISETUJUI' WHERE status IN ('DIVERIFIKASI', 'DITANDATANGANI');
