-- Archive of final (signed) documents. The file lives under sipeka.dokumen.direktori-arsip; this row is its
-- identity: the public code printed in the QR code, what the verification page may show, and the SHA-256 of the
-- exact bytes stored. Rows are only inserted, never changed.
CREATE TABLE dokumen_arsip (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    kode                 VARCHAR(36)   NOT NULL,
    kecamatan_id         BIGINT        NOT NULL,
    jenis                VARCHAR(100)  NOT NULL,
    judul                VARCHAR(500)  NOT NULL,
    instansi             VARCHAR(200)  NOT NULL,
    tahun                INT           NOT NULL,
    tahap                VARCHAR(60)   NOT NULL,
    versi                INT           NOT NULL,
    sha256               VARCHAR(64)   NOT NULL,
    ukuran               BIGINT        NOT NULL,
    berkas               VARCHAR(300)  NOT NULL,
    penandatangan        VARCHAR(200)  NOT NULL,
    jabatan_penandatangan VARCHAR(200) NOT NULL,
    nip_penandatangan    VARCHAR(18)   NOT NULL,
    sertifikat_sha256    VARCHAR(64)   NOT NULL,
    ditandatangani_pada  TIMESTAMP(6)  NOT NULL,
    dibuat_oleh          VARCHAR(60)   NOT NULL,
    CONSTRAINT uk_dokumen_arsip_kode UNIQUE (kode),
    CONSTRAINT fk_dokumen_arsip_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id)
);
CREATE INDEX ix_dokumen_arsip_kecamatan ON dokumen_arsip (kecamatan_id, jenis, tahun, versi);
