-- The signed Perjanjian Kinerja document of a unit (dokumen_naskah_berurutan.kode, then dokumen_arsip.kode).
ALTER TABLE perjanjian_kinerja ADD COLUMN naskah_kode VARCHAR(36) NULL;
