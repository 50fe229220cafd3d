-- Files kept in the archive beside the signed documents: the XLSX tables of each signed document (rendered from
-- the same model when it was signed) and evidence uploaded by users, e.g. the scanned berita acara of a forum.
-- Like dokumen_arsip, rows are only inserted, never changed: a newer upload is a new row.
CREATE TABLE dokumen_lampiran (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    kode          VARCHAR(36)   NOT NULL,
    kecamatan_id  BIGINT        NOT NULL,
    arsip_kode    VARCHAR(36),
    jenis         VARCHAR(100)  NOT NULL,
    judul         VARCHAR(500)  NOT NULL,
    tahun         INT           NOT NULL,
    nama_berkas   VARCHAR(255)  NOT NULL,
    tipe_media    VARCHAR(100)  NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    ukuran        BIGINT        NOT NULL,
    berkas        VARCHAR(300)  NOT NULL,
    disimpan_oleh VARCHAR(60)   NOT NULL,
    disimpan_pada TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_dokumen_lampiran_kode UNIQUE (kode),
    CONSTRAINT fk_dokumen_lampiran_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id),
    CONSTRAINT fk_dokumen_lampiran_arsip FOREIGN KEY (arsip_kode) REFERENCES dokumen_arsip (kode)
);
CREATE INDEX ix_dokumen_lampiran_kecamatan ON dokumen_lampiran (kecamatan_id, tahun);
CREATE INDEX ix_dokumen_arsip_tahun ON dokumen_arsip (kecamatan_id, tahun);
