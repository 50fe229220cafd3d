package id.sipeka.renstra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of the import format, shared by the XLSX template, the XLSX reader and the JSON reader. A column
 * has a key ("kode", "target:2025") and a header label ("Kode", "Target 2025"); a header is recognised by the
 * text before any " (" so that "Polaritas (NAIK/TURUN)" is the polaritas column.
 */
final class KolomRenstra {

    record Kolom(String kunci, String label, String petunjuk) {
    }

    static final List<Kolom> NOMENKLATUR = List.of(
            new Kolom("kode", "Kode",
                    "7.01.PP (program), 7.01.PP.2.KK (kegiatan), 7.01.PP.2.KK.SSSS (sub kegiatan) atau, bila kabupaten memakai aktivitas, 7.01.PP.2.KK.SSSS.A (aktivitas, tepat di bawah sub kegiatannya)"),
            new Kolom("nama", "Nama", "Nama program, kegiatan atau sub kegiatan sesuai nomenklatur"),
            new Kolom("hasil", "Hasil (Outcome/Output)", "Outcome program atau output kegiatan/sub kegiatan"),
            new Kolom("indikator", "Indikator", "Indikator kinerja, tanpa satuan"),
            new Kolom("satuan", "Satuan", "Satuan target: %, Dokumen, Laporan, Orang/Bulan, Unit, …"),
            new Kolom("polaritas", "Polaritas (NAIK/TURUN)", "NAIK = makin tinggi makin baik (bawaan); TURUN = makin rendah makin baik"),
            new Kolom("jenis", "Jenis (JUMLAH/TINGKAT/KUMULATIF)",
                    "JUMLAH = dijumlah per triwulan; TINGKAT = nilai terakhir (%, indeks); KUMULATIF = nilai s.d. triwulan. Kosong: TINGKAT untuk %, selain itu JUMLAH"),
            new Kolom("baseline", "Baseline", "Kondisi awal (tahun sebelum periode)"),
            new Kolom("unit", "Unit", "Kode unit kerja penanggung jawab (wajib untuk sub kegiatan; lihat lembar Unit)"),
            new Kolom("sumberDana", "Sumber Dana",
                    "Sub kegiatan: kode sumber dana dari daftar yang dikelola admin (mis. DAU, DAK, PAD); beberapa dipisah koma"),
            new Kolom("lokasi", "Lokasi",
                    "Sub kegiatan dan aktivitas: Kecamatan <nama> atau Desa <nama> dari kecamatan ini, beberapa dipisah koma"),
            new Kolom("volume", "Volume", "Hanya aktivitas: volume keluaran aktivitas"),
            new Kolom("prioritas", "Prioritas (TINGGI/SEDANG/RENDAH)", "Hanya aktivitas: TINGGI, SEDANG atau RENDAH"));

    static final List<Kolom> TUJUAN_SASARAN = List.of(
            new Kolom("kode", "Kode", "T1 untuk tujuan, T1.S1 untuk sasaran dari tujuan T1"),
            new Kolom("uraian", "Uraian", "Rumusan tujuan atau sasaran"),
            new Kolom("indikator", "Indikator", "Indikator kinerja, tanpa satuan"),
            new Kolom("satuan", "Satuan", "Satuan target"),
            new Kolom("polaritas", "Polaritas (NAIK/TURUN)", "NAIK (bawaan) atau TURUN"),
            new Kolom("baseline", "Baseline", "Kondisi awal"));

    private static final Pattern TARGET = Pattern.compile("target (\\d{4})");
    private static final Pattern PAGU = Pattern.compile("pagu (\\d{4})");

    private KolomRenstra() {
    }

    static String target(int tahun) {
        return "target:" + tahun;
    }

    static String pagu(int tahun) {
        return "pagu:" + tahun;
    }

    /** All columns of a sheet for a period, in template order. */
    static List<Kolom> kolom(List<Kolom> tetap, int tahunAwal, int tahunAkhir, boolean denganPagu) {
        List<Kolom> semua = new ArrayList<>(tetap);
        for (int t = tahunAwal; t <= tahunAkhir; t++) {
            semua.add(new Kolom(target(t), "Target " + t, "Target tahun " + t));
            if (denganPagu) {
                semua.add(new Kolom(pagu(t), "Pagu " + t,
                        "Pagu indikatif tahun " + t + " (Rp, tanpa desimal). Untuk program/kegiatan boleh kosong: dihitung dari sub kegiatan"));
            }
        }
        return semua;
    }

    /** The key of a header cell, if it is one of ours. */
    static Optional<String> kunciDariLabel(String label, List<Kolom> tetap) {
        if (label == null) {
            return Optional.empty();
        }
        String normal = normal(label);
        for (Kolom k : tetap) {
            if (normal(k.label()).equals(normal)) {
                return Optional.of(k.kunci());
            }
        }
        Matcher m = TARGET.matcher(normal);
        if (m.matches()) {
            return Optional.of(target(Integer.parseInt(m.group(1))));
        }
        m = PAGU.matcher(normal);
        if (m.matches() && tetap == NOMENKLATUR) {
            return Optional.of(pagu(Integer.parseInt(m.group(1))));
        }
        return Optional.empty();
    }

    /** Year of a target/pagu key, or -1. */
    static int tahunDari(String kunci) {
        int titikDua = kunci.indexOf(':');
        return titikDua < 0 ? -1 : Integer.parseInt(kunci.substring(titikDua + 1));
    }

    /** The label the user sees for each key (for messages). */
    static Map<String, String> label(List<Kolom> tetap, int tahunAwal, int tahunAkhir) {
        Map<String, String> label = new LinkedHashMap<>();
        kolom(tetap, tahunAwal, tahunAkhir, true).forEach(k -> label.put(k.kunci(), k.label()));
        return label;
    }

    private static String normal(String label) {
        String s = label.strip().toLowerCase(Locale.ROOT);
        int kurung = s.indexOf(" (");
        return (kurung < 0 ? s : s.substring(0, kurung)).replaceAll("\\s+", " ");
    }
}
