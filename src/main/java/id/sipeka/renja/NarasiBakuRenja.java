package id.sipeka.renja;

import id.sipeka.base.FormatIndonesia;
import id.sipeka.renja.RenjaData.Jumlah;
import id.sipeka.renja.RenjaData.UsulanRenja;
import java.util.List;

/**
 * The standard wording of a Renja where the secretariat has not written its own (GUIDE §1: BAB I boilerplate is
 * product text, written for SIPEKA, not taken from any kecamatan's document). Figures in it come from the data;
 * what the sekcam writes for a section always replaces this text.
 */
final class NarasiBakuRenja {

    private final IsiRenja isi;
    private final String kecamatan;
    private final String kabupaten;
    private final int n;

    NarasiBakuRenja(IsiRenja isi) {
        this.isi = isi;
        this.kecamatan = "Kecamatan " + isi.kecamatan().nama();
        this.kabupaten = isi.kecamatan().kabupatenNama() == null ? "kabupaten" : "Kabupaten " + isi.kecamatan().kabupatenNama();
        this.n = isi.tahun();
    }

    private String renja() {
        return isi.perubahan() ? "Rencana Kerja Perubahan (Renja Perubahan)" : "Rencana Kerja (Renja)";
    }

    /** "6 program, 15 kegiatan dan 44 sub kegiatan". Counts of lines, not sums of money. */
    String cakupan() {
        long program = isi.jumlah().stream().filter(Jumlah::program).count();
        long kegiatan = isi.jumlah().size() - program;
        return program + " program, " + kegiatan + " kegiatan dan " + isi.baris().size() + " sub kegiatan";
    }

    List<String> kataPengantar() {
        String pembuka = "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat-Nya " + renja() + " "
                + kecamatan + " Tahun " + n + " dapat disusun. ";
        pembuka += isi.perubahan()
                ? "Renja Perubahan ini menyesuaikan Renja yang telah ditetapkan dengan perkembangan kebutuhan dan kebijakan "
                        + "anggaran; setiap perubahan disajikan dengan nilai sebelum dan setelah perubahan beserta jumlah "
                        + "perubahannya."
                : "Renja ini menjabarkan Rencana Strategis (Renstra) " + kecamatan + " periode " + isi.periodeRenstra()
                        + " ke dalam program, kegiatan dan sub kegiatan tahun " + n + ", lengkap dengan indikator kinerja, "
                        + "target, pagu indikatif dan prakiraan maju tahun " + (n + 1) + ".";
        return List.of(pembuka,
                "Dokumen ini memuat " + cakupan() + " dengan total pagu indikatif " + FormatIndonesia.rupiah(isi.total().pagu())
                        + ". Pagu program dan kegiatan serta totalnya dihitung dari rincian sub kegiatan yang diisi oleh "
                        + "setiap unit kerja, ditelaah oleh Sekretaris Camat dan dibahas dalam forum perangkat daerah "
                        + "bersama para pemangku kepentingan.",
                "Terima kasih kami sampaikan kepada seluruh unit kerja, pemerintah desa dan para pemangku kepentingan yang "
                        + "telah berperan serta. Semoga dokumen ini menjadi pedoman yang baik bagi penyelenggaraan "
                        + "pemerintahan, pelayanan publik dan pemberdayaan masyarakat di " + kecamatan + ".");
    }

    List<String> latarBelakang() {
        return List.of(
                "Kecamatan merupakan perangkat daerah " + kabupaten + " yang dipimpin oleh Camat dan menyelenggarakan "
                        + "urusan pemerintahan umum, pelayanan publik, pemberdayaan masyarakat desa serta ketenteraman dan "
                        + "ketertiban umum di wilayahnya. Agar tugas tersebut terarah dan terukur, setiap perangkat daerah "
                        + "menjabarkan Rencana Strategis lima tahunannya ke dalam Rencana Kerja tahunan.",
                renja() + " " + kecamatan + " Tahun " + n + " disusun mengikuti tahapan dalam Peraturan Menteri Dalam "
                        + "Negeri Nomor 86 Tahun 2017: persiapan, rancangan awal, rancangan, forum perangkat daerah, rancangan "
                        + "akhir dan penetapan. Setiap unit kerja mengisi bagiannya, Sekretaris Camat menelaah dan menyetujui, "
                        + "dan Camat menetapkan dokumen ini.",
                "Renja menjadi acuan penyusunan Rencana Kerja dan Anggaran kecamatan, sekaligus alat pengendalian dan "
                        + "evaluasi pelaksanaan program dan kegiatan sepanjang tahun " + n + ".");
    }

