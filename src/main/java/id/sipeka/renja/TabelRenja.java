package id.sipeka.renja;

import id.sipeka.base.FormatIndonesia;
import id.sipeka.dokumen.BarisTabel;
import id.sipeka.dokumen.Sel;
import id.sipeka.dokumen.SelKepala;
import id.sipeka.dokumen.Tabel;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.BarisEvaluasiLalu;
import id.sipeka.renja.RenjaData.IndikatorEvaluasiLalu;
import id.sipeka.renja.RenjaData.Jumlah;
import id.sipeka.renja.RenjaData.ReviewRkpd;
import id.sipeka.renja.RenjaData.UsulanRenja;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tables of the Renja document with the headers of the Permendagri 86/2017 forms (GUIDE §4): T-C.29, T-C.31,
 * T-C.32, T-C.33 and the allocation table, plus the before/after table of a perubahan. Program and kegiatan lines
 * and the TOTAL are RenjaQueryService's sums ({@link Jumlah}); nothing is added up here. Header texts are the forms'
 * wording, which is why they are not in the translation bundle.
 */
final class TabelRenja {

    private TabelRenja() {
    }

    /** A line of a table in nomenclature order: a program/kegiatan sum or a sub kegiatan row. */
    record Simpul(String kode, String nama, Jumlah jumlah, BarisRenja baris) {

        boolean kelompok() {
            return baris == null;
        }

        /** 0 program, 1 kegiatan, 2 sub kegiatan. */
        int tingkat() {
            int segmen = kode.split("\\.").length;
            return segmen <= 3 ? 0 : segmen == 5 ? 1 : 2;
        }
    }

    static List<Simpul> urut(IsiRenja isi) {
        List<Simpul> semua = new ArrayList<>();
        isi.jumlah().forEach(j -> semua.add(new Simpul(j.kode(), j.nama(), j, null)));
        isi.baris().forEach(b -> semua.add(new Simpul(b.kode(), b.nama(), null, b)));
        // Codes have fixed-width segments: text order is tree order (7.01.02 < 7.01.02.2.04 < 7.01.02.2.04.0001).
        semua.sort(Comparator.comparing(Simpul::kode));
        return semua;
    }

    // ---- Tabel 2.1: T-C.29 -------------------------------------------------------------------------------------

    /**
     * T-C.29 from the rows the evaluation feeds (computed columns included); empty cells where there is no data yet,
     * "–" where a percentage has a target of 0.
     */
    static Tabel evaluasi(String instansi, int tahun, int tahunAkhirRenstra, List<BarisEvaluasiLalu> baris) {
        List<List<SelKepala>> kepala = List.of(
                List.of(SelKepala.tinggi("Kode", 2), SelKepala.tinggi("Program/Kegiatan/Sub Kegiatan", 2),
                        SelKepala.tinggi("Indikator Kinerja Program (Outcome)/Kegiatan (Output)", 2),
                        SelKepala.tinggi("Target Kinerja Capaian Renstra Akhir Periode (" + tahunAkhirRenstra + ")", 2),
                        SelKepala.tinggi("Realisasi Capaian Kinerja Renstra s/d Tahun " + (tahun - 3) + " (n-3)", 2),
                        SelKepala.lebar("Target dan Realisasi Kinerja Renja Tahun " + (tahun - 2) + " (n-2)", 3),
                        SelKepala.tinggi("Target Renja Tahun " + (tahun - 1) + " (n-1)", 2),
                        SelKepala.lebar("Perkiraan Realisasi Capaian Renstra s/d Tahun " + (tahun - 1), 2)),
                List.of(SelKepala.of("Target Renja"), SelKepala.of("Realisasi Renja"), SelKepala.of("Tingkat Realisasi (%)"),
                        SelKepala.of("Realisasi Capaian"), SelKepala.of("Tingkat Capaian (%)")),
                nomorKolom("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)=(7/6)", "(9)", "(10)=(5+7+9)",
                        "(11)=(10/4)"));
        List<BarisTabel> isi = new ArrayList<>();
        for (BarisEvaluasiLalu e : baris) {
            Sel[] sel = {Sel.teks(e.kode()), Sel.teks(e.nama()), Sel.teks(teks(e.indikator())),
                    nilai(e.k4TargetAkhir(), e.satuan()), nilai(e.k5RealisasiSampaiN3(), e.satuan()),
                    nilai(e.k6TargetN2(), e.satuan()), nilai(e.k7RealisasiN2(), e.satuan()),
                    e.k6TargetN2() == null || e.k7RealisasiN2() == null ? Sel.kosong() : Sel.persen(e.k8TingkatN2()),
                    nilai(e.k9TargetN1(), e.satuan()), nilai(e.k10PerkiraanRealisasi(), e.satuan()),
                    e.k10PerkiraanRealisasi() == null ? Sel.kosong() : Sel.persen(e.k11PerkiraanCapaian())};
            isi.add(e.kode().split("\\.").length < 6 ? BarisTabel.kelompok(sel) : BarisTabel.biasa(sel));
            // a further indicator of the sub kegiatan: its own line with its target, realisasi and tingkat of N−2
            for (IndikatorEvaluasiLalu i : e.indikatorLain()) {
                isi.add(BarisTabel.biasa(Sel.kosong(), Sel.kosong(), Sel.teks("Indikator ke-" + i.urutan() + ": " + teks(i.indikator())),
                        Sel.kosong(), Sel.kosong(), nilai(i.k6TargetN2(), i.satuan()), nilai(i.k7RealisasiN2(), i.satuan()),
                        i.k6TargetN2() == null || i.k7RealisasiN2() == null ? Sel.kosong() : Sel.persen(i.k8TingkatN2()),
                        Sel.kosong(), Sel.kosong(), Sel.kosong()));
            }
        }
        return new Tabel("Tabel 2.1", "Rekapitulasi Evaluasi Hasil Pelaksanaan Renja dan Pencapaian Renstra " + instansi
                + " s/d Tahun " + (tahun - 1), kepala, isi, List.of(10, 20, 18, 7, 7, 7, 7, 7, 7, 7, 7), true);
    }

