-- Nomor naskah (tata naskah dinas): every signed final document gets the next number of its kecamatan's register for
-- the calendar year it is signed in. nomor_naskah_urut is the counter, one row per kecamatan and year, taken with a
-- row lock (UPDATE ... SET urut = urut + 1) inside the signing step, so numbers are unique and without gaps and a
-- step that rolls back gives its number back. nomor_naskah is the register (the agenda): one row per number, with
-- the kode klasifikasi arsip, the subject (hal) and the signed document it was given to. Rows are only inserted.
CREATE TABLE nomor_naskah_urut (
    kecamatan_id BIGINT NOT NULL,
    tahun        INT    NOT NULL,
    urut         INT    NOT NULL,
    CONSTRAINT pk_nomor_naskah_urut PRIMARY KEY (kecamatan_id, tahun),
    CONSTRAINT fk_nomor_naskah_urut_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id)
);
CREATE TABLE nomor_naskah (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    kecamatan_id BIGINT        NOT NULL,
    tahun        INT           NOT NULL,
    urut         INT           NOT NULL,
    nomor        VARCHAR(100)  NOT NULL,
    klasifikasi  VARCHAR(30)   NOT NULL,
    hal          VARCHAR(500)  NOT NULL,
    jenis        VARCHAR(100)  NOT NULL,
    arsip_kode   VARCHAR(36)   NOT NULL,
    dibuat_pada  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_nomor_naskah_urut UNIQUE (kecamatan_id, tahun, urut),
    CONSTRAINT uk_nomor_naskah_arsip UNIQUE (arsip_kode),
    CONSTRAINT fk_nomor_naskah_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id),
    CONSTRAINT fk_nomor_naskah_arsip FOREIGN KEY (arsip_kode) REFERENCES dokumen_arsip (kode)
);
-- The number as printed in the signed PDF; empty for documents signed before numbering existed.
ALTER TABLE dokumen_arsip ADD COLUMN nomor VARCHAR(100) NULL;