    List<String> landasanHukum() {
        return List.of(String.join("\n",
                "1. Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional;",
                "2. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah beserta perubahannya;",
                "3. Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan;",
                "4. Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, Pengendalian dan "
                        + "Evaluasi Pembangunan Daerah;",
                "5. Peraturan Menteri Dalam Negeri Nomor 90 Tahun 2019 tentang Klasifikasi, Kodefikasi, dan Nomenklatur "
                        + "Perencanaan Pembangunan dan Keuangan Daerah beserta pemutakhirannya;",
                "6. Rencana Strategis " + kecamatan + " Tahun " + isi.periodeRenstra() + "."));
    }

    List<String> maksudTujuan() {
        return List.of(
                "Maksud penyusunan Renja ini adalah menyediakan dokumen perencanaan tahunan " + kecamatan + " yang menjadi "
                        + "pedoman pelaksanaan program, kegiatan dan sub kegiatan tahun " + n + ".",
                String.join("\n", "Tujuannya adalah:",
                        "1. menjabarkan Renstra ke dalam program, kegiatan dan sub kegiatan tahun " + n + ";",
                        "2. menetapkan indikator kinerja, target dan pagu indikatif setiap sub kegiatan beserta unit kerja "
                                + "penanggung jawabnya;",
                        "3. menyelaraskan rencana kecamatan dengan rancangan awal RKPD " + kabupaten
                                + " dan usulan para pemangku kepentingan;",
                        "4. menjadi dasar penyusunan anggaran dan evaluasi kinerja setiap triwulan."));
    }

    List<String> sistematika() {
        return List.of(String.join("\n", "Renja ini disusun dengan sistematika sebagai berikut:",
                "BAB I PENDAHULUAN: latar belakang, landasan hukum, maksud dan tujuan, serta sistematika penulisan.",
                "BAB II HASIL EVALUASI RENJA PERANGKAT DAERAH TAHUN LALU: evaluasi pelaksanaan Renja dan capaian Renstra, "
                        + "analisis kinerja pelayanan, isu-isu penting, review terhadap rancangan awal RKPD dan penelaahan "
                        + "usulan masyarakat.",
                "BAB III TUJUAN, SASARAN, PROGRAM DAN KEGIATAN: telaahan kebijakan nasional, tujuan dan sasaran, serta "
                        + "rumusan program dan kegiatan beserta prakiraan maju.",
                "BAB IV RENCANA KERJA DAN PENDANAAN: alokasi anggaran per program, kegiatan dan sub kegiatan.",
                "BAB V PENUTUP."));
    }

    List<String> evaluasi() {
        return List.of("Bagian ini menyajikan evaluasi pelaksanaan Renja tahun lalu dan capaian Renstra " + kecamatan
                + " sampai dengan tahun " + (n - 1) + ", dirangkum pada Tabel 2.1 menurut formulir T-C.29. Target akhir "
                + "periode Renstra dan target tahun " + (n - 1) + " diambil dari Renstra; realisasi diisi dari hasil evaluasi "
                + "yang tercatat. Kolom yang belum mempunyai data dibiarkan kosong.");
    }

    List<String> analisisKinerja() {
        return List.of("Analisis kinerja pelayanan menilai sejauh mana " + kecamatan + " telah melayani masyarakat sesuai "
                + "tugas dan fungsinya, dengan memperhatikan capaian indikator kinerja pada Tabel 2.1, pengaduan dan masukan "
                + "masyarakat, serta ketersediaan sumber daya kecamatan.");
    }

    List<String> isuPenting() {
        return List.of("Isu-isu penting penyelenggaraan tugas dan fungsi kecamatan dirumuskan dari hasil evaluasi tahun "
                + "lalu, telaahan terhadap rancangan awal RKPD dan usulan para pemangku kepentingan. Isu tersebut menjadi "
                + "pertimbangan dalam merumuskan program dan kegiatan tahun " + n + ".");
    }

    List<String> reviewRkpd() {
        return List.of("Rancangan awal RKPD " + kabupaten + " tahun " + n + " ditelaah terhadap hasil analisis kebutuhan "
                + kecamatan + ". Tabel 2.2 (formulir T-C.31) membandingkan lokasi, indikator, target dan pagu indikatif pada "
                + "rancangan awal RKPD dengan kebutuhan yang dirumuskan kecamatan, disertai catatan penting bila terdapat "
                + "perbedaan.");
    }

