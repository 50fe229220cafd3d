-- Organisation of a deployment: one kabupaten hosts several kecamatan; every record below a kecamatan belongs to
-- exactly one kecamatan and is never shared with another.
-- Portable SQL: runs on MariaDB (deployments, tests) and on plain H2 (embedded default).

CREATE TABLE kabupaten (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    kode    VARCHAR(20)  NOT NULL,
    nama    VARCHAR(200) NOT NULL,
    version BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_kabupaten_kode UNIQUE (kode)
);

CREATE TABLE kecamatan (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    kabupaten_id BIGINT       NOT NULL,
    kode         VARCHAR(20)  NOT NULL,
    nama         VARCHAR(200) NOT NULL,
    ibu_kota     VARCHAR(200),
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_kecamatan_kode UNIQUE (kode),
    CONSTRAINT fk_kecamatan_kabupaten FOREIGN KEY (kabupaten_id) REFERENCES kabupaten (id)
);

CREATE TABLE desa (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    kecamatan_id BIGINT       NOT NULL,
    nama         VARCHAR(200) NOT NULL,
    jenis        VARCHAR(20)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_desa_nama UNIQUE (kecamatan_id, nama),
    CONSTRAINT fk_desa_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id)
);

CREATE TABLE unit_kerja (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    kecamatan_id  BIGINT       NOT NULL,
    kode          VARCHAR(30)  NOT NULL,
    nama          VARCHAR(200) NOT NULL,
    jenis         VARCHAR(20)  NOT NULL,
    jabatan_kepala VARCHAR(200) NOT NULL,
    urutan        INT          NOT NULL DEFAULT 0,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_unit_kode UNIQUE (kecamatan_id, kode),
    CONSTRAINT fk_unit_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id)
);

CREATE TABLE pegawai (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    kecamatan_id     BIGINT       NOT NULL,
    unit_kerja_id    BIGINT,
    nama             VARCHAR(200) NOT NULL,
    nip              VARCHAR(18),
    pangkat_golongan VARCHAR(10),
    jabatan          VARCHAR(200) NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_pegawai_nip UNIQUE (nip),
    CONSTRAINT fk_pegawai_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id),
    CONSTRAINT fk_pegawai_unit FOREIGN KEY (unit_kerja_id) REFERENCES unit_kerja (id)
);

-- A login. ADMIN accounts administer the deployment; VIEWER_KABUPATEN accounts read one kabupaten; every other
-- account works inside the kecamatan (and, for KEPALA_UNIT/STAF, the unit) of its pegawai.
CREATE TABLE akun (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    username            VARCHAR(60)  NOT NULL,
    password_hash       VARCHAR(200) NOT NULL,
    peran               VARCHAR(30)  NOT NULL,
    pegawai_id          BIGINT,
    kabupaten_id        BIGINT,
    aktif               BOOLEAN      NOT NULL DEFAULT TRUE,
    gagal_login         INT          NOT NULL DEFAULT 0,
    terkunci_sampai     TIMESTAMP(6) NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_akun_username UNIQUE (username),
    CONSTRAINT fk_akun_pegawai FOREIGN KEY (pegawai_id) REFERENCES pegawai (id),
    CONSTRAINT fk_akun_kabupaten FOREIGN KEY (kabupaten_id) REFERENCES kabupaten (id)
);

-- Plt./Plh.: a pegawai holds the rights of the camat, the sekcam or a unit head only from mulai to selesai.
CREATE TABLE penugasan_plt (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    kecamatan_id  BIGINT      NOT NULL,
    pegawai_id    BIGINT      NOT NULL,
    jenis         VARCHAR(4)  NOT NULL,
    posisi        VARCHAR(20) NOT NULL,
    unit_kerja_id BIGINT,
    mulai         DATE        NOT NULL,
    selesai       DATE        NOT NULL,
    nomor_sk      VARCHAR(100),
    version       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_plt_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id),
    CONSTRAINT fk_plt_pegawai FOREIGN KEY (pegawai_id) REFERENCES pegawai (id),
    CONSTRAINT fk_plt_unit FOREIGN KEY (unit_kerja_id) REFERENCES unit_kerja (id)
);
CREATE INDEX ix_plt_pegawai ON penugasan_plt (pegawai_id);
