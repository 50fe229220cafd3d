-- The rencana aksi's quarterly targets of a sub kegiatan's second, third, … indicator (urutan as in
-- nomenklatur_indikator); the first indicator's stay on rencana_aksi. Money is planned once per row, so only targets.
CREATE TABLE rencana_aksi_indikator (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    rencana_aksi_id BIGINT        NOT NULL,
    urutan          INT           NOT NULL,
    target_1        DECIMAL(19,4),
    target_2        DECIMAL(19,4),
    target_3        DECIMAL(19,4),
    target_4        DECIMAL(19,4),
    CONSTRAINT uk_rencana_aksi_indikator UNIQUE (rencana_aksi_id, urutan),
    CONSTRAINT fk_rencana_aksi_indikator FOREIGN KEY (rencana_aksi_id) REFERENCES rencana_aksi (id)
);

-- "Evaluasi tahun N" of each further indicator, stored with the TW IV recap beside evaluasi_tahunan_baris: T-C.29
-- prints each as its own line under its sub kegiatan.
CREATE TABLE evaluasi_tahunan_indikator (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    evaluasi_tahunan_baris_id BIGINT        NOT NULL,
    urutan                    INT           NOT NULL,
    indikator                 VARCHAR(1000) NOT NULL,
    satuan                    VARCHAR(60),
    polaritas                 VARCHAR(10)   NOT NULL,
    jenis                     VARCHAR(20)   NOT NULL,
    target                    DECIMAL(19,4),
    realisasi                 DECIMAL(19,4),
    CONSTRAINT uk_evaluasi_tahunan_indikator UNIQUE (evaluasi_tahunan_baris_id, urutan),
    CONSTRAINT fk_evaluasi_tahunan_indikator FOREIGN KEY (evaluasi_tahunan_baris_id) REFERENCES evaluasi_tahunan_baris (id)
);
