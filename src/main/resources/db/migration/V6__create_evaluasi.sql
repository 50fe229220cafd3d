-- Quarterly evaluation of a ditetapkan Renja. Capaian, averages and predikat are never stored: they are computed
-- from these targets and realisasi (evaluasi.Capaian) whenever they are shown or printed.

-- Rencana aksi: each sub kegiatan row of the Renja split over TW I–IV (target and rupiah per quarter).
CREATE TABLE rencana_aksi (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    renja_id       BIGINT        NOT NULL,
    renja_baris_id BIGINT        NOT NULL,
    kode           VARCHAR(30)   NOT NULL,
    unit_kerja_id  BIGINT        NOT NULL,
    target_1       DECIMAL(19,4),
    target_2       DECIMAL(19,4),
    target_3       DECIMAL(19,4),
    target_4       DECIMAL(19,4),
    rp_1           BIGINT,
    rp_2           BIGINT,
    rp_3           BIGINT,
    rp_4           BIGINT,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_rencana_aksi UNIQUE (renja_id, kode),
    CONSTRAINT fk_rencana_aksi_renja FOREIGN KEY (renja_id) REFERENCES renja (id),
    CONSTRAINT fk_rencana_aksi_baris FOREIGN KEY (renja_baris_id) REFERENCES renja_baris (id)
);

-- Each unit's rencana aksi: drafted by the unit, approved (or returned with a reason) by the sekcam.
CREATE TABLE rencana_aksi_unit (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    renja_id       BIGINT        NOT NULL,
    unit_kerja_id  BIGINT        NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    alasan         VARCHAR(2000),
    diajukan_pada  TIMESTAMP(6)  NULL,
    disetujui_pada TIMESTAMP(6)  NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_rencana_aksi_unit UNIQUE (renja_id, unit_kerja_id),
    CONSTRAINT fk_rencana_aksi_unit_renja FOREIGN KEY (renja_id) REFERENCES renja (id),
    CONSTRAINT fk_rencana_aksi_unit_unit FOREIGN KEY (unit_kerja_id) REFERENCES unit_kerja (id)
);

-- Perjanjian kinerja of a unit head: its content is the Renja's rows of the unit; stored is who confirmed it, when.
CREATE TABLE perjanjian_kinerja (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    renja_id          BIGINT        NOT NULL,
    unit_kerja_id     BIGINT        NOT NULL,
    dikonfirmasi_pada TIMESTAMP(6)  NULL,
    dikonfirmasi_oleh VARCHAR(60),
    nama              VARCHAR(200),
    jabatan           VARCHAR(200),
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_perjanjian_kinerja UNIQUE (renja_id, unit_kerja_id),
    CONSTRAINT fk_perjanjian_kinerja_renja FOREIGN KEY (renja_id) REFERENCES renja (id)
);

-- One quarter's evaluation of a kecamatan (business key of the evaluasiTriwulan process).
CREATE TABLE evaluasi_triwulan (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    kecamatan_id     BIGINT        NOT NULL,
    renja_id         BIGINT        NOT NULL,
    tahun            INT           NOT NULL,
    triwulan         INT           NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    batas            DATE          NOT NULL,
    dimulai_pada     TIMESTAMP(6)  NOT NULL,
    dimulai_oleh     VARCHAR(60)   NOT NULL,
    rekap_tempat     VARCHAR(200),
    rekap_tanggal    DATE,
    rekap_oleh       VARCHAR(60),
    rekap_nama       VARCHAR(200),
    rekap_jabatan    VARCHAR(200),
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_evaluasi_triwulan UNIQUE (kecamatan_id, tahun, triwulan),
    CONSTRAINT fk_evaluasi_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id),
    CONSTRAINT fk_evaluasi_renja FOREIGN KEY (renja_id) REFERENCES renja (id)
);

