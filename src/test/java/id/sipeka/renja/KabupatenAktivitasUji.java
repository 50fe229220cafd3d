package id.sipeka.renja;

import id.sipeka.Masuk;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.JenisDesa;
import id.sipeka.organisasi.JenisUnit;
import id.sipeka.organisasi.OrganisasiData.DesaData;
import id.sipeka.organisasi.OrganisasiData.KabupatenData;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiData.PegawaiData;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.organisasi.PangkatGolongan;
import id.sipeka.security.Peran;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fresh kecamatan with the desa Bayondo and Mekar, units SEKSI-PEM and SEKSI-PMD (each with a head), a sekcam and
 * a camat, in a new kabupaten with or without Aktivitas; and the Renstra 2024–2026 of issue 13's tests, whose
 * expected sums {@link #RENSTRA} gives independently of the import.
 */
public record KabupatenAktivitasUji(long kabupatenId, KecamatanData kecamatan, String sekcam, String kasiPem, String kasiPmd,
        long pem, long pmd) {

    static final String SANDI = "sandi-uji-aktivitas";
    private static final AtomicLong NOMOR = new AtomicLong(System.nanoTime() % 100000);

    public static KabupatenAktivitasUji siapkan(OrganisasiService organisasi, AkunService akun, UserDetailsService users,
            boolean pakaiAktivitas) {
        Masuk.sebagai(users, "admin");
        String kode = "AKT" + NOMOR.incrementAndGet();
        KabupatenData kab = organisasi.simpanKabupaten(new KabupatenData(null, kode, "Kabupaten " + kode, pakaiAktivitas, 0));
        KecamatanData kec = organisasi.simpanKecamatan(new KecamatanData(null, kab.id(), null, kode, "Uji " + kode, "Uji", 0));
        for (String desa : new String[] {"Bayondo", "Mekar"}) {
            organisasi.simpanDesa(new DesaData(null, kec.id(), desa, JenisDesa.DESA, 0));
        }
        String sekcam = orang(organisasi, akun, kec, "SEKCAM", JenisUnit.SEKRETARIAT, Peran.SEKCAM, kode + ".sekcam", 0)[1];
        orang(organisasi, akun, kec, "CAMAT", JenisUnit.PIMPINAN, Peran.CAMAT, kode + ".camat", 1);
        String[] pem = orang(organisasi, akun, kec, "SEKSI-PEM", JenisUnit.SEKSI, Peran.KEPALA_UNIT, kode + ".pem", 2);
        String[] pmd = orang(organisasi, akun, kec, "SEKSI-PMD", JenisUnit.SEKSI, Peran.KEPALA_UNIT, kode + ".pmd", 3);
        return new KabupatenAktivitasUji(kab.id(), kec, sekcam, pem[1], pmd[1], Long.parseLong(pem[0]), Long.parseLong(pmd[0]));
    }

    /** KabupatenKeduaTest's Renstra 2024–2026 (Aktivitas, lokasi, sumber dana, several indicators) as JSON text. */
    public static String berkasKedua(String namaKecamatan) {
        return KabupatenKeduaTest.berkas(namaKecamatan);
    }

    /** {unit id, username}. */
    private static String[] orang(OrganisasiService organisasi, AkunService akun, KecamatanData kec, String kodeUnit,
            JenisUnit jenis, Peran peran, String username, int urutan) {
        UnitData u = organisasi.simpanUnit(new UnitData(null, kec.id(), kodeUnit, "Unit " + kodeUnit, jenis,
                "Kepala " + kodeUnit, urutan, 0));
        PegawaiData p = organisasi.simpanPegawai(new PegawaiData(null, kec.id(), u.id(), "Pejabat " + kodeUnit,
                KecamatanUji.nipBaru(), PangkatGolongan.III_D, peran == Peran.CAMAT ? "Camat " + kec.nama() : "Kepala " + kodeUnit, 0));
        akun.buat(username.toLowerCase(), SANDI, peran, p.id(), null);
        return new String[] {String.valueOf(u.id()), username.toLowerCase()};
    }

    // ---- the Renstra 2024–2026 of the tests ----

    /** A row of the Nomenklatur sheet; {@code pagu} per year 2024, 2025, 2026 (null: empty). */
    record Baris(String kode, String nama, String unit, String lokasi, String volume, String satuan, String prioritas,
            Long[] pagu) {

        boolean aktivitas() {
            return kode.split("\\.").length == 7;
        }
    }

    static final int AWAL = 2024;
    static final int AKHIR = 2026;

    /**
     * Program → kegiatan → sub kegiatan 0001 (two Aktivitas) and 0002 (none). The printed pagu of sub kegiatan 0001
     * in 2025 (18.000.000) and of the kegiatan in 2025 (25.000.000) differ from the sums; 2024 and 2026 of 0001 are
     * left empty (the sum counts).
     */
    static final java.util.List<Baris> RENSTRA = java.util.List.of(
            new Baris("7.01.01", "Program Penunjang", null, null, null, null, null, new Long[] {null, null, null}),
            new Baris("7.01.01.2.01", "Perencanaan", null, null, null, null, null, new Long[] {null, 25_000_000L, null}),
            new Baris("7.01.01.2.01.0001", "Penyusunan Dokumen Perencanaan", "SEKSI-PEM", "Desa Bayondo, Kecamatan %s",
                    null, null, null, new Long[] {null, 18_000_000L, null}),
            new Baris("7.01.01.2.01.0001.1", "Musyawarah desa", null, "Desa Bayondo", "4", "Kegiatan", "TINGGI",
                    new Long[] {10_000_000L, 12_000_000L, 13_000_000L}),
            new Baris("7.01.01.2.01.0001.2", "Penyusunan naskah", null, "Desa Mekar", "1,5", "Dokumen", "rendah",
                    new Long[] {5_000_000L, 6_500_000L, null}),
            new Baris("7.01.01.2.01.0002", "Evaluasi Kinerja", "SEKSI-PMD", null, null, null, null,
                    new Long[] {3_000_000L, 7_000_000L, 7_500_000L}));

    /** The pagu a row of {@link #RENSTRA} must end up with, computed here: an Aktivitas' own, else the sum of the rows under it. */
    public static long harapan(String kode, int tahun) {
        Baris b = RENSTRA.stream().filter(x -> x.kode().equals(kode)).findFirst().orElseThrow();
        if (b.aktivitas() || RENSTRA.stream().noneMatch(x -> x.kode().startsWith(kode + "."))) {
            Long p = b.pagu()[tahun - AWAL];
            return p == null ? 0 : p;
        }
        // the direct children only
        int segmen = kode.split("\\.").length;
        return RENSTRA.stream().filter(x -> x.kode().startsWith(kode + "."))
                .filter(x -> x.kode().split("\\.").length == (segmen == 3 ? 5 : segmen + 1))
                .mapToLong(x -> harapan(x.kode(), tahun)).sum();
    }

    public static ObjectNode json(ObjectMapper mapper, String namaKecamatan) {
        ObjectNode akar = mapper.createObjectNode();
        akar.put("tahunAwal", AWAL);
        akar.put("tahunAkhir", AKHIR);
        ArrayNode nomenklatur = akar.putArray("nomenklatur");
        for (Baris b : RENSTRA) {
            ObjectNode n = nomenklatur.addObject();
            n.put("kode", b.kode());
            n.put("nama", b.nama());
            if (b.unit() != null) {
                n.put("unit", b.unit());
            }
            if (b.lokasi() != null) {
                n.put("lokasi", b.lokasi().formatted(namaKecamatan));
            }
            if (b.volume() != null) {
                n.put("volume", b.volume());
            }
            if (b.satuan() != null) {
                n.put("satuan", b.satuan());
            }
            if (b.prioritas() != null) {
                n.put("prioritas", b.prioritas());
            }
            ObjectNode pagu = n.putObject("pagu");
            for (int t = AWAL; t <= AKHIR; t++) {
                if (b.pagu()[t - AWAL] != null) {
                    pagu.put(String.valueOf(t), b.pagu()[t - AWAL]);
                }
            }
        }
        return akar;
    }

    /** The same rows as the template's Nomenklatur sheet; {@code lokasiAktivitas2} replaces the second Aktivitas' lokasi. */
    public static byte[] xlsx(String namaKecamatan, String lokasiAktivitas2) {
        try (var buku = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var keluar = new java.io.ByteArrayOutputStream()) {
            var sheet = buku.createSheet("Nomenklatur");
            String[] judul = {"Kode", "Nama", "Unit", "Lokasi", "Volume", "Satuan", "Prioritas (TINGGI/SEDANG/RENDAH)",
                    "Pagu 2024", "Pagu 2025", "Pagu 2026"};
            var kepala = sheet.createRow(0);
            for (int i = 0; i < judul.length; i++) {
                kepala.createCell(i).setCellValue(judul[i]);
            }
            int r = 1;
            for (Baris b : RENSTRA) {
                var row = sheet.createRow(r++);
                String lokasi = b.kode().equals("7.01.01.2.01.0001.2") && lokasiAktivitas2 != null ? lokasiAktivitas2 : b.lokasi();
                String[] teks = {b.kode(), b.nama(), b.unit(), lokasi == null ? null : lokasi.formatted(namaKecamatan),
                        b.volume(), b.satuan(), b.prioritas()};
                for (int i = 0; i < teks.length; i++) {
                    if (teks[i] != null) {
                        row.createCell(i).setCellValue(teks[i]);
                    }
                }
                for (int t = AWAL; t <= AKHIR; t++) {
                    if (b.pagu()[t - AWAL] != null) {
                        row.createCell(7 + t - AWAL).setCellValue(b.pagu()[t - AWAL]);
                    }
                }
            }
            buku.write(keluar);
            return keluar.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
