-- Realisasi of a year before SIPEKA was used (issue 13 item 6): entered or imported by the admin for a year of the
-- Renstra period that has no quarterly evaluation, outside any workflow, so that the LKjIP and the roll-up can
-- compare with earlier years. Only the realisasi is stored: the year's targets and pagu are the Renstra's.
-- Portable SQL: runs on MariaDB (deployments, tests) and on plain H2 (embedded default).
CREATE TABLE realisasi_riwayat (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    kecamatan_id  BIGINT       NOT NULL,
    tahun         INT          NOT NULL,
    dicatat_oleh  VARCHAR(60)  NOT NULL,
    dicatat_pada  TIMESTAMP(6) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_realisasi_riwayat UNIQUE (kecamatan_id, tahun),
    CONSTRAINT fk_realisasi_riwayat_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id)
);

CREATE TABLE realisasi_riwayat_baris (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    riwayat_id    BIGINT         NOT NULL,
    kode          VARCHAR(30)    NOT NULL,
    realisasi     DECIMAL(19,4),
    realisasi_rp  BIGINT,
    CONSTRAINT uk_realisasi_riwayat_baris UNIQUE (riwayat_id, kode),
    CONSTRAINT fk_realisasi_riwayat_baris FOREIGN KEY (riwayat_id) REFERENCES realisasi_riwayat (id)
);
