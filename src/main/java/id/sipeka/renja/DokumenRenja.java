package id.sipeka.renja;

import id.sipeka.base.FormatIndonesia;
import id.sipeka.dokumen.Bab;
import id.sipeka.dokumen.Bagian;
import id.sipeka.dokumen.Blok;
import id.sipeka.dokumen.Dokumen;
import id.sipeka.dokumen.Metadata;
import id.sipeka.dokumen.Paragraf;
import id.sipeka.dokumen.Sampul;
import id.sipeka.renja.RenjaData.NarasiRenja;
import id.sipeka.renstra.RenstraData.BarisTujuanSasaran;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Renja as an official document (GUIDE §4): cover, Kata Pengantar with the camat's signature block, BAB I–V
 * with the narrative written by the secretariat and the units (standard wording where the secretariat wrote
 * nothing), and the tables of {@link TabelRenja}. The same model is printed as PDF, DOCX and XLSX by the document
 * module. A perubahan adds the before/after table and Sebelum/Setelah/Jumlah Perubahan in Tabel 4.1.
 */
final class DokumenRenja {

    private DokumenRenja() {
    }

    static Dokumen susun(IsiRenja isi, boolean draf) {
        NarasiBakuRenja baku = new NarasiBakuRenja(isi);
        String kecamatan = isi.kecamatan().nama();
        List<Bab> bab = List.of(babI(isi, baku), babII(isi, baku), babIII(isi, baku), babIV(isi, baku),
                new Bab("V", "PENUTUP", List.of(bagian(isi, "", "", "5", baku.penutup()))));
        return new Dokumen(judul(isi), metadata(isi), sampul(isi, draf), List.of(kataPengantar(isi, baku)), bab, true, draf);
    }

    static String judul(IsiRenja isi) {
        return (isi.perubahan() ? "Rencana Kerja Perubahan" : "Rencana Kerja") + " Kecamatan " + isi.kecamatan().nama()
                + " Tahun " + isi.tahun();
    }

    static Metadata metadata(IsiRenja isi) {
        return new Metadata(isi.perubahan() ? "Renja Perubahan" : "Renja", isi.kecamatan().id(),
                "Kecamatan " + isi.kecamatan().nama(), isi.tahun(), tahap(isi.renja().tahap()), isi.versi());
    }

    /** The official stage (Permendagri 86/2017) the document is at. */
    static String tahap(Tahap tahap) {
        return switch (tahap) {
            case PENYUSUNAN -> "Rancangan Awal";
            case FORUM, REVISI -> "Rancangan";
            case RANCANGAN_AKHIR, PENETAPAN -> "Rancangan Akhir";
            case DITETAPKAN -> "Penetapan";
        };
    }

    private static Sampul sampul(IsiRenja isi, boolean draf) {
        List<String> baris = new ArrayList<>();
        baris.add(isi.perubahan() ? "RENCANA KERJA PERUBAHAN\nPERANGKAT DAERAH\n(RENJA PERUBAHAN)"
                : "RENCANA KERJA\nPERANGKAT DAERAH\n(RENJA)");
        if (draf) {
            baris.add(tahap(isi.renja().tahap()).toUpperCase(FormatIndonesia.LOCALE));
        }
        baris.add("KECAMATAN " + isi.kecamatan().nama().toUpperCase(FormatIndonesia.LOCALE));
        if (isi.kecamatan().kabupatenNama() != null) {
            baris.add("KABUPATEN " + isi.kecamatan().kabupatenNama().toUpperCase(FormatIndonesia.LOCALE));
        }
        baris.add("TAHUN " + isi.tahun());
        return new Sampul(baris);
    }

    private static Bab kataPengantar(IsiRenja isi, NarasiBakuRenja baku) {
        List<Blok> blok = new ArrayList<>(paragraf(baku.kataPengantar()));
        if (isi.penandatangan() != null) {
            blok.add(isi.penandatangan());
        }
        return Bab.tanpaNomor("KATA PENGANTAR", List.of(new Bagian("", "", blok)));
    }

    private static Bab babI(IsiRenja isi, NarasiBakuRenja baku) {
        return new Bab("I", "PENDAHULUAN", List.of(
                bagian(isi, "1.1", "Latar Belakang", "1.1", baku.latarBelakang()),
                bagian(isi, "1.2", "Landasan Hukum", "1.2", baku.landasanHukum()),
                bagian(isi, "1.3", "Maksud dan Tujuan", "1.3", baku.maksudTujuan()),
                bagian(isi, "1.4", "Sistematika Penulisan", "1.4", baku.sistematika())));
    }

    private static Bab babII(IsiRenja isi, NarasiBakuRenja baku) {
        List<Bagian> bagian = new ArrayList<>();
        bagian.add(new Bagian("2.1", "Evaluasi Pelaksanaan Renja Tahun Lalu dan Capaian Renstra", paragraf(baku.evaluasi())));
        bagian.addAll(bagianUnit(isi, "2.1"));
        String periode = isi.periodeRenstra();
        int akhir = Integer.parseInt(periode.substring(periode.length() - 4));
        bagian.add(new Bagian("", "", List.of(TabelRenja.evaluasi("Kecamatan " + isi.kecamatan().nama(), isi.tahun(), akhir,
                isi.evaluasi()))));
        bagian.add(bagian(isi, "2.2", "Analisis Kinerja Pelayanan", "2.2", baku.analisisKinerja()));
        bagian.add(bagian(isi, "2.3", "Isu-isu Penting Penyelenggaraan Tugas dan Fungsi", "2.3", baku.isuPenting()));
        bagian.add(dengan(bagian(isi, "2.4", "Review terhadap Rancangan Awal RKPD", "2.4", baku.reviewRkpd()),
                TabelRenja.reviewRkpd(isi)));
        bagian.add(dengan(bagian(isi, "2.5", "Penelaahan Usulan Program dan Kegiatan Masyarakat", "2.5", baku.usulan()),
                TabelRenja.usulan(isi)));
        return new Bab("II", "HASIL EVALUASI RENJA PERANGKAT DAERAH TAHUN LALU", bagian);
    }

