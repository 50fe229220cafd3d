package id.sipeka.renja;

import id.sipeka.Masuk;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.Forum;
import id.sipeka.renja.RenjaData.NarasiRenja;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import id.sipeka.renja.RenjaData.UbahReviewRkpd;
import id.sipeka.renja.RenjaData.UsulanRenja;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A complete demo Renja of Kalaena as the people would make it: every unit writes its narrative parts and fills
 * its rows (with prakiraan maju), the sekcam writes the latar belakang (with markup that must print as text),
 * reviews the rancangan awal RKPD, holds the forum with three usulan and uploads the hand-signed berita acara, the
 * units revise, the camat signs. Shared by the document tests, the browser test and the document benchmark.
 */
public final class RenjaLengkapUji {

    /** Typed by the sekcam into 1.1: must come out of every renderer as these characters. */
    public static final String NARASI_BERMARKUP = "Teks <script>alert('x')</script> & <b>tebal</b> tetap teks.";
    /** The bytes uploaded as the scanned berita acara. */
    public static final byte[] BERITA_ACARA_PINDAIAN = "%PDF-1.4\n% pindaian berita acara forum\n%%EOF\n".getBytes();

    /** Written for tests: the sekcam's own 2.2, several paragraphs. */
    static final String ANALISIS_KINERJA = String.join("\n\n",
            "Pelayanan administrasi kependudukan dan perizinan non usaha di kantor kecamatan dilayani setiap hari kerja. "
                    + "Waktu penyelesaian rata-rata satu hari kerja untuk surat keterangan dan tiga hari kerja untuk "
                    + "rekomendasi, sesuai standar pelayanan yang diumumkan di ruang pelayanan.",
            "Hasil survei kepuasan masyarakat triwulanan menunjukkan nilai yang stabil pada kategori baik. Keluhan yang "
                    + "paling sering disampaikan adalah antrean pada awal bulan dan keterbatasan ruang tunggu.",
            "Koordinasi dengan tujuh pemerintah desa berjalan melalui rapat koordinasi bulanan. Pembinaan administrasi "
                    + "desa difokuskan pada penyusunan peraturan desa, laporan keuangan desa dan pemutakhiran data "
                    + "kependudukan.",
            "Ketersediaan aparatur masih menjadi kendala: beberapa jabatan pelaksana belum terisi dan sebagian pegawai "
                    + "merangkap tugas. Sarana pendukung seperti kendaraan operasional dan perangkat komputer perlu "
                    + "diremajakan secara bertahap.");
    /** Written for tests: the sekcam's own 2.3, a numbered list. */
    static final String ISU_PENTING = String.join("\n",
            "1. Jumlah dan kompetensi aparatur belum sebanding dengan beban pelayanan;",
            "2. sarana dan prasarana kantor sebagian sudah melewati umur ekonomis;",
            "3. prosedur kerja antarseksi belum seluruhnya dibakukan;",
            "4. partisipasi masyarakat dalam perencanaan pembangunan desa perlu ditingkatkan;",
            "5. data pembangunan desa belum terhimpun dalam satu sistem;",
            "6. koordinasi dengan perangkat daerah teknis kabupaten perlu dijadwalkan lebih teratur.");

    private final LayananRenja renja;
    private final OrganisasiService organisasi;
    private final UserDetailsService users;
    private final RenjaUji uji;

    public RenjaLengkapUji(LayananRenja renja, OrganisasiService organisasi, UserDetailsService users) {
        this.renja = renja;
        this.organisasi = organisasi;
        this.users = users;
        this.uji = new RenjaUji(renja, organisasi, users);
    }

    public long kalaena() {
        return uji.kalaena();
    }

    public long buka(int tahun) {
        return uji.buka(tahun);
    }

    /** Opening to penetapan: the Renja then waits for the camat. */
    public long sampaiPenetapan(int tahun) {
        long id = buka(tahun);
        isiSemuaBagian(id);
        reviewRkpd(id);
        forum(id);
        revisiDanRancanganAkhir(id);
        return id;
    }

    public long sampaiDitetapkan(int tahun, LocalDate tanggal) {
        long id = sampaiPenetapan(tahun);
        tetapkan(id, tanggal);
        return id;
    }

    public void tetapkan(long id, LocalDate tanggal) {
        Masuk.sebagai(users, "camat");
        renja.penetapan().tetapkan(id, "Kalaena Kiri", tanggal);
        Masuk.keluar();
    }