    // ---- Tabel 2.2: T-C.31 -------------------------------------------------------------------------------------

    static Tabel reviewRkpd(IsiRenja isi) {
        int n = isi.tahun();
        List<List<SelKepala>> kepala = List.of(
                List.of(SelKepala.tinggi("Kode", 2), SelKepala.lebar("Rancangan Awal RKPD", 5),
                        SelKepala.lebar("Hasil Analisis Kebutuhan", 5), SelKepala.tinggi("Catatan Penting", 2)),
                List.of(SelKepala.of("Program/Kegiatan/Sub Kegiatan"), SelKepala.of("Lokasi"), SelKepala.of("Indikator Kinerja"),
                        SelKepala.of("Target Capaian"), SelKepala.of("Pagu Indikatif (Rp)"),
                        SelKepala.of("Program/Kegiatan/Sub Kegiatan"), SelKepala.of("Lokasi"), SelKepala.of("Indikator Kinerja"),
                        SelKepala.of("Target Capaian"), SelKepala.of("Kebutuhan Dana (Rp)")),
                nomorKolom("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)"));
        Map<Long, ReviewRkpd> review = isi.review().stream().collect(Collectors.toMap(ReviewRkpd::barisId, Function.identity()));
        Jumlah total = isi.total();
        // Nothing of the RKPD entered yet: its pagu column stays empty rather than showing sums of nothing.
        boolean adaRkpd = isi.review().stream().anyMatch(r -> r.rkpdPagu() != null);
        String kecamatan = "Kecamatan " + isi.kecamatan().nama();
        List<BarisTabel> baris = new ArrayList<>();
        for (Simpul s : urut(isi)) {
            if (s.kelompok()) {
                BarisRenstra r = isi.renstra().get(s.kode());
                Sel indikator = Sel.teks(r == null ? "" : teks(r.indikator()));
                Sel target = r == null ? Sel.kosong() : nilai(r.target().get(n), r.satuan());
                baris.add(BarisTabel.kelompok(Sel.teks(s.kode()), Sel.teks(s.nama()), Sel.teks(kecamatan), indikator, target,
                        adaRkpd ? Sel.rupiah(s.jumlah().paguRkpd()) : Sel.kosong(), Sel.teks(s.nama()), Sel.teks(kecamatan),
                        indikator, target, Sel.rupiah(s.jumlah().pagu()), Sel.kosong()));
            } else {
                BarisRenja b = s.baris();
                ReviewRkpd r = review.get(b.id());
                baris.add(BarisTabel.biasa(Sel.teks(b.kode()), Sel.teks(b.nama()), Sel.teks(teks(r.rkpdLokasi())),
                        Sel.teks(teks(r.rkpdIndikator())), nilai(r.rkpdTarget(), b.satuan()), Sel.rupiahAtauKosong(r.rkpdPagu()),
                        Sel.teks(b.nama()), Sel.teks(teks(b.lokasi())), Sel.teks(teks(b.indikator())),
                        nilai(b.target(), b.satuan()), Sel.rupiahAtauKosong(b.pagu()), Sel.teks(teks(r.catatan()))));
            }
        }
        baris.add(BarisTabel.total(Sel.teks("JUMLAH", 5), adaRkpd ? Sel.rupiah(total.paguRkpd()) : Sel.kosong(),
                Sel.teks("", 4), Sel.rupiah(total.pagu()), Sel.kosong()));
        return new Tabel("Tabel 2.2", "Review terhadap Rancangan Awal RKPD Tahun " + n + " " + kecamatan, kepala, baris,
                List.of(10, 10, 6, 9, 6, 11, 10, 6, 9, 6, 11, 6), true);
    }