    private static Bab babIII(IsiRenja isi, NarasiBakuRenja baku) {
        List<Bagian> bagian = new ArrayList<>();
        bagian.add(bagian(isi, "3.1", "Telaahan terhadap Kebijakan Nasional", "3.1", baku.kebijakanNasional()));
        Bagian tujuan = bagian(isi, "3.2", "Tujuan dan Sasaran", "3.2", baku.tujuanSasaran());
        List<Blok> blokTujuan = new ArrayList<>(tujuan.blok());
        for (BarisTujuanSasaran t : isi.tujuanSasaran()) {
            blokTujuan.add(new Paragraf(tujuanSasaran(t, isi.tahun())));
        }
        bagian.add(new Bagian(tujuan.nomor(), tujuan.judul(), blokTujuan));
        bagian.add(new Bagian("3.3", "Program dan Kegiatan", paragraf(baku.programKegiatan())));
        bagian.addAll(bagianUnit(isi, "3.3"));
        List<Blok> tabel = new ArrayList<>(List.of(TabelRenja.rumusan(isi)));
        if (isi.perubahan()) {
            tabel.add(TabelRenja.perubahan(isi));
        }
        tabel.addAll(TabelAktivitasRenja.semua(isi));
        bagian.add(new Bagian("", "", tabel));
        return new Bab("III", "TUJUAN, SASARAN, PROGRAM DAN KEGIATAN", bagian);
    }

    private static Bab babIV(IsiRenja isi, NarasiBakuRenja baku) {
        String sumber = String.join(", ", isi.baris().stream().map(RenjaData.BarisRenja::sumberDana)
                .filter(s -> s != null && !s.isBlank()).distinct().toList());
        return new Bab("IV", "RENCANA KERJA DAN PENDANAAN", List.of(dengan(bagian(isi, "", "", "4", baku.pendanaan(sumber)),
                TabelRenja.alokasi(isi))));
    }

    /** "T1.S1 Meningkatnya … — Indikator: Nilai AKIP; target 2026: 70,01 Nilai". */
    static String tujuanSasaran(BarisTujuanSasaran t, int tahun) {
        String jenis = t.kode().contains(".") ? "Sasaran " : "Tujuan ";
        var target = TabelRenja.nilai(t.target().get(tahun), t.satuan()).teks();
        return jenis + t.kode() + ": " + t.uraian() + (t.indikator() == null ? "" : "\nIndikator: " + t.indikator()
                + (target.isEmpty() ? "" : "; target " + tahun + ": " + target));
    }

    /** A section with what its writer wrote, otherwise the standard wording. */
    private static Bagian bagian(IsiRenja isi, String nomor, String judul, String kodeNarasi, List<String> baku) {
        Optional<String> ditulis = isi.narasi(kodeNarasi);
        return new Bagian(nomor, judul, ditulis.map(DokumenRenja::paragrafPengguna).orElseGet(() -> paragraf(baku)));
    }

    /**
     * Each unit's own part of a section (2.1 evaluation, 3.3 programs), numbered 2.1.1, 2.1.2, … in the kecamatan's
     * unit order. A unit that wrote nothing is left out rather than printed empty.
     */
    private static List<Bagian> bagianUnit(IsiRenja isi, String induk) {
        List<Bagian> hasil = new ArrayList<>();
        int nomor = 0;
        for (var unit : isi.unit().entrySet()) {
            Optional<String> teks = isi.narasi().stream()
                    .filter(n -> n.kode().equals(induk + ".u" + unit.getKey())).map(NarasiRenja::isi)
                    .filter(s -> s != null && !s.isBlank()).findFirst();
            if (teks.isPresent()) {
                hasil.add(new Bagian(induk + "." + (++nomor), unit.getValue(), paragrafPengguna(teks.get())));
            }
        }
        return hasil;
    }

    private static Bagian dengan(Bagian bagian, Blok tambahan) {
        List<Blok> blok = new ArrayList<>(bagian.blok());
        blok.add(tambahan);
        return new Bagian(bagian.nomor(), bagian.judul(), blok);
    }

    private static List<Blok> paragraf(List<String> teks) {
        return teks.stream().map(t -> (Blok) new Paragraf(t)).toList();
    }

    /** A user's text: a blank line starts a new paragraph; single line breaks stay (numbered lists). */
    static List<Blok> paragrafPengguna(String teks) {
        return java.util.Arrays.stream(teks.replace("\r\n", "\n").split("\n\\s*\n")).map(String::strip)
                .filter(p -> !p.isEmpty()).map(p -> (Blok) new Paragraf(p)).toList();
    }
}
