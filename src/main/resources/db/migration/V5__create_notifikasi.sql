-- In-app notifications (reminders before a deadline, escalations after it). Addressed to a role in a
-- kecamatan, optionally to one unit; read per user.
CREATE TABLE notifikasi (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    kecamatan_id  BIGINT        NOT NULL,
    peran         VARCHAR(30)   NOT NULL,
    unit_kerja_id BIGINT,
    jenis         VARCHAR(20)   NOT NULL,
    judul         VARCHAR(300)  NOT NULL,
    pesan         VARCHAR(2000) NOT NULL,
    tautan        VARCHAR(300),
    dibuat_pada   TIMESTAMP(6)  NOT NULL
);
CREATE INDEX ix_notifikasi_penerima ON notifikasi (kecamatan_id, peran, dibuat_pada);