    /** Every unit head writes the unit's parts of 2.1 and 3.3, completes every row and submits; the sekcam approves. */
    public void isiSemuaBagian(long id) {
        Masuk.sebagai(users, "sekcam");
        for (NarasiRenja n : renja.baca().narasi(id)) {
            switch (n.kode()) {
                case "1.1" -> renja.pengisian().simpanNarasi(n.id(), n.version(), NARASI_BERMARKUP + "\n\n" + "Paragraf kedua latar belakang.");
                case "2.2" -> renja.pengisian().simpanNarasi(n.id(), n.version(), ANALISIS_KINERJA);
                case "2.3" -> renja.pengisian().simpanNarasi(n.id(), n.version(), ISU_PENTING);
                default -> {
                }
            }
        }
        for (String kode : RenjaUji.KEPALA.keySet().stream().sorted().toList()) {
            long unitId = uji.unit(kode);
            Masuk.sebagai(users, RenjaUji.KEPALA.get(kode));
            List<BarisRenja> baris = renja.baca().barisUnit(id, unitId);
            String unitNama = baris.getFirst().unitNama();
            for (NarasiRenja n : renja.baca().narasi(id)) {
                if (n.unitKerjaId() != null && n.unitKerjaId() == unitId) {
                    renja.pengisian().simpanNarasi(n.id(), n.version(), narasi(n.kode().startsWith("2.1"), unitNama, baris, renja.baca().ringkas(id).tahun()));
                }
            }
            for (BarisRenja b : baris) {
                long pagu = b.pagu() == null ? 0L : b.pagu();
                renja.pengisian().simpanBaris(new UbahBarisRenja(b.id(), b.version(), b.indikator(), b.target(), b.lokasi(), pagu, "APBD",
                        b.catatan(), b.targetMaju() == null ? b.target() : b.targetMaju(),
                        b.paguMaju() == null ? Math.round(pagu * 1.1) : b.paguMaju()));
            }
            renja.pengisian().ajukanBagian(id, unitId);
        }
        uji.sekcamSetujuiSemua(id);
        Masuk.keluar();
    }

    /** The kabupaten's rancangan awal RKPD entered for the first rows, one with a different pagu and a note. */
    public void reviewRkpd(long id) {
        Masuk.sebagai(users, "sekcam");
        var review = renja.baca().reviewRkpd(id);
        for (int i = 0; i < Math.min(5, review.size()); i++) {
            var r = review.get(i);
            long pagu = r.kebutuhanDana() == null ? 0 : r.kebutuhanDana();
            renja.telaah().simpanReviewRkpd(new UbahReviewRkpd(r.barisId(), r.version(), "Kecamatan Kalaena", r.indikator(), r.target(),
                    i == 0 ? pagu - 1_000_000 : pagu, i == 0 ? "Kebutuhan dana lebih besar dari rancangan awal RKPD." : null));
        }
        Masuk.keluar();
    }

    /** Three usulan (accepted, rejected, to be considered), the scanned berita acara uploaded, the forum closed. */
    public void forum(long id) {
        Masuk.sebagai(users, "sekcam");
        renja.forumRenja().simpanForum(id, new Forum(LocalDate.of(renja.baca().ringkas(id).tahun() - 1, 3, 10), "Aula Kantor Camat Kalaena",
                "Kepala desa se-Kecamatan Kalaena, Ketua BPD, tokoh masyarakat dan perwakilan Bappelitbangda Kabupaten Luwu Timur",
                List.of(new UsulanRenja(null, SumberUsulan.MUSRENBANG_DESA, "Mekarsari", "7.01.03.2.01.0001",
                                "Pelatihan lembaga kemasyarakatan desa <b>tahap II</b>", "2 lembaga", KeputusanUsulan.DITERIMA,
                                "Sesuai prioritas kecamatan"),
                        new UsulanRenja(null, SumberUsulan.POKIR_DPRD, null, "7.01.02.2.04.0001", "Pelayanan administrasi keliling",
                                "12 kali", KeputusanUsulan.DITOLAK, "Bukan kewenangan kecamatan"),
                        new UsulanRenja(null, SumberUsulan.MUSRENBANG_KECAMATAN, "Argomulyo", "7.01.04.2.01.0001",
                                "Patroli ketertiban saat hari besar", "4 kali", KeputusanUsulan.DIPERTIMBANGKAN,
                                "Menunggu kepastian anggaran"))));
        renja.forumRenja().catatBeritaAcara(id, "berita-acara-forum.pdf", BERITA_ACARA_PINDAIAN);
        List<Long> revisi = renja.forumRenja().selesaikanForum(id, Set.of());
        Masuk.sebagai(users, "admin");
        Map<Long, String> kepala = organisasi.unit(uji.kalaena()).stream().filter(u -> RenjaUji.KEPALA.containsKey(u.kode()))
                .collect(Collectors.toMap(UnitData::id, u -> RenjaUji.KEPALA.get(u.kode())));
        for (Long unitId : revisi) {
            Masuk.sebagai(users, kepala.get(unitId));
            BarisRenja b = renja.baca().barisUnit(id, unitId).getFirst();
            renja.pengisian().simpanBaris(new UbahBarisRenja(b.id(), b.version(), b.indikator(), b.target(), b.lokasi(),
                    b.pagu() + 5_000_000L, b.sumberDana(), "Menampung usulan forum perangkat daerah", b.targetMaju(), b.paguMaju()));
            renja.pengisian().ajukanBagian(id, unitId);
            Masuk.sebagai(users, "sekcam");
            renja.telaah().setujuiBagian(id, unitId);
        }
        Masuk.keluar();
    }

