package id.sipeka.dokumen;

import id.sipeka.base.Nip;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Documents for the engine's own tests: a small synthetic one with every kind of block, and a Renja-sized one
 * built from the demo Renstra of Kalaena (65 nomenclature rows, 44 sub kegiatan) with the tables of GUIDE §4.
 * The narrative is filler written for tests, not Renja text. (The real Renja document is renja.DokumenRenja; the
 * benchmark measures that one.)
 */
final class ContohDokumen {

    static final String NARASI_BERBAHAYA = "Catatan <script>alert('x')</script> & <b>tebal</b> \"kutip\"";

    private ContohDokumen() {
    }

    static TandaTangan camatKalaena(String pelaksana) {
        return new TandaTangan("Kalaena Kiri", LocalDate.of(2026, 6, 30), pelaksana, "CAMAT KALAENA",
                "H. Marsuki, S.Pd., M.M.", "Pembina, IV/a", Nip.of("19770329 200801 1 008"));
    }

    static Metadata metadata(long kecamatanId, String tahap) {
        return new Metadata("Renja", kecamatanId, "Kecamatan Kalaena", 2026, tahap, 1);
    }

    /** Header of two rows with merged cells, body rows of every cell type, a TOTAL row. */
    static Tabel tabelAnggaran() {
        List<List<SelKepala>> kepala = List.of(
                List.of(SelKepala.tinggi("No", 2), SelKepala.tinggi("Program/Kegiatan", 2), SelKepala.lebar("Pagu Indikatif", 3),
                        SelKepala.tinggi("Capaian", 2)),
                List.of(SelKepala.of("Sebelum Perubahan"), SelKepala.of("Setelah Perubahan"), SelKepala.of("Jumlah Perubahan (+/-)")));
        List<BarisTabel> baris = List.of(
                BarisTabel.biasa(Sel.angka(1), Sel.teks("Penyediaan Jasa Surat Menyurat"), Sel.rupiah(12_000_000),
                        Sel.rupiah(9_300_000), Sel.perubahan(-2_700_000), Sel.persen(new BigDecimal("99.33"))),
                BarisTabel.biasa(Sel.angka(2), Sel.teks(NARASI_BERBAHAYA), Sel.rupiah(5_969_000), Sel.rupiah(6_469_000),
                        Sel.perubahan(500_000), Sel.persen(new BigDecimal("6.19"))),
                BarisTabel.total(Sel.teks("JUMLAH", 2), Sel.rupiah(17_969_000), Sel.rupiah(15_769_000),
                        Sel.perubahan(-2_200_000), Sel.persen(null)));
        return new Tabel("Tabel 4.1", "Alokasi Anggaran", kepala, baris, List.of(1, 6, 3, 3, 3, 2), false);
    }

    static Dokumen kecil(long kecamatanId, boolean draf, String pelaksana) {
        return new Dokumen("Rencana Kerja Kecamatan Kalaena Tahun 2026", metadata(kecamatanId, draf ? "Rancangan" : "Penetapan"),
                Sampul.of("RENCANA KERJA (RENJA)", "KECAMATAN KALAENA", "TAHUN 2026"),
                List.of(new Bab("I", "PENDAHULUAN", List.of(
                                Bagian.of("1.1", "Latar Belakang", new Paragraf(NARASI_BERBAHAYA),
                                        new Paragraf("Baris pertama.\nBaris kedua.")))),
                        new Bab("IV", "RENCANA KERJA DAN PENDANAAN", List.of(Bagian.of("", "", tabelAnggaran()))),
                        new Bab("V", "PENUTUP", List.of(Bagian.of("", "", new Paragraf("Demikian."), camatKalaena(pelaksana))))),
                draf);
    }

    // ---- Kalaena-sized Renja -----------------------------------------------------------------------------------

    record Baris(String kode, String nama, String indikator, String satuan, String unit, Map<Integer, BigDecimal> target,
            Map<Integer, Long> pagu) {

        int tingkat() {
            return kode.split("\\.").length == 3 ? 0 : kode.split("\\.").length == 5 ? 1 : 2;
        }
    }

