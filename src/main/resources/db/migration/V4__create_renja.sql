-- The Renja (annual work plan) of a kecamatan for year N and everything its cycle produces. Program and
-- kegiatan values are never stored: they are computed from the sub kegiatan rows and the Renstra hierarchy.

CREATE TABLE renja (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    kecamatan_id        BIGINT       NOT NULL,
    renstra_id          BIGINT       NOT NULL,
    tahun               INT          NOT NULL,
    jenis               VARCHAR(20)  NOT NULL,
    induk_id            BIGINT,
    tahap               VARCHAR(30)  NOT NULL,
    batas_isi           DATE         NOT NULL,
    batas_telaah        DATE         NOT NULL,
    batas_forum         DATE         NOT NULL,
    batas_penetapan     DATE         NOT NULL,
    forum_tanggal       DATE,
    forum_tempat        VARCHAR(200),
    forum_peserta       TEXT,
    berita_acara_nama   VARCHAR(200),
    berita_acara_hash   VARCHAR(64),
    penetapan_tempat    VARCHAR(200),
    penetapan_tanggal   DATE,
    penetapan_oleh      VARCHAR(60),
    penetapan_nama      VARCHAR(200),
    penetapan_jabatan   VARCHAR(200),
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_renja_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id),
    CONSTRAINT fk_renja_renstra FOREIGN KEY (renstra_id) REFERENCES renstra (id),
    CONSTRAINT fk_renja_induk FOREIGN KEY (induk_id) REFERENCES renja (id)
);
CREATE INDEX ix_renja_kecamatan ON renja (kecamatan_id, tahun);

-- One row per sub kegiatan of year N (T-C.33 / Tabel 3.1). For a perubahan, *_sebelum hold the ditetapkan values.
CREATE TABLE renja_baris (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    renja_id         BIGINT        NOT NULL,
    nomenklatur_id   BIGINT        NOT NULL,
    kode             VARCHAR(30)   NOT NULL,
    nama             VARCHAR(500)  NOT NULL,
    unit_kerja_id    BIGINT        NOT NULL,
    indikator        VARCHAR(1000),
    satuan           VARCHAR(60),
    target           DECIMAL(19,4),
    lokasi           VARCHAR(200),
    pagu             BIGINT,
    sumber_dana      VARCHAR(100),
    catatan          VARCHAR(1000),
    target_maju      DECIMAL(19,4),
    pagu_maju        BIGINT,
    target_sebelum   DECIMAL(19,4),
    pagu_sebelum     BIGINT,
    lokasi_sebelum   VARCHAR(200),
    indikator_sebelum VARCHAR(1000),
    catatan_telaah   VARCHAR(1000),
    -- Review terhadap rancangan awal RKPD (T-C.31): the kabupaten's draft values for this sub kegiatan and the
    -- sekcam's note; the "hasil analisis kebutuhan" side is the row's own values.
    rkpd_lokasi      VARCHAR(200),
    rkpd_indikator   VARCHAR(1000),
    rkpd_target      DECIMAL(19,4),
    rkpd_pagu        BIGINT,
    rkpd_catatan     VARCHAR(1000),
    dikembalikan     BOOLEAN       NOT NULL DEFAULT FALSE,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_renja_baris UNIQUE (renja_id, kode),
    CONSTRAINT fk_renja_baris_renja FOREIGN KEY (renja_id) REFERENCES renja (id),
    CONSTRAINT fk_renja_baris_nomenklatur FOREIGN KEY (nomenklatur_id) REFERENCES nomenklatur (id),
    CONSTRAINT fk_renja_baris_unit FOREIGN KEY (unit_kerja_id) REFERENCES unit_kerja (id)
);

-- Each unit's section: its status in the cycle and the sekcam's reason when returned.
CREATE TABLE renja_bagian (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    renja_id       BIGINT        NOT NULL,
    unit_kerja_id  BIGINT        NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    alasan         VARCHAR(2000),
    diajukan_pada  TIMESTAMP(6)  NULL,
    disetujui_pada TIMESTAMP(6)  NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_renja_bagian UNIQUE (renja_id, unit_kerja_id),
    CONSTRAINT fk_renja_bagian_renja FOREIGN KEY (renja_id) REFERENCES renja (id),
    CONSTRAINT fk_renja_bagian_unit FOREIGN KEY (unit_kerja_id) REFERENCES unit_kerja (id)
);

-- Narrative parts of BAB I–V; unit_kerja_id NULL means the secretariat writes it.
CREATE TABLE renja_narasi (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    renja_id       BIGINT        NOT NULL,
    kode           VARCHAR(10)   NOT NULL,
    judul          VARCHAR(300)  NOT NULL,
    unit_kerja_id  BIGINT,
    isi            TEXT,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_renja_narasi UNIQUE (renja_id, kode),
    CONSTRAINT fk_renja_narasi_renja FOREIGN KEY (renja_id) REFERENCES renja (id)
);

-- Usulan from stakeholders (T-C.32) and the forum's decision on each.
CREATE TABLE renja_usulan (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    renja_id       BIGINT        NOT NULL,
    sumber         VARCHAR(30)   NOT NULL,
    desa           VARCHAR(200),
    kode           VARCHAR(30)   NOT NULL,
    uraian         VARCHAR(1000) NOT NULL,
    besaran        VARCHAR(200),
    keputusan      VARCHAR(20),
    alasan         VARCHAR(1000),
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_renja_usulan_renja FOREIGN KEY (renja_id) REFERENCES renja (id)
);

-- A frozen copy of the rows at each stage (rancangan, hasil forum, rancangan akhir, ditetapkan).
CREATE TABLE renja_versi (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    renja_id    BIGINT        NOT NULL,
    tahap       VARCHAR(30)   NOT NULL,
    nomor       INT           NOT NULL,
    dibuat_pada TIMESTAMP(6)  NOT NULL,
    dibuat_oleh VARCHAR(60)   NOT NULL,
    isi         TEXT          NOT NULL,
    CONSTRAINT uk_renja_versi UNIQUE (renja_id, nomor),
    CONSTRAINT fk_renja_versi_renja FOREIGN KEY (renja_id) REFERENCES renja (id)
);

-- The Renja's timeline: who did what, when, and why.
CREATE TABLE renja_peristiwa (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    renja_id    BIGINT        NOT NULL,
    waktu       TIMESTAMP(6)  NOT NULL,
    username    VARCHAR(60)   NOT NULL,
    jabatan     VARCHAR(200),
    aksi        VARCHAR(60)   NOT NULL,
    unit_kerja_id BIGINT,
    keterangan  VARCHAR(2000),
    CONSTRAINT fk_renja_peristiwa_renja FOREIGN KEY (renja_id) REFERENCES renja (id)
);
CREATE INDEX ix_renja_peristiwa ON renja_peristiwa (renja_id, waktu);