    // ---- Tabel 2.3: T-C.32 -------------------------------------------------------------------------------------

    static Tabel usulan(IsiRenja isi) {
        List<List<SelKepala>> kepala = List.of(
                List.of(SelKepala.of("No"), SelKepala.of("Program/Kegiatan/Sub Kegiatan"), SelKepala.of("Lokasi"),
                        SelKepala.of("Indikator Kinerja"), SelKepala.of("Besaran/Volume"), SelKepala.of("Catatan")),
                nomorKolom("(1)", "(2)", "(3)", "(4)", "(5)", "(6)"));
        Map<String, BarisRenja> perKode = isi.baris().stream().collect(Collectors.toMap(BarisRenja::kode, Function.identity()));
        List<UsulanRenja> usulan = isi.forum().usulan().stream()
                .sorted(Comparator.comparing(UsulanRenja::kode).thenComparing(u -> u.id() == null ? 0L : u.id())).toList();
        List<BarisTabel> baris = new ArrayList<>();
        int no = 0;
        for (UsulanRenja u : usulan) {
            BarisRenja b = perKode.get(u.kode());
            String sub = u.kode() + " " + (b == null ? "" : b.nama());
            baris.add(BarisTabel.biasa(Sel.angka(++no), Sel.teks(sub + "\nUsulan: " + u.uraian()),
                    Sel.teks(u.desa() == null ? "Kecamatan " + isi.kecamatan().nama() : "Desa " + u.desa()),
                    Sel.teks(b == null ? "" : teks(b.indikator())), Sel.teks(teks(u.besaran())), Sel.teks(catatan(u))));
        }
        if (baris.isEmpty()) {
            baris.add(BarisTabel.biasa(Sel.teks(isi.forum().tanggal() == null
                    ? "Forum perangkat daerah belum dilaksanakan." : "Tidak ada usulan yang dibahas.", 6)));
        }
        return new Tabel("Tabel 2.3", "Usulan Program dan Kegiatan dari Para Pemangku Kepentingan Tahun " + isi.tahun(),
                kepala, baris, List.of(5, 33, 14, 22, 11, 20), false);
    }

    /** "Musrenbang desa. Diterima: sesuai prioritas kecamatan." — source, decision and its reason. */
    static String catatan(UsulanRenja u) {
        String keputusan = u.keputusan() == null ? "Belum diputuskan" : keputusan(u.keputusan());
        return u.sumber().label() + ". " + keputusan + (u.alasan() == null ? "" : ": " + u.alasan()) + ".";
    }

    static String keputusan(KeputusanUsulan k) {
        return switch (k) {
            case DITERIMA -> "Diterima";
            case DITOLAK -> "Ditolak";
            case DIPERTIMBANGKAN -> "Dipertimbangkan";
        };
    }

    // ---- Tabel 3.1: T-C.33 -------------------------------------------------------------------------------------