    static List<Baris> nomenklaturKalaena() {
        try (InputStream in = ContohDokumen.class.getResourceAsStream("/demo/renstra-kalaena-2025-2029.json")) {
            JsonNode akar = new ObjectMapper().readTree(in);
            List<Baris> hasil = new ArrayList<>();
            for (JsonNode n : akar.get("nomenklatur")) {
                Map<Integer, BigDecimal> target = new LinkedHashMap<>();
                Map<Integer, Long> pagu = new LinkedHashMap<>();
                for (int tahun = 2025; tahun <= 2029; tahun++) {
                    JsonNode t = n.path("target").path(String.valueOf(tahun));
                    target.put(tahun, t.isMissingNode() || t.isNull() ? null : t.decimalValue());
                    JsonNode p = n.path("pagu").path(String.valueOf(tahun));
                    pagu.put(tahun, p.isMissingNode() || p.isNull() ? 0L : p.longValue());
                }
                hasil.add(new Baris(n.get("kode").asString(), n.get("nama").asString(), n.path("indikator").asString(""),
                        n.path("satuan").asString(""), n.path("unit").asString(""), target, pagu));
            }
            return hasil;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Program and kegiatan pagu are sums of their sub kegiatan, never the printed value. */
    static long pagu(List<Baris> semua, Baris baris, int tahun) {
        if (baris.tingkat() == 2) {
            return baris.pagu().get(tahun);
        }
        return semua.stream().filter(b -> b.tingkat() == 2 && b.kode().startsWith(baris.kode() + "."))
                .mapToLong(b -> b.pagu().get(tahun)).sum();
    }

    static Dokumen renjaKalaena(long kecamatanId, boolean draf) {
        List<Baris> semua = nomenklaturKalaena();
        List<Bab> bab = List.of(
                new Bab("I", "PENDAHULUAN", List.of(
                        narasi("1.1", "Latar Belakang", 8), narasi("1.2", "Landasan Hukum", 6),
                        narasi("1.3", "Maksud dan Tujuan", 5), narasi("1.4", "Sistematika Penulisan", 5))),
                new Bab("II", "HASIL EVALUASI RENJA PERANGKAT DAERAH TAHUN LALU", List.of(
                        new Bagian("2.1", "Evaluasi Pelaksanaan Renja Tahun Lalu dan Capaian Renstra",
                                List.of(paragraf(3), tabelEvaluasi(semua))),
                        narasi("2.2", "Analisis Kinerja Pelayanan", 6), narasi("2.3", "Isu-isu Penting", 6),
                        new Bagian("2.4", "Review terhadap Rancangan Awal RKPD", List.of(paragraf(2), tabelReview(semua))),
                        new Bagian("2.5", "Penelaahan Usulan Program dan Kegiatan Masyarakat",
                                List.of(paragraf(2), tabelUsulan(semua))))),
                new Bab("III", "TUJUAN, SASARAN, PROGRAM DAN KEGIATAN", List.of(
                        narasi("3.1", "Telaahan terhadap Kebijakan Nasional", 8),
                        narasi("3.2", "Tujuan dan Sasaran", 3),
                        new Bagian("3.3", "Program dan Kegiatan", List.of(paragraf(2), tabelRumusan(semua), tabelRenstra(semua))))),
                new Bab("IV", "RENCANA KERJA DAN PENDANAAN", List.of(
                        new Bagian("", "", List.of(paragraf(2), tabelAlokasi(semua), tabelPerubahan(semua))))),
                new Bab("V", "PENUTUP", List.of(new Bagian("", "", List.of(paragraf(3), camatKalaena(null))))));
        return new Dokumen("Rencana Kerja Kecamatan Kalaena Tahun 2026", metadata(kecamatanId, draf ? "Rancangan" : "Penetapan"),
                Sampul.of("RENCANA KERJA (RENJA)\nPERANGKAT DAERAH", "KECAMATAN KALAENA", "KABUPATEN LUWU TIMUR", "TAHUN 2026"),
                bab, draf);
    }

    private static Bagian narasi(String nomor, String judul, int paragraf) {
        List<Blok> blok = new ArrayList<>();
        // Four times the count: a real BAB I–III is mostly narrative, about half of a 60-page Renja.
        for (int i = 0; i < paragraf * 4; i++) {
            blok.add(paragraf(i));
        }
        return new Bagian(nomor, judul, blok);
    }

    private static Paragraf paragraf(int i) {
        return new Paragraf(("Paragraf uji nomor " + (i + 1) + " untuk mengukur tata letak dokumen. ")
                + "Teks ini sengaja panjang supaya halaman terisi seperti narasi rencana kerja yang sebenarnya, "
                + "dengan kalimat yang memuat angka, nama desa, dan nama seksi pelaksana kegiatan. ".repeat(4));
    }

    private static Sel kelompokAtauTeks(String teks) {
        return Sel.teks(teks);
    }

    private static BarisTabel baris(Baris b, Sel... sel) {
        return b.tingkat() == 2 ? BarisTabel.biasa(sel) : BarisTabel.kelompok(sel);
    }

    private static Sel target(Baris b, int tahun) {
        BigDecimal t = b.target().get(tahun);
        return t == null ? Sel.kosong() : Sel.angka(t);
    }

    /** T-C.29: eleven columns, three header rows. */
    static Tabel tabelEvaluasi(List<Baris> semua) {
        List<List<SelKepala>> kepala = List.of(
                List.of(SelKepala.tinggi("Kode", 2), SelKepala.tinggi("Program/Kegiatan/Sub Kegiatan", 2),
                        SelKepala.tinggi("Indikator Kinerja", 2), SelKepala.tinggi("Target Renstra Akhir Periode", 2),
                        SelKepala.tinggi("Realisasi s/d Tahun 2022", 2), SelKepala.lebar("Realisasi Tahun 2024", 3),
                        SelKepala.tinggi("Target Tahun 2025", 2), SelKepala.lebar("Perkiraan Capaian Renstra s/d 2025", 2)),
                List.of(SelKepala.of("Target Renja"), SelKepala.of("Realisasi"), SelKepala.of("Tingkat Realisasi (%)"),
                        SelKepala.of("Realisasi Capaian"), SelKepala.of("Tingkat Capaian (%)")),
                List.of(SelKepala.of("(1)"), SelKepala.of("(2)"), SelKepala.of("(3)"), SelKepala.of("(4)"), SelKepala.of("(5)"),
                        SelKepala.of("(6)"), SelKepala.of("(7)"), SelKepala.of("(8)=(7/6)"), SelKepala.of("(9)"),
                        SelKepala.of("(10)=(5+7+9)"), SelKepala.of("(11)=(10/4)")));
        List<BarisTabel> isi = new ArrayList<>();
        for (Baris b : semua) {
            BigDecimal t = b.target().get(2025) == null ? BigDecimal.ZERO : b.target().get(2025);
            BigDecimal real = t.multiply(new BigDecimal("0.9"));
            BigDecimal akhir = b.target().get(2029) == null ? BigDecimal.ZERO : b.target().get(2029);
            BigDecimal perkiraan = real.add(t).add(t);
            isi.add(baris(b, Sel.teks(b.kode()), kelompokAtauTeks(b.nama()), Sel.teks(b.indikator()), target(b, 2029),
                    Sel.angka(t), Sel.angka(t), Sel.angka(real), Sel.persen(rasio(real, t)), Sel.angka(t),
                    Sel.angka(perkiraan), Sel.persen(rasio(perkiraan, akhir))));
        }
        return new Tabel("Tabel 2.1", "Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Kecamatan Kalaena s/d Tahun 2024",
                kepala, isi, List.of(9, 18, 16, 6, 6, 6, 6, 6, 6, 6, 6), true);
    }

    static BigDecimal rasio(BigDecimal a, BigDecimal b) {
        return b.signum() == 0 ? null : a.multiply(BigDecimal.valueOf(100)).divide(b, 10, RoundingMode.HALF_UP);
    }

    /** T-C.31: Rancangan Awal RKPD vs Hasil Analisis Kebutuhan. */
    static Tabel tabelReview(List<Baris> semua) {
        List<List<SelKepala>> kepala = List.of(
                List.of(SelKepala.tinggi("Kode", 2), SelKepala.lebar("Rancangan Awal RKPD", 5),
                        SelKepala.lebar("Hasil Analisis Kebutuhan", 4), SelKepala.tinggi("Catatan Penting", 2)),
                List.of(SelKepala.of("Program/Kegiatan/Sub Kegiatan"), SelKepala.of("Lokasi"), SelKepala.of("Indikator"),
                        SelKepala.of("Target"), SelKepala.of("Pagu Indikatif (Rp)"), SelKepala.of("Lokasi"),
                        SelKepala.of("Indikator"), SelKepala.of("Target"), SelKepala.of("Kebutuhan Dana (Rp)")));
        List<BarisTabel> isi = new ArrayList<>();
        for (Baris b : semua) {
            long pagu = pagu(semua, b, 2026);
            isi.add(baris(b, Sel.teks(b.kode()), Sel.teks(b.nama()), Sel.teks("Kecamatan Kalaena"), Sel.teks(b.indikator()),
                    target(b, 2026), Sel.rupiah(pagu), Sel.teks("Kecamatan Kalaena"), Sel.teks(b.indikator()), target(b, 2026),
                    Sel.rupiah(pagu), Sel.teks("")));
        }
        return new Tabel("Tabel 2.2", "Review terhadap Rancangan Awal RKPD Tahun 2026", kepala, isi,
                List.of(9, 16, 8, 14, 5, 9, 8, 14, 5, 9, 6), true);
    }

    /** T-C.33 (Tabel 3.1) with a TOTAL row. */
    static Tabel tabelRumusan(List<Baris> semua) {
        List<List<SelKepala>> kepala = List.of(
                List.of(SelKepala.tinggi("Kode", 2), SelKepala.tinggi("Program/Kegiatan/Sub Kegiatan", 2),
                        SelKepala.tinggi("Lokasi", 2), SelKepala.tinggi("Indikator Kinerja", 2),
                        SelKepala.lebar("Rencana Tahun 2026", 3), SelKepala.tinggi("Catatan Penting", 2),
                        SelKepala.lebar("Prakiraan Maju Tahun 2027", 2)),
                List.of(SelKepala.of("Target Capaian Kinerja"), SelKepala.of("Kebutuhan Dana/Pagu Indikatif (Rp)"),
                        SelKepala.of("Sumber Dana"), SelKepala.of("Target Capaian Kinerja"), SelKepala.of("Kebutuhan Dana (Rp)")),
                List.of(SelKepala.of("(1)"), SelKepala.of("(2)"), SelKepala.of("(3)"), SelKepala.of("(4)"), SelKepala.of("(5)"),
                        SelKepala.of("(6)"), SelKepala.of("(7)"), SelKepala.of("(8)"), SelKepala.of("(9)"), SelKepala.of("(10)")));
        List<BarisTabel> isi = new ArrayList<>();
        long total = 0;
        long totalMaju = 0;
        for (Baris b : semua) {
            long pagu = pagu(semua, b, 2026);
            long maju = pagu(semua, b, 2027);
            if (b.tingkat() == 0) {
                total += pagu;
                totalMaju += maju;
            }
            isi.add(baris(b, Sel.teks(b.kode()), Sel.teks(b.nama()), Sel.teks("Kecamatan Kalaena"), Sel.teks(b.indikator()),
                    target(b, 2026), Sel.rupiah(pagu), Sel.teks("APBD"), Sel.teks(""), target(b, 2027), Sel.rupiah(maju)));
        }
        isi.add(BarisTabel.total(Sel.teks("TOTAL", 5), Sel.rupiah(total), Sel.kosong(), Sel.kosong(), Sel.kosong(),
                Sel.rupiah(totalMaju)));
        return new Tabel("Tabel 3.1", "Rumusan Rencana Program dan Kegiatan Tahun 2026 dan Prakiraan Maju Tahun 2027",
                kepala, isi, List.of(10, 20, 9, 18, 6, 11, 6, 6, 6, 11), true);
    }

    /** T-C.32: usulan from the seven desa for some sub kegiatan. */
    static Tabel tabelUsulan(List<Baris> semua) {
        List<String> desa = List.of("Kalaena Kiri", "Argomulyo", "Mekar Sari", "Pertasi Kencana", "Sumber Makmur",
                "Non Blok", "Kalaena Kiri Satu");
        List<List<SelKepala>> kepala = List.of(List.of(SelKepala.of("No"), SelKepala.of("Program/Kegiatan/Sub Kegiatan"),
                SelKepala.of("Lokasi"), SelKepala.of("Indikator Kinerja"), SelKepala.of("Besaran/Volume"), SelKepala.of("Catatan")));
        List<BarisTabel> isi = new ArrayList<>();
        int no = 0;
        for (Baris b : semua) {
            if (b.tingkat() != 2) {
                continue;
            }
            for (int i = 0; i < 2; i++) {
                isi.add(BarisTabel.biasa(Sel.angka(++no), Sel.teks(b.kode() + " " + b.nama()),
                        Sel.teks("Desa " + desa.get(no % desa.size())), Sel.teks(b.indikator()), Sel.teks((no % 5 + 1) + " " + b.satuan()),
                        Sel.teks(no % 3 == 0 ? "Ditolak: belum menjadi kewenangan kecamatan" : "Diterima")));
            }
        }
        return new Tabel("Tabel 2.3", "Usulan Program dan Kegiatan dari Para Pemangku Kepentingan Tahun 2026", kepala, isi,
                List.of(4, 30, 14, 26, 10, 16), false);
    }

    /** Targets and pagu of the Renstra period, one column pair per year: the widest table. */
    static Tabel tabelRenstra(List<Baris> semua) {
        List<SelKepala> atas = new ArrayList<>(List.of(SelKepala.tinggi("Kode", 2), SelKepala.tinggi("Program/Kegiatan/Sub Kegiatan", 2),
                SelKepala.tinggi("Satuan", 2)));
        List<SelKepala> bawah = new ArrayList<>();
        for (int tahun = 2025; tahun <= 2029; tahun++) {
            atas.add(SelKepala.lebar("Tahun " + tahun, 2));
            bawah.add(SelKepala.of("Target"));
            bawah.add(SelKepala.of("Pagu (Rp)"));
        }
        List<Integer> lebar = new ArrayList<>(List.of(10, 20, 6));
        List<BarisTabel> isi = new ArrayList<>();
        for (int tahun = 2025; tahun <= 2029; tahun++) {
            lebar.add(4);
            lebar.add(9);
        }
        for (Baris b : semua) {
            List<Sel> sel = new ArrayList<>(List.of(Sel.teks(b.kode()), Sel.teks(b.nama()), Sel.teks(b.satuan())));
            for (int tahun = 2025; tahun <= 2029; tahun++) {
                sel.add(target(b, tahun));
                sel.add(Sel.rupiah(pagu(semua, b, tahun)));
            }
            isi.add(new BarisTabel(b.tingkat() == 2 ? BarisTabel.Jenis.BIASA : BarisTabel.Jenis.KELOMPOK, sel));
        }
        return new Tabel("Tabel 3.2", "Target dan Pagu Indikatif Renstra Kecamatan Kalaena 2025–2029", List.of(atas, bawah), isi,
                lebar, true);
    }

    /** Tabel 4.1, portrait, JUMLAH row. */
    static Tabel tabelAlokasi(List<Baris> semua) {
        List<List<SelKepala>> kepala = List.of(List.of(SelKepala.of("No"), SelKepala.of("Program/Kegiatan"),
                SelKepala.of("Target"), SelKepala.of("Pagu Indikatif (Rp)"), SelKepala.of("Sumber Dana")));
        List<BarisTabel> isi = new ArrayList<>();
        int no = 0;
        long jumlah = 0;
        for (Baris b : semua) {
            if (b.tingkat() == 2) {
                continue;
            }
            long pagu = pagu(semua, b, 2026);
            if (b.tingkat() == 0) {
                jumlah += pagu;
            }
            isi.add(baris(b, Sel.angka(++no), Sel.teks(b.kode() + " " + b.nama()), target(b, 2026), Sel.rupiah(pagu),
                    Sel.teks("APBD")));
        }
        isi.add(BarisTabel.total(Sel.teks("JUMLAH", 3), Sel.rupiah(jumlah), Sel.kosong()));
        return new Tabel("Tabel 4.1", "Alokasi Anggaran Tahun 2026", kepala, isi, List.of(5, 50, 10, 20, 15), false);
    }

    /** A Perubahan table: Sebelum / Setelah / Jumlah Perubahan (+/−) per sub kegiatan. */
    static Tabel tabelPerubahan(List<Baris> semua) {
        List<List<SelKepala>> kepala = List.of(
                List.of(SelKepala.tinggi("Kode", 2), SelKepala.tinggi("Sub Kegiatan", 2), SelKepala.lebar("Pagu Indikatif (Rp)", 3)),
                List.of(SelKepala.of("Sebelum Perubahan"), SelKepala.of("Setelah Perubahan"), SelKepala.of("Jumlah Perubahan (+/-)")));
        List<BarisTabel> isi = new ArrayList<>();
        long sebelum = 0;
        long setelah = 0;
        int i = 0;
        for (Baris b : semua) {
            if (b.tingkat() != 2) {
                continue;
            }
            long lama = b.pagu().get(2026);
            long baru = lama + (i++ % 3 == 0 ? -1_250_000 : 500_000);
            sebelum += lama;
            setelah += baru;
            isi.add(BarisTabel.biasa(Sel.teks(b.kode()), Sel.teks(b.nama()), Sel.rupiah(lama), Sel.rupiah(baru),
                    Sel.perubahan(baru - lama)));
        }
        isi.add(BarisTabel.total(Sel.teks("JUMLAH", 2), Sel.rupiah(sebelum), Sel.rupiah(setelah), Sel.perubahan(setelah - sebelum)));
        return new Tabel("Tabel 4.2", "Perubahan Pagu Indikatif Sub Kegiatan Tahun 2026", kepala, isi,
                List.of(14, 40, 15, 15, 16), false);
    }
}
