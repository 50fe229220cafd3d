-- The signed PDF of a laporan evaluasi, archived when the camat signs it off (dokumen_arsip.kode).
ALTER TABLE laporan_evaluasi ADD COLUMN arsip_kode VARCHAR(36);
