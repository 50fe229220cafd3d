-- The second, third, … indicator of a program, kegiatan or sub kegiatan (the first stays on the nomenklatur row):
-- each with its own satuan, polarity, kind, baseline and yearly targets. urutan 2 is the second indicator.
CREATE TABLE nomenklatur_indikator (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    nomenklatur_id BIGINT        NOT NULL,
    urutan         INT           NOT NULL,
    indikator      VARCHAR(1000) NOT NULL,
    satuan         VARCHAR(60),
    polaritas      VARCHAR(10)   NOT NULL,
    jenis          VARCHAR(20)   NOT NULL,
    baseline       DECIMAL(19,4),
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_nomenklatur_indikator FOREIGN KEY (nomenklatur_id) REFERENCES nomenklatur (id)
);

CREATE TABLE nomenklatur_indikator_tahun (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    indikator_id BIGINT        NOT NULL,
    tahun        INT           NOT NULL,
    target       DECIMAL(19,4) NOT NULL,
    CONSTRAINT uk_nomenklatur_indikator_tahun UNIQUE (indikator_id, tahun),
    CONSTRAINT fk_nomenklatur_indikator_tahun FOREIGN KEY (indikator_id) REFERENCES nomenklatur_indikator (id)
);
