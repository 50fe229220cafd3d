-- Renstra: the 5-year plan of one kecamatan. Program and kegiatan pagu are never stored: they are sums of their
-- sub kegiatan.
CREATE TABLE renstra (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    kecamatan_id BIGINT  NOT NULL,
    tahun_awal   INT     NOT NULL,
    tahun_akhir  INT     NOT NULL,
    version      BIGINT  NOT NULL DEFAULT 0,
    CONSTRAINT uk_renstra_periode UNIQUE (kecamatan_id, tahun_awal),
    CONSTRAINT fk_renstra_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id)
);

-- Program (7.01.PP), kegiatan (7.01.PP.2.KK) and sub kegiatan (7.01.PP.2.KK.SSSS) with their indicator.
CREATE TABLE nomenklatur (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    renstra_id     BIGINT        NOT NULL,
    parent_id      BIGINT,
    tingkat        VARCHAR(20)   NOT NULL,
    kode           VARCHAR(30)   NOT NULL,
    nama           VARCHAR(500)  NOT NULL,
    hasil          VARCHAR(1000),
    indikator      VARCHAR(1000),
    satuan         VARCHAR(60),
    polaritas      VARCHAR(10)   NOT NULL,
    jenis          VARCHAR(20)   NOT NULL,
    baseline       DECIMAL(19,4),
    unit_kerja_id  BIGINT,
    urutan         INT           NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_nomenklatur_kode UNIQUE (renstra_id, kode),
    CONSTRAINT fk_nomenklatur_renstra FOREIGN KEY (renstra_id) REFERENCES renstra (id),
    CONSTRAINT fk_nomenklatur_parent FOREIGN KEY (parent_id) REFERENCES nomenklatur (id),
    CONSTRAINT fk_nomenklatur_unit FOREIGN KEY (unit_kerja_id) REFERENCES unit_kerja (id)
);

-- Target per year for every level; pagu only for sub kegiatan (whole rupiah).
CREATE TABLE nomenklatur_tahun (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    nomenklatur_id BIGINT        NOT NULL,
    tahun          INT           NOT NULL,
    target         DECIMAL(19,4),
    pagu           BIGINT,
    CONSTRAINT uk_nomenklatur_tahun UNIQUE (nomenklatur_id, tahun),
    CONSTRAINT fk_nomenklatur_tahun FOREIGN KEY (nomenklatur_id) REFERENCES nomenklatur (id)
);

-- Tujuan (T1) and sasaran (T1.S1) with one indicator each and yearly targets.
CREATE TABLE tujuan_sasaran (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    renstra_id  BIGINT         NOT NULL,
    parent_id   BIGINT,
    tingkat     VARCHAR(20)    NOT NULL,
    kode        VARCHAR(30)    NOT NULL,
    uraian      VARCHAR(1000)  NOT NULL,
    indikator   VARCHAR(1000),
    satuan      VARCHAR(60),
    polaritas   VARCHAR(10)    NOT NULL,
    baseline    DECIMAL(19,4),
    urutan      INT            NOT NULL,
    version     BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_tujuan_sasaran_kode UNIQUE (renstra_id, kode),
    CONSTRAINT fk_tujuan_sasaran_renstra FOREIGN KEY (renstra_id) REFERENCES renstra (id),
    CONSTRAINT fk_tujuan_sasaran_parent FOREIGN KEY (parent_id) REFERENCES tujuan_sasaran (id)
);

CREATE TABLE tujuan_sasaran_tahun (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    tujuan_sasaran_id BIGINT        NOT NULL,
    tahun             INT           NOT NULL,
    target            DECIMAL(19,4),
    CONSTRAINT uk_tujuan_sasaran_tahun UNIQUE (tujuan_sasaran_id, tahun),
    CONSTRAINT fk_tujuan_sasaran_tahun FOREIGN KEY (tujuan_sasaran_id) REFERENCES tujuan_sasaran (id)
);
