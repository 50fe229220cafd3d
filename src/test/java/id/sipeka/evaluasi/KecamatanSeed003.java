package id.sipeka.evaluasi;

import id.sipeka.Masuk;
import id.sipeka.evaluasi.EvaluasiData.BarisRencanaAksi;
import id.sipeka.evaluasi.EvaluasiData.UbahRencanaAksi;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.JenisDesa;
import id.sipeka.organisasi.JenisUnit;
import id.sipeka.organisasi.OrganisasiData.DesaData;
import id.sipeka.organisasi.OrganisasiData.KabupatenData;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiData.PegawaiData;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.Batas;
import id.sipeka.renja.LayananRenja;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import id.sipeka.renstra.ImporRenstraService;
import id.sipeka.security.Peran;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/**
 * A fresh kecamatan shaped like seed 003: a Seksi Pemerintahan Umum with the two sub kegiatan of the seed (annual
 * targets 12 and 14 Dokumen, anggaran Rp 22.571.000 and Rp 11.857.500) and a second unit with one sub kegiatan,
 * its Renja 2026 ditetapkan and the rencana aksi of both units approved (TW I of the seed: 3 / Rp 4.483.500 and
 * 7 / Rp 5.969.000). Accounts share {@link #SANDI}; the kasi's staf may draft, the other unit's head may not touch
 * the seksi's report. {@link #siapkanTanpaRencanaAksi} stops before the rencana aksi is entered (for the screens'
 * tests in {@code evaluasi.ui}, hence public).
 */
