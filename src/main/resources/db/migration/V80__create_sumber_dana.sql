-- Sumber dana: the funding sources a Renja row or a Renstra sub kegiatan may name (one, or several separated by
-- commas). Kept by the admin on a screen; a source no longer used is switched off, never deleted, so the rows that
-- already name it keep a known source.
CREATE TABLE sumber_dana (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    kode    VARCHAR(30)  NOT NULL,
    nama    VARCHAR(200) NOT NULL,
    aktif   BOOLEAN      NOT NULL DEFAULT TRUE,
    urutan  INT          NOT NULL,
    version BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_sumber_dana_kode UNIQUE (kode)
);

-- The sources of a kabupaten's APBD as SIPD names them, plus those the seed documents print.
INSERT INTO sumber_dana (kode, nama, urutan) VALUES
('APBD', 'Anggaran Pendapatan dan Belanja Daerah Kabupaten', 1),
('DAU', 'Dana Alokasi Umum', 2),
('DAK', 'Dana Alokasi Khusus', 3),
('DBH', 'Dana Bagi Hasil', 4),
('PAD', 'Pendapatan Asli Daerah', 5),
('BANKEU', 'Bantuan Keuangan Provinsi', 6),
('DID', 'Dana Insentif Daerah', 7),
('Pendapatan Daerah', 'Pendapatan Daerah (tanpa rincian)', 8),
('APBD Provinsi', 'Anggaran Pendapatan dan Belanja Daerah Provinsi', 9),
('APBN', 'Anggaran Pendapatan dan Belanja Negara', 10);

-- A sub kegiatan's sumber dana as the Renstra plans it: the default of its Renja rows.
ALTER TABLE nomenklatur ADD COLUMN sumber_dana VARCHAR(100);