    static Tabel rumusan(IsiRenja isi) {
        int n = isi.tahun();
        List<List<SelKepala>> kepala = List.of(
                List.of(SelKepala.tinggi("Kode", 2), SelKepala.tinggi("Program/Kegiatan/Sub Kegiatan", 2),
                        SelKepala.tinggi("Lokasi", 2), SelKepala.tinggi("Indikator Kinerja Program/Kegiatan/Sub Kegiatan", 2),
                        SelKepala.lebar("Rencana Tahun " + n + " (N)", 3), SelKepala.tinggi("Catatan Penting", 2),
                        SelKepala.lebar("Prakiraan Maju Tahun " + (n + 1) + " (N+1)", 2)),
                List.of(SelKepala.of("Target Capaian Kinerja"), SelKepala.of("Kebutuhan Dana/Pagu Indikatif (Rp)"),
                        SelKepala.of("Sumber Dana"), SelKepala.of("Target Capaian Kinerja"), SelKepala.of("Kebutuhan Dana (Rp)")),
                nomorKolom("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"));
        String kecamatan = "Kecamatan " + isi.kecamatan().nama();
        List<BarisTabel> baris = new ArrayList<>();
        for (Simpul s : urut(isi)) {
            if (s.kelompok()) {
                BarisRenstra r = isi.renstra().get(s.kode());
                baris.add(BarisTabel.kelompok(Sel.teks(s.kode()), Sel.teks(s.nama()), Sel.teks(kecamatan),
                        r == null ? Sel.kosong() : indikator(r.indikator(), r),
                        r == null ? Sel.kosong() : target(r.target().get(n), r.satuan(), r, n),
                        Sel.rupiah(s.jumlah().pagu()), Sel.kosong(), Sel.kosong(),
                        r == null ? Sel.kosong() : target(r.target().get(n + 1), r.satuan(), r, n + 1),
                        Sel.rupiah(s.jumlah().paguMaju())));
            } else {
                // a sub kegiatan row prints the Renja row's own indicators and targets, as its unit set them
                BarisRenja b = s.baris();
                baris.add(BarisTabel.biasa(Sel.teks(b.kode()), Sel.teks(b.nama()), Sel.teks(teks(b.lokasi())),
                        indikator(b), target(b, false), Sel.rupiahAtauKosong(b.pagu()),
                        Sel.teks(teks(b.sumberDana())), Sel.teks(teks(b.catatan())), target(b, true),
                        Sel.rupiahAtauKosong(b.paguMaju())));
            }
        }
        Jumlah total = isi.total();
        baris.add(BarisTabel.total(Sel.teks("TOTAL", 5), Sel.rupiah(total.pagu()), Sel.kosong(), Sel.kosong(), Sel.kosong(),
                Sel.rupiah(total.paguMaju())));
        return new Tabel("Tabel 3.1", "Rumusan Rencana Program dan Kegiatan " + kecamatan + " Tahun " + n
                + " dan Prakiraan Maju Tahun " + (n + 1), kepala, baris, List.of(10, 18, 8, 16, 7, 12, 6, 8, 7, 12), true);
    }

    // ---- Tabel 3.2: the perubahan, Sebelum / Setelah / Jumlah Perubahan ------------------------------------------

    static Tabel perubahan(IsiRenja isi) {
        List<List<SelKepala>> kepala = List.of(
                List.of(SelKepala.tinggi("Kode", 2), SelKepala.tinggi("Program/Kegiatan/Sub Kegiatan", 2),
                        SelKepala.lebar("Indikator Kinerja Program/Kegiatan", 2), SelKepala.lebar("Lokasi", 2),
                        SelKepala.lebar("Target Capaian Kinerja", 2), SelKepala.lebar("Pagu Indikatif (Rp)", 2),
                        SelKepala.tinggi("Jumlah Perubahan (+/-)", 2)),
                List.of(SelKepala.of("Sebelum Perubahan"), SelKepala.of("Setelah Perubahan"), SelKepala.of("Sebelum Perubahan"),
                        SelKepala.of("Setelah Perubahan"), SelKepala.of("Sebelum Perubahan"), SelKepala.of("Setelah Perubahan"),
                        SelKepala.of("Sebelum Perubahan"), SelKepala.of("Setelah Perubahan")),
                nomorKolom("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)=(10)-(9)"));
        List<BarisTabel> baris = new ArrayList<>();
        for (Simpul s : urut(isi)) {
            if (s.kelompok()) {
                Jumlah j = s.jumlah();
                baris.add(BarisTabel.kelompok(Sel.teks(s.kode()), Sel.teks(s.nama()), Sel.teks("", 6),
                        Sel.rupiah(j.paguSebelum()), Sel.rupiah(j.pagu()), Sel.perubahan(j.perubahanPagu())));
            } else {
                BarisRenja b = s.baris();
                baris.add(BarisTabel.biasa(Sel.teks(b.kode()), Sel.teks(b.nama()), Sel.teks(teks(b.indikatorSebelum())),
                        Sel.teks(teks(b.indikator())), Sel.teks(teks(b.lokasiSebelum())), Sel.teks(teks(b.lokasi())),
                        nilai(b.targetSebelum(), b.satuan()), nilai(b.target(), b.satuan()), Sel.rupiahAtauKosong(b.paguSebelum()),
                        Sel.rupiahAtauKosong(b.pagu()), Sel.perubahan(b.perubahanPagu())));
            }
        }
        Jumlah total = isi.total();
        baris.add(BarisTabel.total(Sel.teks("JUMLAH", 8), Sel.rupiah(total.paguSebelum()), Sel.rupiah(total.pagu()),
                Sel.perubahan(total.perubahanPagu())));
        return new Tabel("Tabel 3.2", "Perubahan Rencana Program dan Kegiatan Kecamatan " + isi.kecamatan().nama() + " Tahun "
                + isi.tahun(), kepala, baris, List.of(9, 15, 10, 10, 6, 6, 7, 7, 11, 11, 8), true);
    }

