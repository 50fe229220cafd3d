-- The second, third, … indicator of a Renja row (issue 13): copied from the Renstra's further indicators of its sub
-- kegiatan when the Renja is opened, with the targets of year N and N+1, and then edited by the row's unit like the
-- row's first indicator. urutan 2 is the second indicator, as in nomenklatur_indikator.
CREATE TABLE renja_baris_indikator (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    renja_baris_id BIGINT        NOT NULL,
    urutan         INT           NOT NULL,
    indikator      VARCHAR(1000) NOT NULL,
    satuan         VARCHAR(60),
    target         DECIMAL(19,4),
    target_maju    DECIMAL(19,4),
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_renja_baris_indikator UNIQUE (renja_baris_id, urutan),
    CONSTRAINT fk_renja_baris_indikator FOREIGN KEY (renja_baris_id) REFERENCES renja_baris (id) ON DELETE CASCADE
);

-- The rows of the Renja opened before this table existed get their copies now, from the Renstra version each row was
-- built on, so every Renja prints and evaluates its further indicators the same way.
INSERT INTO renja_baris_indikator (renja_baris_id, urutan, indikator, satuan, target, target_maju, version)
SELECT b.id, i.urutan, i.indikator, i.satuan,
       (SELECT t.target FROM nomenklatur_indikator_tahun t WHERE t.indikator_id = i.id AND t.tahun = r.tahun),
       (SELECT t.target FROM nomenklatur_indikator_tahun t WHERE t.indikator_id = i.id AND t.tahun = r.tahun + 1),
       0
  FROM renja_baris b
  JOIN renja r ON r.id = b.renja_id
  JOIN nomenklatur_indikator i ON i.nomenklatur_id = b.nomenklatur_id;
