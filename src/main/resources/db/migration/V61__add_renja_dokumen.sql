-- The Renja's documents in the archive. The penetapan PDF is signed and archived in the same transaction that
-- sets the Renja DITETAPKAN; the signer's NIP and pangkat are kept to print the same signature block on later
-- copies (DOCX). The berita acara of the forum is signed by the sekcam when the forum is closed; the uploaded scan
-- of the hand-signed berita acara is kept in the archive as evidence (berita_acara_nama/_hash stay its name and hash).
ALTER TABLE renja ADD COLUMN penetapan_nip VARCHAR(18);
ALTER TABLE renja ADD COLUMN penetapan_pangkat VARCHAR(100);
ALTER TABLE renja ADD COLUMN penetapan_arsip_kode VARCHAR(36);
ALTER TABLE renja ADD COLUMN berita_acara_arsip_kode VARCHAR(36);
ALTER TABLE renja ADD COLUMN berita_acara_bukti_kode VARCHAR(36);
ALTER TABLE renja ADD CONSTRAINT fk_renja_penetapan_arsip FOREIGN KEY (penetapan_arsip_kode) REFERENCES dokumen_arsip (kode);
ALTER TABLE renja ADD CONSTRAINT fk_renja_berita_acara_arsip FOREIGN KEY (berita_acara_arsip_kode) REFERENCES dokumen_arsip (kode);
ALTER TABLE renja ADD CONSTRAINT fk_renja_berita_acara_bukti FOREIGN KEY (berita_acara_bukti_kode) REFERENCES dokumen_lampiran (kode);