    // ---- Tabel 4.1: alokasi anggaran --------------------------------------------------------------------------

    static Tabel alokasi(IsiRenja isi) {
        int n = isi.tahun();
        boolean perubahan = isi.perubahan();
        List<List<SelKepala>> kepala = perubahan
                ? List.of(List.of(SelKepala.tinggi("No", 2), SelKepala.tinggi("Program/Kegiatan/Sub Kegiatan", 2),
                                SelKepala.tinggi("Target Capaian Kinerja", 2), SelKepala.lebar("Pagu Indikatif (Rp)", 2),
                                SelKepala.tinggi("Jumlah Perubahan (+/-)", 2), SelKepala.tinggi("Sumber Dana", 2)),
                        List.of(SelKepala.of("Sebelum Perubahan"), SelKepala.of("Setelah Perubahan")),
                        nomorKolom("(1)", "(2)", "(3)", "(4)", "(5)", "(6)=(5)-(4)", "(7)"))
                : List.of(List.of(SelKepala.tinggi("No", 2), SelKepala.tinggi("Program/Kegiatan/Sub Kegiatan", 2),
                                SelKepala.lebar("Rencana Tahun " + n + " (N)", 3)),
                        List.of(SelKepala.of("Target Capaian Kinerja"), SelKepala.of("Pagu Indikatif (Rp)"), SelKepala.of("Sumber Dana")),
                        nomorKolom("(1)", "(2)", "(3)", "(4)", "(5)"));
        List<BarisTabel> baris = new ArrayList<>();
        int program = 0;
        int kegiatan = 0;
        int sub = 0;
        for (Simpul s : urut(isi)) {
            String no = switch (s.tingkat()) {
                case 0 -> { program++; kegiatan = 0; yield String.valueOf(program); }
                case 1 -> { kegiatan++; sub = 0; yield program + "." + kegiatan; }
                default -> program + "." + kegiatan + "." + (++sub);
            };
            String nama = s.kode() + " " + s.nama();
            if (s.kelompok()) {
                BarisRenstra r = isi.renstra().get(s.kode());
                Sel target = r == null ? Sel.kosong() : nilai(r.target().get(n), r.satuan());
                Sel sumber = Sel.teks(sumberDana(isi.baris(), s.kode()));
                Jumlah j = s.jumlah();
                baris.add(perubahan
                        ? BarisTabel.kelompok(Sel.teks(no), Sel.teks(nama), target, Sel.rupiah(j.paguSebelum()), Sel.rupiah(j.pagu()),
                                Sel.perubahan(j.perubahanPagu()), sumber)
                        : BarisTabel.kelompok(Sel.teks(no), Sel.teks(nama), target, Sel.rupiah(j.pagu()), sumber));
            } else {
                BarisRenja b = s.baris();
                baris.add(perubahan
                        ? BarisTabel.biasa(Sel.teks(no), Sel.teks(nama), nilai(b.target(), b.satuan()), Sel.rupiahAtauKosong(b.paguSebelum()),
                                Sel.rupiahAtauKosong(b.pagu()), Sel.perubahan(b.perubahanPagu()), Sel.teks(teks(b.sumberDana())))
                        : BarisTabel.biasa(Sel.teks(no), Sel.teks(nama), nilai(b.target(), b.satuan()), Sel.rupiahAtauKosong(b.pagu()),
                                Sel.teks(teks(b.sumberDana()))));
            }
        }
        Jumlah total = isi.total();
        baris.add(perubahan
                ? BarisTabel.total(Sel.teks("JUMLAH", 3), Sel.rupiah(total.paguSebelum()), Sel.rupiah(total.pagu()),
                        Sel.perubahan(total.perubahanPagu()), Sel.kosong())
                : BarisTabel.total(Sel.teks("JUMLAH", 3), Sel.rupiah(total.pagu()), Sel.kosong()));
        return new Tabel("Tabel 4.1", "Alokasi Anggaran Kecamatan " + isi.kecamatan().nama() + " Tahun " + n, kepala, baris,
                perubahan ? List.of(7, 37, 11, 13, 13, 11, 8) : List.of(8, 52, 12, 16, 12), perubahan);
    }

