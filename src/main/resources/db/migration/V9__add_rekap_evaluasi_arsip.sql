-- The signed PDFs of a quarter's recap and, at TW IV, of the year's evaluation (dokumen_arsip.kode), archived when
-- the camat signs the recap.
ALTER TABLE evaluasi_triwulan ADD COLUMN rekap_arsip_kode VARCHAR(36);
ALTER TABLE evaluasi_triwulan ADD COLUMN tahunan_arsip_kode VARCHAR(36);