-- One unit's laporan evaluasi for the quarter and where it is in its verification and sign-off.
CREATE TABLE laporan_evaluasi (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    evaluasi_id         BIGINT        NOT NULL,
    unit_kerja_id       BIGINT        NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    alasan              VARCHAR(2000),
    diajukan_pada       TIMESTAMP(6)  NULL,
    diajukan_oleh       VARCHAR(60),
    pengaju_nama        VARCHAR(200),
    pengaju_jabatan     VARCHAR(200),
    diverifikasi_pada   TIMESTAMP(6)  NULL,
    verifikator_nama    VARCHAR(200),
    verifikator_jabatan VARCHAR(200),
    ditandatangani_pada TIMESTAMP(6)  NULL,
    penandatangan_nama  VARCHAR(200),
    penandatangan_jabatan VARCHAR(200),
    tempat              VARCHAR(200),
    tanggal             DATE,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_laporan_evaluasi UNIQUE (evaluasi_id, unit_kerja_id),
    CONSTRAINT fk_laporan_evaluasi FOREIGN KEY (evaluasi_id) REFERENCES evaluasi_triwulan (id),
    CONSTRAINT fk_laporan_unit FOREIGN KEY (unit_kerja_id) REFERENCES unit_kerja (id)
);

-- What the unit reports per sub kegiatan for the quarter. realisasi_kinerja is the quarter's own value (for a
-- cumulative indicator: the value so far); realisasi_rp is the money spent in the quarter.
CREATE TABLE laporan_baris (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    laporan_id        BIGINT         NOT NULL,
    kode              VARCHAR(30)    NOT NULL,
    realisasi_kinerja DECIMAL(19,4),
    realisasi_rp      BIGINT,
    kendala           VARCHAR(4000),
    tindak_lanjut     VARCHAR(4000),
    catatan_keuangan  VARCHAR(2000),
    alasan_kembali    VARCHAR(2000),
    version           BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_laporan_baris UNIQUE (laporan_id, kode),
    CONSTRAINT fk_laporan_baris FOREIGN KEY (laporan_id) REFERENCES laporan_evaluasi (id)
);

-- Activities carried out for a sub kegiatan in the quarter (repeatable).
CREATE TABLE laporan_kegiatan (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    laporan_baris_id BIGINT         NOT NULL,
    tanggal          DATE           NOT NULL,
    desa             VARCHAR(200)   NOT NULL,
    uraian           VARCHAR(2000)  NOT NULL,
    CONSTRAINT fk_laporan_kegiatan FOREIGN KEY (laporan_baris_id) REFERENCES laporan_baris (id)
);

-- Evidence files (PDF or image, checked by content), kept with their SHA-256.
CREATE TABLE laporan_bukti (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    laporan_baris_id BIGINT         NOT NULL,
    nama             VARCHAR(255)   NOT NULL,
    jenis            VARCHAR(100)   NOT NULL,
    ukuran           BIGINT         NOT NULL,
    sha256           VARCHAR(64)    NOT NULL,
    isi              LONGBLOB       NOT NULL,
    diunggah_pada    TIMESTAMP(6)   NOT NULL,
    diunggah_oleh    VARCHAR(60)    NOT NULL,
    CONSTRAINT fk_laporan_bukti FOREIGN KEY (laporan_baris_id) REFERENCES laporan_baris (id)
);

-- "Evaluasi tahun N": the year's result per sub kegiatan, stored when the camat signs the TW IV recap. It fills
-- the "tahun lalu" columns of a later Renja's BAB II (T-C.29).
CREATE TABLE evaluasi_tahunan (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    kecamatan_id  BIGINT        NOT NULL,
    tahun         INT           NOT NULL,
    renja_id      BIGINT        NOT NULL,
    dibuat_pada   TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_evaluasi_tahunan UNIQUE (kecamatan_id, tahun),
    CONSTRAINT fk_evaluasi_tahunan_renja FOREIGN KEY (renja_id) REFERENCES renja (id)
);

CREATE TABLE evaluasi_tahunan_baris (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    evaluasi_tahunan_id BIGINT         NOT NULL,
    kode                VARCHAR(30)    NOT NULL,
    nama                VARCHAR(500)   NOT NULL,
    unit_kerja_id       BIGINT         NOT NULL,
    indikator           VARCHAR(1000),
    satuan              VARCHAR(60),
    polaritas           VARCHAR(10)    NOT NULL,
    jenis               VARCHAR(20)    NOT NULL,
    target              DECIMAL(19,4),
    realisasi           DECIMAL(19,4),
    anggaran            BIGINT,
    realisasi_rp        BIGINT,
    CONSTRAINT uk_evaluasi_tahunan_baris UNIQUE (evaluasi_tahunan_id, kode),
    CONSTRAINT fk_evaluasi_tahunan_baris FOREIGN KEY (evaluasi_tahunan_id) REFERENCES evaluasi_tahunan (id)
);
