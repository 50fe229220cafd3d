-- Days off for the whole country: national holidays (libur nasional) and cuti bersama, from the joint decree of the
-- Menteri Agama, Menteri Ketenagakerjaan and Menteri PANRB (SKB 3 Menteri) of each year. Deadlines, reminders and
-- escalations count working days: Monday to Friday minus these. The admin keeps the list current on a screen.
-- perkiraan = TRUE marks a date not yet decreed (2027's religious holidays, computed ahead): shown as such until
-- the admin confirms it from the decree.
CREATE TABLE hari_libur (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    tanggal   DATE         NOT NULL,
    nama      VARCHAR(200) NOT NULL,
    jenis     VARCHAR(20)  NOT NULL,
    dasar     VARCHAR(200),
    perkiraan BOOLEAN      NOT NULL DEFAULT FALSE,
    version   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_hari_libur_tanggal UNIQUE (tanggal)
);

-- 2025: SKB Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024 (17 libur nasional, 10 cuti bersama)
INSERT INTO hari_libur (tanggal, nama, jenis, dasar) VALUES
('2025-01-01', 'Tahun Baru 2025 Masehi', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-01-28', 'Cuti bersama Tahun Baru Imlek', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-03-28', 'Cuti bersama Hari Suci Nyepi', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-03-29', 'Hari Suci Nyepi (Tahun Baru Saka 1947)', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-03-31', 'Idulfitri 1446 Hijriah', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-04-01', 'Idulfitri 1446 Hijriah', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-04-02', 'Cuti bersama Idulfitri', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-04-03', 'Cuti bersama Idulfitri', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-04-04', 'Cuti bersama Idulfitri', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-04-07', 'Cuti bersama Idulfitri', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-04-18', 'Wafat Yesus Kristus', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-05-01', 'Hari Buruh Internasional', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-05-12', 'Hari Raya Waisak 2569 BE', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-05-13', 'Cuti bersama Hari Raya Waisak', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-05-29', 'Kenaikan Yesus Kristus', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-06-01', 'Hari Lahir Pancasila', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-06-06', 'Iduladha 1446 Hijriah', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-06-09', 'Cuti bersama Iduladha', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-06-27', '1 Muharam Tahun Baru Islam 1447 Hijriah', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-08-17', 'Proklamasi Kemerdekaan', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-09-05', 'Maulid Nabi Muhammad SAW', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-12-25', 'Kelahiran Yesus Kristus', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024'),
('2025-12-26', 'Cuti bersama Kelahiran Yesus Kristus', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1017, 2, 2 Tahun 2024');

-- 2026: SKB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 (17 libur nasional, 8 cuti bersama)
INSERT INTO hari_libur (tanggal, nama, jenis, dasar) VALUES
('2026-01-01', 'Tahun Baru 2026 Masehi', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1497, 2, 5 Tahun 2025'),
('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1497, 2, 5 Tahun 2025'),
('2026-02-16', 'Cuti bersama Tahun Baru Imlek', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1497, 2, 5 Tahun 2025'),
('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1497, 2, 5 Tahun 2025'),
('2026-03-18', 'Cuti bersama Hari Suci Nyepi', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1497, 2, 5 Tahun 2025'),
('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1497, 2, 5 Tahun 2025'),
('2026-03-20', 'Cuti bersama Idulfitri', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1497, 2, 5 Tahun 2025'),
('2026-03-21', 'Idulfitri 1447 Hijriah', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1497, 2, 5 Tahun 2025'),
('2026-03-22', 'Idulfitri 1447 Hijriah', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1497, 2, 5 Tahun 2025'),
('2026-03-23', 'Cuti bersama Idulfitri', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1497, 2, 5 Tahun 2025'),
('2026-03-24', 'Cuti bersama Idulfitri', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1497, 2, 5 Tahun 2025'),
('2026-04-03', 'Wafat Yesus Kristus', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1497, 2, 5 Tahun 2025'),
('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1497, 2, 5 Tahun 2025'),
('2026-05-01', 'Hari Buruh Internasional', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1497, 2, 5 Tahun 2025'),
('2026-05-14', 'Kenaikan Yesus Kristus', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1497, 2, 5 Tahun 2025'),
('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1497, 2, 5 Tahun 2025'),
('2026-05-27', 'Iduladha 1447 Hijriah', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1497, 2, 5 Tahun 2025'),
('2026-05-28', 'Cuti bersama Iduladha', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1497, 2, 5 Tahun 2025'),
('2026-05-31', 'Hari Raya Waisak 2570 BE', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1497, 2, 5 Tahun 2025'),
('2026-06-01', 'Hari Lahir Pancasila', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1497, 2, 5 Tahun 2025'),
('2026-06-16', '1 Muharam Tahun Baru Islam 1448 Hijriah', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1497, 2, 5 Tahun 2025'),
('2026-08-17', 'Proklamasi Kemerdekaan', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1497, 2, 5 Tahun 2025'),
('2026-08-25', 'Maulid Nabi Muhammad SAW', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1497, 2, 5 Tahun 2025'),
('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1497, 2, 5 Tahun 2025'),
('2026-12-25', 'Kelahiran Yesus Kristus', 'LIBUR_NASIONAL', 'SKB 3 Menteri No. 1497, 2, 5 Tahun 2025');

-- 2027: the fixed-date holidays of Keppres 8/2024 and the Christian feasts (computed from Easter) are certain; the
-- dates that follow the Hijri, Chinese, Saka and Buddhist calendars are computed ahead (perkiraan) until the SKB for
-- 2027 is entered; cuti bersama 2027 are added from that SKB.
INSERT INTO hari_libur (tanggal, nama, jenis, dasar, perkiraan) VALUES
('2027-01-01', 'Tahun Baru 2027 Masehi', 'LIBUR_NASIONAL', 'Keppres 8/2024', FALSE),
('2027-01-05', 'Isra Mikraj Nabi Muhammad SAW', 'LIBUR_NASIONAL', NULL, TRUE),
('2027-02-06', 'Tahun Baru Imlek 2578 Kongzili', 'LIBUR_NASIONAL', NULL, TRUE),
('2027-03-09', 'Hari Suci Nyepi (Tahun Baru Saka 1949)', 'LIBUR_NASIONAL', NULL, TRUE),
('2027-03-10', 'Idulfitri 1448 Hijriah', 'LIBUR_NASIONAL', NULL, TRUE),
('2027-03-11', 'Idulfitri 1448 Hijriah', 'LIBUR_NASIONAL', NULL, TRUE),
('2027-03-26', 'Wafat Yesus Kristus', 'LIBUR_NASIONAL', 'Keppres 8/2024', FALSE),
('2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)', 'LIBUR_NASIONAL', 'Keppres 8/2024', FALSE),
('2027-05-01', 'Hari Buruh Internasional', 'LIBUR_NASIONAL', 'Keppres 8/2024', FALSE),
('2027-05-06', 'Kenaikan Yesus Kristus', 'LIBUR_NASIONAL', 'Keppres 8/2024', FALSE),
('2027-05-17', 'Iduladha 1448 Hijriah', 'LIBUR_NASIONAL', NULL, TRUE),
('2027-05-20', 'Hari Raya Waisak 2571 BE', 'LIBUR_NASIONAL', NULL, TRUE),
('2027-06-01', 'Hari Lahir Pancasila', 'LIBUR_NASIONAL', 'Keppres 8/2024', FALSE),
('2027-06-06', '1 Muharam Tahun Baru Islam 1449 Hijriah', 'LIBUR_NASIONAL', NULL, TRUE),
('2027-08-14', 'Maulid Nabi Muhammad SAW', 'LIBUR_NASIONAL', NULL, TRUE),
('2027-08-17', 'Proklamasi Kemerdekaan', 'LIBUR_NASIONAL', 'Keppres 8/2024', FALSE),
('2027-12-25', 'Kelahiran Yesus Kristus', 'LIBUR_NASIONAL', 'Keppres 8/2024', FALSE);
