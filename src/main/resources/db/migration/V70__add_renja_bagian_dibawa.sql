-- A section of a Renja Perubahan whose unit changes nothing: it is carried over from the ditetapkan Renja, approved
-- as it was there (who submitted and approved it, and when), and its unit gets no task. Every earlier section was
-- filled in its own Renja, so FALSE. One statement, no vendor syntax: it runs on MariaDB and on the embedded H2 alike.
ALTER TABLE renja_bagian ADD COLUMN dibawa BOOLEAN DEFAULT FALSE NOT NULL;
