-- Budget lines of a kecamatan per year (issue 13 item 7), for the budget table of the LKjIP: anggaran and realisasi
-- of pendapatan and of the three belanja (pegawai, barang dan jasa, modal), whole rupiah. Optional: a year without
-- rows has no budget table. Totals and realisasi % are computed by the application, never stored.
-- Portable SQL: runs on MariaDB (deployments, tests) and on plain H2 (embedded default).
CREATE TABLE anggaran_kecamatan (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    kecamatan_id  BIGINT      NOT NULL,
    tahun         INT         NOT NULL,
    jenis         VARCHAR(30) NOT NULL,
    anggaran      BIGINT      NOT NULL,
    realisasi     BIGINT,
    version       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_anggaran_kecamatan UNIQUE (kecamatan_id, tahun, jenis),
    CONSTRAINT fk_anggaran_kecamatan_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id)
);