    /** The sources of money of a group's rows, as listed: "APBD, DAU". A list, not a sum. */
    static String sumberDana(List<BarisRenja> baris, String kodeKelompok) {
        Set<String> sumber = new LinkedHashSet<>();
        baris.stream().filter(b -> b.kode().startsWith(kodeKelompok + ".")).map(BarisRenja::sumberDana)
                .filter(Objects::nonNull).forEach(sumber::add);
        return String.join(", ", sumber);
    }

    // ---- cells ----------------------------------------------------------------------------------------------

    /** A value in its indicator's unit: "12 Dokumen", "100%"; empty when there is none. */
    static Sel nilai(BigDecimal nilai, String satuan) {
        return nilai == null ? Sel.kosong() : Sel.teks(teksNilai(nilai, satuan));
    }

    private static String teksNilai(BigDecimal nilai, String satuan) {
        if (nilai == null) {
            return "–";
        }
        String angka = FormatIndonesia.angka(nilai);
        if (satuan == null || satuan.isBlank()) {
            return angka;
        }
        return satuan.strip().equals("%") ? angka + "%" : angka + " " + satuan.strip();
    }

    /**
     * The indicator cell of a row with several indicators in the Renstra: "1) first; 2) second; …". {@code pertama} is
     * the row's own first indicator (a Renja row's as its unit wrote it).
     */
    static Sel indikator(String pertama, BarisRenstra r) {
        if (r == null || r.indikatorLain().isEmpty()) {
            return Sel.teks(teks(pertama));
        }
        List<String> semua = new ArrayList<>(List.of("1) " + teks(pertama)));
        for (int k = 0; k < r.indikatorLain().size(); k++) {
            semua.add((k + 2) + ") " + r.indikatorLain().get(k).indikator());
        }
        return Sel.teks(String.join("; ", semua));
    }

    /** The indicator cell of a Renja row: its first indicator, then its own further ones (numbered as above). */
    static Sel indikator(BarisRenja b) {
        if (b.indikatorLain().isEmpty()) {
            return Sel.teks(teks(b.indikator()));
        }
        List<String> semua = new ArrayList<>(List.of("1) " + teks(b.indikator())));
        b.indikatorLain().forEach(i -> semua.add(i.urutan() + ") " + teks(i.indikator())));
        return Sel.teks(String.join("; ", semua));
    }

    /** The target cell of a Renja row for year N ({@code maju}: N+1), each indicator's in its own unit. */
    static Sel target(BarisRenja b, boolean maju) {
        BigDecimal pertama = maju ? b.targetMaju() : b.target();
        if (b.indikatorLain().isEmpty()) {
            return nilai(pertama, b.satuan());
        }
        List<String> semua = new ArrayList<>(List.of("1) " + teksNilai(pertama, b.satuan())));
        b.indikatorLain().forEach(i -> semua.add(i.urutan() + ") " + teksNilai(maju ? i.targetMaju() : i.target(), i.satuan())));
        return Sel.teks(String.join("; ", semua));
    }

    /** The target cell to go with {@link #indikator}: each indicator's target of the year in its own unit. */
    static Sel target(BigDecimal pertama, String satuan, BarisRenstra r, int tahun) {
        if (r == null || r.indikatorLain().isEmpty()) {
            return nilai(pertama, satuan);
        }
        List<String> semua = new ArrayList<>(List.of("1) " + teksNilai(pertama, satuan)));
        for (int k = 0; k < r.indikatorLain().size(); k++) {
            var lain = r.indikatorLain().get(k);
            semua.add((k + 2) + ") " + teksNilai(lain.target().get(tahun), lain.satuan()));
        }
        return Sel.teks(String.join("; ", semua));
    }

    static String teks(String s) {
        return s == null ? "" : s;
    }

    static List<SelKepala> nomorKolom(String... nomor) {
        return Arrays.stream(nomor).map(SelKepala::of).toList();
    }
}
