-- What a unit reports in a quarter for the second, third, … indicator of a sub kegiatan (urutan as in
-- nomenklatur_indikator); the first indicator's realisasi stays on laporan_baris.
CREATE TABLE laporan_baris_indikator (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    laporan_baris_id BIGINT        NOT NULL,
    urutan           INT           NOT NULL,
    realisasi        DECIMAL(19,4) NOT NULL,
    CONSTRAINT uk_laporan_baris_indikator UNIQUE (laporan_baris_id, urutan),
    CONSTRAINT fk_laporan_baris_indikator FOREIGN KEY (laporan_baris_id) REFERENCES laporan_baris (id)
);
