-- A unit's rencana aksi and laporan evaluasi keep their approval in the shared approval-state columns (base.Persetujuan:
-- status DIISI / DIAJUKAN / DIKEMBALIKAN / DISETUJUI, alasan, diajukan_pada/_oleh, diputus_pada/_oleh). A laporan's
-- verification by the sekcam is its approval; the camat's signature keeps its own columns (ditandatangani_pada, …),
-- so a signed laporan is DISETUJUI with ditandatangani_pada set.

ALTER TABLE rencana_aksi_unit
    CHANGE COLUMN disetujui_pada diputus_pada TIMESTAMP(6) NULL,
    ADD COLUMN diajukan_oleh VARCHAR(60) NULL AFTER diajukan_pada,
    ADD COLUMN diputus_oleh VARCHAR(60) NULL AFTER diputus_pada;

UPDATE rencana_aksi_unit SET status = 'DIISI' WHERE status = 'DRAF';

ALTER TABLE laporan_evaluasi
    CHANGE COLUMN diverifikasi_pada diputus_pada TIMESTAMP(6) NULL,
    ADD COLUMN diputus_oleh VARCHAR(60) NULL AFTER diputus_pada;

UPDATE laporan_evaluasi SET status = 'DISETUJUI' WHERE status IN ('DIVERIFIKASI', 'DITANDATANGANI');
