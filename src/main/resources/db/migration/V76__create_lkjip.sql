-- The LKjIP (Laporan Kinerja Instansi Pemerintah, PermenPAN-RB 53/2014) of a kecamatan's year: where it stands
-- (the approval columns every approval shares: submitted by the sekcam, returned with a reason or signed by the
-- camat) and the signed original's archive code. Every figure in it is computed from the year's signed
-- evaluations; only the narratives are stored (lkjip_narasi).
-- Portable SQL: runs on MariaDB (deployments, tests) and on plain H2 (embedded default).
CREATE TABLE lkjip (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    kecamatan_id         BIGINT       NOT NULL,
    tahun                INT          NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    alasan               VARCHAR(2000),
    diajukan_pada        TIMESTAMP,
    diajukan_oleh        VARCHAR(100),
    diputus_pada         TIMESTAMP,
    diputus_oleh         VARCHAR(100),
    tempat               VARCHAR(200),
    tanggal              DATE,
    arsip_kode           VARCHAR(100),
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_lkjip UNIQUE (kecamatan_id, tahun),
    CONSTRAINT fk_lkjip_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id)
);

-- The sekcam's narrative of one part of the LKjIP (a part without a row prints its default text).
CREATE TABLE lkjip_narasi (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    lkjip_id  BIGINT       NOT NULL,
    bagian    VARCHAR(30)  NOT NULL,
    teks      TEXT         NOT NULL,
    version   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_lkjip_narasi UNIQUE (lkjip_id, bagian),
    CONSTRAINT fk_lkjip_narasi_lkjip FOREIGN KEY (lkjip_id) REFERENCES lkjip (id)
);