    public void revisiDanRancanganAkhir(long id) {
        Masuk.sebagai(users, "sekcam");
        renja.penetapan().setujuiRancanganAkhir(id);
        Masuk.keluar();
    }

    /**
     * A perubahan of a ditetapkan Renja: Seksi Ketentraman dan Ketertiban Umum (the one unit the sekcam names) lowers
     * one row by Rp 2.700.000, every other section carried over as it was; a forum without usulan; signed by the camat.
     */
    public long perubahan(long ditetapkan, LocalDate tanggal) {
        long trantib = uji.unit("SEKSI-TRANTIB");
        Masuk.sebagai(users, "sekcam");
        long id = renja.pembukaan().bukaPerubahan(ditetapkan, Set.of(trantib), RenjaUji.batasDari(LocalDate.now())).id();
        Masuk.sebagai(users, "kasi.trantib");
        BarisRenja ubah = uji.baris(id, "7.01.04.2.01.0001");
        uji.simpan(ubah, ubah.pagu() - 2_700_000L);
        uji.isiDanAjukan(id, "SEKSI-TRANTIB");
        Masuk.sebagai(users, "sekcam");
        renja.telaah().setujuiBagian(id, trantib);
        renja.forumRenja().simpanForum(id, new Forum(tanggal.minusDays(20), "Aula Kantor Camat Kalaena", "Kepala desa se-Kecamatan Kalaena",
                List.of()));
        renja.forumRenja().selesaikanForum(id, Set.of());
        renja.penetapan().setujuiRancanganAkhir(id);
        tetapkan(id, tanggal);
        return id;
    }

    /**
     * A unit's narrative as a kasi would write it: for the evaluation two paragraphs per sub kegiatan (last year, this
     * year so far), for the plan one.
     */
    static String narasi(boolean evaluasi, String unit, List<BarisRenja> baris, int tahun) {
        List<String> paragraf = new ArrayList<>();
        paragraf.add(evaluasi
                ? unit + " mengevaluasi pelaksanaan " + baris.size() + " sub kegiatan yang menjadi tanggung jawabnya pada tahun "
                        + (tahun - 2) + " dan perkembangannya sampai dengan triwulan terakhir tahun " + (tahun - 1) + "."
                : unit + " merencanakan " + baris.size() + " sub kegiatan pada tahun " + tahun + " sebagai berikut.");
        for (BarisRenja b : baris) {
            String target = b.target() == null ? "belum ditentukan" : FormatIndonesia.angka(b.target()) + " " + b.satuan();
            String anggaran = b.pagu() == null ? "" : " Target anggaran sebesar " + FormatIndonesia.rupiah(b.pagu())
                    + " direncanakan terserap merata setiap triwulan sesuai rencana aksi.";
            if (evaluasi) {
                // as a kasi reports it: last year's full year, then this year up to the third quarter
                paragraf.add("Sub kegiatan " + b.nama() + " (" + b.kode() + ") dengan indikator " + b.indikator()
                        + " ditargetkan " + target + " pada tahun " + (tahun - 2) + " dan dilaksanakan di seluruh desa. "
                        + "Target kinerja tercapai sesuai rencana aksi dan pelaporan dilakukan setiap triwulan." + anggaran
                        + " Kendala utama adalah keterbatasan waktu koordinasi dengan pemerintah desa dan ketersediaan "
                        + "data dukung pada awal tahun.");
                paragraf.add("Sampai dengan triwulan III tahun " + (tahun - 1) + ", sub kegiatan ini berjalan sesuai "
                        + "jadwal: kegiatan triwulan I dan II selesai dan dilaporkan tepat waktu, sedangkan kegiatan "
                        + "triwulan III masih dalam penyelesaian administrasi. Tindak lanjutnya adalah penjadwalan "
                        + "kegiatan lebih awal, pemanfaatan rapat koordinasi bulanan kecamatan, dan pengumpulan bukti "
                        + "pelaksanaan setiap akhir bulan.");
                continue;
            }
            paragraf.add("Sub kegiatan " + b.nama() + " (" + b.kode() + ") ditargetkan " + target + " dengan pagu indikatif "
                    + (b.pagu() == null ? "yang akan ditetapkan" : FormatIndonesia.rupiah(b.pagu()))
                    + ". Kegiatan dilaksanakan bertahap sepanjang tahun dan dipantau melalui laporan triwulan.");
        }
        return String.join("\n\n", paragraf);
    }
}
