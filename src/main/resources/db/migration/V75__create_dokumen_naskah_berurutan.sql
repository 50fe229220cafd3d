-- A document signed by two officials in order (a Perjanjian Kinerja: the unit head, then the camat). The file signed
-- by the first is kept here until the second countersigns the same PDF; then the final file goes to dokumen_arsip
-- under the same kode (printed in the QR code at the first signing) and this row records when. The nomor naskah is
-- The subjek is the content module's key of what was signed (e.g. "PK:<renja>:<unit>"), one document each. The nomor is
-- taken at the first signature (it is printed) and entered in the register beside the archived file at the second.
CREATE TABLE dokumen_naskah_berurutan (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    kode             VARCHAR(36)   NOT NULL,
    kecamatan_id     BIGINT        NOT NULL,
    subjek           VARCHAR(100)  NOT NULL,
    jenis            VARCHAR(100)  NOT NULL,
    judul            VARCHAR(500)  NOT NULL,
    instansi         VARCHAR(200)  NOT NULL,
    tahun            INT           NOT NULL,
    tahap            VARCHAR(60)   NOT NULL,
    versi            INT           NOT NULL,
    nomor            VARCHAR(100)  NOT NULL,
    nomor_tahun      INT           NOT NULL,
    nomor_urut       INT           NOT NULL,
    nomor_klasifikasi VARCHAR(40)  NOT NULL,
    berkas           VARCHAR(300)  NOT NULL,
    sha256           VARCHAR(64)   NOT NULL,
    tempat           VARCHAR(200)  NOT NULL,
    nama_pertama     VARCHAR(200)  NOT NULL,
    jabatan_pertama  VARCHAR(200)  NOT NULL,
    nip_pertama      VARCHAR(18)   NOT NULL,
    pertama_pada     TIMESTAMP(6)  NOT NULL,
    pertama_oleh     VARCHAR(60)   NOT NULL,
    pelaksana_kedua  VARCHAR(4),
    nama_kedua       VARCHAR(200)  NOT NULL,
    jabatan_kedua    VARCHAR(200)  NOT NULL,
    pangkat_kedua    VARCHAR(100),
    nip_kedua        VARCHAR(18)   NOT NULL,
    kedua_pada       TIMESTAMP(6),
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_dokumen_naskah_berurutan_kode UNIQUE (kode),
    CONSTRAINT uk_dokumen_naskah_berurutan_subjek UNIQUE (kecamatan_id, subjek)
);