public record KecamatanSeed003(long kecamatanId, long renjaId, long pem, long lain, String sekcam, String camat, String kasi,
        String staf, String kepalaLain) {

    public static final String SANDI = "sandi-uji-evaluasi";
    public static final String FORUM = "7.01.05.2.01.0008";
    public static final String PERDES = "7.01.06.2.01.0001";
    public static final String LAIN = "7.01.02.2.04.0001";
    private static final AtomicLong NOMOR = new AtomicLong(System.nanoTime() % 100000);
    private static final AtomicLong NIP = new AtomicLong(System.nanoTime() % 1000);

    public static KecamatanSeed003 siapkan(OrganisasiService organisasi, AkunService akun, ImporRenstraService renstra,
            LayananRenja renja, RencanaAksiService rencanaAksi, UserDetailsService users, ObjectMapper json) {
        KecamatanSeed003 k = siapkanTanpaRencanaAksi(organisasi, akun, renstra, renja, users, json);
        k.rencanaAksiDisetujui(rencanaAksi, users);
        return k;
    }

    /** The same kecamatan with its Renja 2026 ditetapkan and every unit's rencana aksi still an empty draf. */
    public static KecamatanSeed003 siapkanTanpaRencanaAksi(OrganisasiService organisasi, AkunService akun,
            ImporRenstraService renstra, LayananRenja renja, UserDetailsService users, ObjectMapper json) {
        return siapkanTanpaRencanaAksi(organisasi, akun, renstra, renja, users, json, null);
    }

    /** @param indikatorLain the JSON array of further indicators of the other unit's sub kegiatan ({@link #LAIN}), or null */
    public static KecamatanSeed003 siapkanTanpaRencanaAksi(OrganisasiService organisasi, AkunService akun,
            ImporRenstraService renstra, LayananRenja renja, UserDetailsService users, ObjectMapper json,
            String indikatorLain) {
        return siapkanTanpaRencanaAksi(organisasi, akun, renstra, renja, users, json, indikatorLain, b -> null);
    }

    /** @param ubahLain what each unit writes over its rows' further indicators while filling (null: leaves them) */
    public static KecamatanSeed003 siapkanTanpaRencanaAksi(OrganisasiService organisasi, AkunService akun,
            ImporRenstraService renstra, LayananRenja renja, UserDetailsService users, ObjectMapper json,
            String indikatorLain, java.util.function.Function<BarisRenja, List<id.sipeka.renja.RenjaData.UbahIndikatorLain>> ubahLain) {
        Masuk.sebagai(users, "admin");
        String kode = "EV" + NOMOR.incrementAndGet();
        String u = kode.toLowerCase();
        KabupatenData kab = organisasi.semuaKabupaten().getFirst();
        KecamatanData kec = organisasi.simpanKecamatan(new KecamatanData(null, kab.id(), null, kode, "Uji " + kode, "Uji", 0));
        organisasi.simpanDesa(new DesaData(null, kec.id(), "Argomulyo", JenisDesa.DESA, 0));
        organisasi.simpanDesa(new DesaData(null, kec.id(), "Sumber Makmur", JenisDesa.DESA, 0));
        long sekretariat = unit(organisasi, kec, "SEKCAM", "Sekretariat", JenisUnit.SEKRETARIAT, "Sekretaris Camat", 0);
        long pimpinan = unit(organisasi, kec, "CAMAT", "Camat", JenisUnit.PIMPINAN, "Camat Uji " + kode, 1);
        long pem = unit(organisasi, kec, "SEKSI-PEM", "Seksi Pemerintahan Umum", JenisUnit.SEKSI, "Kepala Seksi Pemerintahan Umum", 2);
        long lain = unit(organisasi, kec, "SEKSI-PU", "Seksi Pelayanan Umum", JenisUnit.SEKSI, "Kepala Seksi Pelayanan Umum", 3);
        akun(organisasi, akun, kec, sekretariat, "Sekretaris Camat", Peran.SEKCAM, u + ".sekcam");
        akun(organisasi, akun, kec, pimpinan, "Camat Uji " + kode, Peran.CAMAT, u + ".camat");
        akun(organisasi, akun, kec, pem, "Kepala Seksi Pemerintahan Umum", Peran.KEPALA_UNIT, u + ".kasi");
        akun(organisasi, akun, kec, pem, "Staf Seksi Pemerintahan Umum", Peran.STAF, u + ".staf");
        akun(organisasi, akun, kec, lain, "Kepala Seksi Pelayanan Umum", Peran.KEPALA_UNIT, u + ".pu");
        renstra.imporJson(kec.id(), json.readTree("""
                {"tahunAwal": 2025, "tahunAkhir": 2029, "nomenklatur": [
                 {"kode": "7.01.02", "nama": "PROGRAM PENUNJANG", "unit": "CAMAT"},
                 {"kode": "7.01.02.2.04", "nama": "Administrasi Umum", "unit": "CAMAT"},
                 {"kode": "%s", "nama": "Penyediaan Bahan Logistik Kantor", "indikator": "Jumlah Paket", "satuan": "Paket",
                  "jenis": "JUMLAH", "unit": "SEKSI-PU", "target": {"2026": 4, "2027": 4, "2029": 4}, "pagu": {"2026": 1000000, "2027": 1000000}%s},
                 {"kode": "7.01.05", "nama": "PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM", "unit": "CAMAT"},
                 {"kode": "7.01.05.2.01", "nama": "Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah", "unit": "CAMAT"},
                 {"kode": "%s", "nama": "Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan",
                  "indikator": "Jumlah Dokumen Tugas Forum Koordinasi Pimpinan di Kecamatan", "satuan": "Dokumen",
                  "jenis": "JUMLAH", "unit": "SEKSI-PEM", "target": {"2026": 12, "2027": 12, "2029": 12}, "pagu": {"2026": 22571000, "2027": 23000000}},
                 {"kode": "7.01.06", "nama": "PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA", "unit": "CAMAT"},
                 {"kode": "7.01.06.2.01", "nama": "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa", "unit": "CAMAT"},
                 {"kode": "%s", "nama": "Fasilitasi Penyusunan Peraturan Desa dan Peraturan Kepala Desa",
                  "indikator": "Jumlah Dokumen yang Difasilitasi dalam rangka Penyusunan Peraturan Desa dan Peraturan Kepala Desa",
                  "satuan": "Dokumen", "jenis": "JUMLAH", "unit": "SEKSI-PEM", "target": {"2026": 14, "2027": 14, "2029": 14}, "pagu": {"2026": 11857500, "2027": 12000000}}
                ]}""".formatted(LAIN, indikatorLain == null ? "" : ", \"indikatorLain\": " + indikatorLain, FORUM, PERDES)));
        KecamatanSeed003 k = new KecamatanSeed003(kec.id(), 0, pem, lain, u + ".sekcam", u + ".camat", u + ".kasi",
                u + ".staf", u + ".pu");
        long renjaId = k.tetapkanRenja(renja, users, 2026, ubahLain);
        return new KecamatanSeed003(kec.id(), renjaId, pem, lain, k.sekcam, k.camat, k.kasi, k.staf, k.kepalaLain);
    }

    /** Opens the Renja of the year and drives it to penetapan: fill, approve, forum without usulan, sign. */
    public long tetapkanRenja(LayananRenja renja, UserDetailsService users, int tahun) {
        return tetapkanRenja(renja, users, tahun, b -> null);
    }

    private long tetapkanRenja(LayananRenja renja, UserDetailsService users, int tahun,
            java.util.function.Function<BarisRenja, List<id.sipeka.renja.RenjaData.UbahIndikatorLain>> ubahLain) {
        LocalDate h = LocalDate.now();
        Masuk.sebagai(users, sekcam);
        long id = renja.pembukaan().buka(kecamatanId, tahun, new Batas(h.plusDays(10), h.plusDays(15), h.plusDays(25), h.plusDays(30))).id();
        for (var kepala : List.of(List.of(kasi, String.valueOf(pem)), List.of(kepalaLain, String.valueOf(lain)))) {
            Masuk.sebagai(users, kepala.get(0));
            long unit = Long.parseLong(kepala.get(1));
            for (BarisRenja b : renja.baca().barisUnit(id, unit)) {
                renja.pengisian().simpanBaris(new UbahBarisRenja(b.id(), b.version(), b.indikator(), b.target(), b.lokasi(), b.pagu(),
                        "APBD", b.catatan(), b.targetMaju(), b.paguMaju(), ubahLain.apply(b)));
            }
            renja.pengisian().ajukanBagian(id, unit);
        }
        Masuk.sebagai(users, sekcam);
        renja.telaah().setujuiBagian(id, pem);
        renja.telaah().setujuiBagian(id, lain);
        renja.forumRenja().simpanForum(id, new id.sipeka.renja.RenjaData.Forum(h, "Aula Kantor Camat", "Kepala desa, BPD, tokoh masyarakat", List.of()));
        renja.forumRenja().selesaikanForum(id, java.util.Set.of());
        renja.penetapan().setujuiRancanganAkhir(id);
        Masuk.sebagai(users, camat);
        renja.penetapan().tetapkan(id, "Kalaena Kiri", h);
        return id;
    }

    /** Seed 003's rencana aksi for the seksi; the other unit one package a quarter; both approved by the sekcam. */
    public void rencanaAksiDisetujui(RencanaAksiService rencanaAksi, UserDetailsService users) {
        Masuk.sebagai(users, kasi);
        for (BarisRencanaAksi b : rencanaAksi.baris(renjaId, pem)) {
            if (b.kode().equals(FORUM)) {
                rencanaAksi.simpan(new UbahRencanaAksi(b.id(), b.version(), angka(3, 3, 3, 3),
                        Arrays.asList(4_483_500L, 6_000_000L, 6_087_500L, 6_000_000L)));
            } else {
                rencanaAksi.simpan(new UbahRencanaAksi(b.id(), b.version(), angka(7, 0, 0, 7),
                        Arrays.asList(5_969_000L, 0L, 0L, 5_888_500L)));
            }
        }
        rencanaAksi.ajukan(renjaId, pem);
        Masuk.sebagai(users, kepalaLain);
        for (BarisRencanaAksi b : rencanaAksi.baris(renjaId, lain)) {
            rencanaAksi.simpan(new UbahRencanaAksi(b.id(), b.version(), angka(1, 1, 1, 1),
                    Arrays.asList(250_000L, 250_000L, 250_000L, 250_000L)));
        }
        rencanaAksi.ajukan(renjaId, lain);
        Masuk.sebagai(users, sekcam);
        rencanaAksi.setujui(renjaId, pem);
        rencanaAksi.setujui(renjaId, lain);
    }

    public static List<BigDecimal> angka(int... nilai) {
        return Arrays.stream(nilai).mapToObj(BigDecimal::valueOf).toList();
    }

    private static long unit(OrganisasiService organisasi, KecamatanData kec, String kode, String nama, JenisUnit jenis,
            String jabatanKepala, int urutan) {
        return organisasi.simpanUnit(new UnitData(null, kec.id(), kode, nama, jenis, jabatanKepala, urutan, 0)).id();
    }

    private static void akun(OrganisasiService organisasi, AkunService akun, KecamatanData kec, long unitId,
            String jabatan, Peran peran, String username) {
        // every official has a valid NIP: signed documents (penetapan, laporan) print it and key the signature by it
        String nip = "19720308" + "2008" + String.format("%02d", 1 + NIP.getAndIncrement() % 12) + "1" + String.format("%03d", NIP.get() % 1000);
        PegawaiData p = organisasi.simpanPegawai(new PegawaiData(null, kec.id(), unitId, "Pejabat " + jabatan, nip, null,
                jabatan, 0));
        akun.buat(username, SANDI, peran, p.id(), null);
    }
}
