-- A notification is about a document (its subjek, e.g. 'laporan:34' or 'renja:12:unit:5'); when a step moves that
-- document on, the notifications that asked someone to act on it are done (selesai_pada) and leave the list.
ALTER TABLE notifikasi ADD COLUMN subjek VARCHAR(120) NULL;
ALTER TABLE notifikasi ADD COLUMN selesai_pada TIMESTAMP(6) NULL;
CREATE INDEX ix_notifikasi_subjek ON notifikasi (kecamatan_id, subjek);