    List<String> usulan() {
        var forum = isi.forum();
        if (forum.tanggal() == null) {
            return List.of("Usulan program dan kegiatan dari para pemangku kepentingan akan dibahas dalam forum perangkat "
                    + "daerah; hasilnya dicantumkan pada Tabel 2.3 setelah forum dilaksanakan.");
        }
        List<UsulanRenja> u = forum.usulan();
        return List.of("Usulan program dan kegiatan dari para pemangku kepentingan (musyawarah perencanaan pembangunan desa "
                + "dan kecamatan, pokok-pokok pikiran DPRD serta masukan masyarakat) dibahas dalam forum perangkat daerah "
                + "pada " + FormatIndonesia.tanggal(forum.tanggal()) + " di " + forum.tempat() + ". Dari " + u.size()
                + " usulan, " + hitung(u, KeputusanUsulan.DITERIMA) + " diterima, " + hitung(u, KeputusanUsulan.DITOLAK)
                + " ditolak dan " + hitung(u, KeputusanUsulan.DIPERTIMBANGKAN) + " dipertimbangkan; rinciannya tercantum "
                + "pada Tabel 2.3 (formulir T-C.32).");
    }

    static long hitung(List<UsulanRenja> usulan, KeputusanUsulan keputusan) {
        return usulan.stream().filter(u -> u.keputusan() == keputusan).count();
    }

    List<String> kebijakanNasional() {
        return List.of("Program dan kegiatan " + kecamatan + " tahun " + n + " disusun selaras dengan arah kebijakan "
                + "nasional dan prioritas pembangunan " + kabupaten + ", terutama peningkatan kualitas pelayanan publik, "
                + "penguatan tata kelola pemerintahan desa, pemberdayaan masyarakat, serta ketenteraman dan ketertiban umum.");
    }

    List<String> tujuanSasaran() {
        return List.of("Tujuan dan sasaran Renja tahun " + n + " mengikuti Renstra " + kecamatan + " periode "
                + isi.periodeRenstra() + ", dengan indikator dan target tahun " + n + " sebagai berikut:");
    }

    List<String> programKegiatan() {
        String teks = "Rumusan rencana program dan kegiatan tahun " + n + " beserta prakiraan maju tahun " + (n + 1)
                + " disajikan pada Tabel 3.1 (formulir T-C.33). Renja ini memuat " + cakupan() + " dengan total pagu "
                + "indikatif " + FormatIndonesia.rupiah(isi.total().pagu()) + "; pagu setiap program dan kegiatan adalah "
                + "jumlah pagu sub kegiatannya.";
        if (isi.perubahan()) {
            teks += " Perubahan terhadap Renja yang telah ditetapkan disajikan pada Tabel 3.2 dengan nilai sebelum dan "
                    + "setelah perubahan serta jumlah perubahannya; pengurangan ditulis dalam tanda kurung.";
        }
        return List.of(teks);
    }

    List<String> pendanaan(String sumberDana) {
        Jumlah total = isi.total();
        String teks = "Rencana kerja dan pendanaan " + kecamatan + " tahun " + n + " disajikan pada Tabel 4.1 menurut "
                + "program, kegiatan dan sub kegiatan. Total pagu indikatif sebesar " + FormatIndonesia.rupiah(total.pagu())
                + (sumberDana.isBlank() ? "" : " bersumber dari " + sumberDana) + ".";
        if (isi.perubahan()) {
            teks += " Dibandingkan sebelum perubahan (" + FormatIndonesia.rupiah(total.paguSebelum()) + "), jumlah "
                    + "perubahannya adalah " + FormatIndonesia.rupiahPerubahan(total.perubahanPagu()) + ".";
        }
        teks += " Pagu bersifat indikatif dan disesuaikan dengan Kebijakan Umum Anggaran serta Prioritas dan Plafon "
                + "Anggaran Sementara " + kabupaten + ".";
        return List.of(teks);
    }

    List<String> penutup() {
        return List.of(renja() + " " + kecamatan + " Tahun " + n + " menjadi pedoman bagi seluruh unit kerja dalam "
                        + "melaksanakan program, kegiatan dan sub kegiatan tahun " + n + ". Pelaksanaannya dipantau setiap "
                        + "triwulan dan hasilnya menjadi bahan evaluasi Renja tahun berikutnya.",
                "Perubahan terhadap Renja yang telah ditetapkan dilakukan melalui Renja Perubahan dengan tahapan penyusunan, "
                        + "telaah dan penetapan yang sama.");
    }
}
