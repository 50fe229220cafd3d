package id.sipeka.gangguan;

import id.sipeka.Application;
import id.sipeka.LatarSelesai;
import id.sipeka.Masuk;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.evaluasi.KecamatanKalaenaUji;
import id.sipeka.evaluasi.KecamatanKalaenaUji.Kecamatan;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.Batas;
import id.sipeka.renja.LayananRenja;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Fault suite only: SIPEKA in a JVM of its own, which {@link GangguanSuite} kills with SIGKILL in the middle of a
 * step. It writes a journal, one line per event, flushed at once: {@code MULAI|jenis|kunci} just before a step's
 * service call and {@code SELESAI|jenis|kunci|…|ms} after the call returned, i.e. after its commit — a line
 * SELESAI is a promise that the step is in the database. Modes:
 * <ul>
 * <li>{@code tandatangan}: a Kalaena-size kecamatan (Renja ditetapkan, rencana aksi, TW I: six reports verified),
 * then the camat signs the six reports one after another (the suite kills it during one);</li>
 * <li>{@code pulih-tandatangan}: restarted on the same database and folders: the consistency checks, every
 * journalled signature present, the interrupted one redone, every archived report downloaded (its SHA-256 checked),
 * then Renja 2027, 2028, 2029 and 2025 opened one after another (killed during one);</li>
 * <li>{@code pulih-buka}: restarted again: checks, every journalled opening present with its process, the
 * interrupted one redone if it had not committed, the remaining ones opened, checks again.</li>
 * </ul>
 * Arguments: mode, journal, previous journal (or -), archive folder, then Spring's command-line arguments.
 */
public final class AplikasiAnak {

    static final List<Integer> TAHUN_BUKA = List.of(2027, 2028, 2029, 2025);

    private final PrintWriter jurnal;
    private final ConfigurableApplicationContext konteks;
    private final JdbcTemplate jdbc;
    private final Path arsip;

    private AplikasiAnak(PrintWriter jurnal, ConfigurableApplicationContext konteks, Path arsip) {
        this.jurnal = jurnal;
        this.konteks = konteks;
        this.jdbc = konteks.getBean(JdbcTemplate.class);
        this.arsip = arsip;
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path jurnalBerkas = Path.of(args[1]);
        Path sebelumnya = args[2].equals("-") ? null : Path.of(args[2]);
        Path arsip = Path.of(args[3]);
        String[] spring = Arrays.copyOfRange(args, 4, args.length);
        PrintWriter jurnal = new PrintWriter(new java.io.OutputStreamWriter(new FileOutputStream(jurnalBerkas.toFile(), true),
                StandardCharsets.UTF_8), true);
        long mulai = System.nanoTime();
        ConfigurableApplicationContext konteks = new SpringApplicationBuilder(Application.class).run(spring);
        jurnal.println("KONTEKS|" + (System.nanoTime() - mulai) / 1_000_000);
        AplikasiAnak anak = new AplikasiAnak(jurnal, konteks, arsip);
        try {
            switch (mode) {
                case "tandatangan" -> anak.tandatangan();
                case "pulih-tandatangan" -> anak.pulihTandatangan(Files.readAllLines(sebelumnya));
                case "pulih-buka" -> anak.pulihBuka(Files.readAllLines(sebelumnya));
                default -> throw new IllegalArgumentException(mode);
            }
            jurnal.println("SELESAI-SEMUA");
        } catch (Throwable t) {
            jurnal.println("GALAT|" + t.getClass().getSimpleName() + ": " + String.valueOf(t.getMessage()).replace('\n', ' '));
            t.printStackTrace();
            System.exit(2);
        }
        konteks.close();
        System.exit(0);
    }

    private void tandatangan() {
        KecamatanKalaenaUji kalaena = konteks.getBean(KecamatanKalaenaUji.class);
        Masuk.sebagai(konteks.getBean(UserDetailsService.class), "admin");
        Kecamatan k = kalaena.buat(konteks.getBean(OrganisasiService.class).semuaKabupaten().getFirst().id());
        long renjaId = kalaena.tahun(k, KecamatanKalaenaUji.TAHUN);
        long evaluasiId = kalaena.mulai(k, 1);
        List<Long> laporan = new ArrayList<>();
        for (String kode : k.unit().keySet()) {
            long id = kalaena.isi(k, evaluasiId, kode);
            kalaena.ajukan(k, kode, id);
            kalaena.verifikasi(k, id);
            laporan.add(id);
        }
        // keys, XLSX copies: nothing after commit runs beside the signatures
        LatarSelesai.tunggu(jdbc);
        jurnal.println("SIAP|" + k.kecamatanId() + "|" + renjaId + "|" + evaluasiId + "|"
                + String.join(",", laporan.stream().map(String::valueOf).toList()));
        for (long id : laporan) {
            jurnal.println("MULAI|TANDATANGAN|" + id);
            long a = System.nanoTime();
            kalaena.tandaTangani(k, id);
            jurnal.println("SELESAI|TANDATANGAN|" + id + "|" + (System.nanoTime() - a) / 1_000_000);
        }
        jurnal.println("TIDAK-DIBUNUH");
        // the suite kills this process; should it miss, it stops waiting and the scenario fails
        SiklusRenja.tidur(120_000);
    }

    private void pulihTandatangan(List<String> lalu) {
        periksa("SESUDAH-MULAI-ULANG");
        String[] siap = baris(lalu, "SIAP").split("\\|");
        long kecamatanId = Long.parseLong(siap[1]);
        List<Long> laporan = Arrays.stream(siap[4].split(",")).map(Long::parseLong).toList();
        Set<String> selesai = kunci(lalu, "SELESAI|TANDATANGAN|");
        // nothing committed lost: every signature the journal says returned is signed and archived
        int hilang = 0;
        for (String id : selesai) {
            if (!ditandatangani(Long.parseLong(id))) {
                hilang++;
            }
        }
        jurnal.println("CEK|Tanda tangan yang tercatat selesai di jurnal ada di tabel (ditandatangani, berarsip)|" + selesai.size()
                + "|" + (hilang == 0 ? "" : hilang + " hilang"));
        KecamatanKalaenaUji kalaena = konteks.getBean(KecamatanKalaenaUji.class);
        Masuk.sebagai(konteks.getBean(UserDetailsService.class), "admin");
        Kecamatan k = kalaena.yangAda(konteks.getBean(OrganisasiService.class).kecamatan(kecamatanId));
        List<String> putus = terputus(lalu, "TANDATANGAN");
        for (String id : putus) {
            jurnal.println("TERPUTUS|TANDATANGAN|" + id + "|" + (ditandatangani(Long.parseLong(id)) ? "sudah-commit" : "belum-commit"));
        }
        for (long id : laporan) {
            if (!ditandatangani(id)) {
                long a = System.nanoTime();
                kalaena.tandaTangani(k, id);
                jurnal.println((putus.contains(String.valueOf(id)) ? "ULANG" : "LANJUT") + "|TANDATANGAN|" + id + "|"
                        + (System.nanoTime() - a) / 1_000_000);
            }
        }
        // every signed report's original is served, its bytes checked against the stored SHA-256
        Masuk.sebagai(konteks.getBean(UserDetailsService.class), k.camat());
        DokumenService dokumen = konteks.getBean(DokumenService.class);
        int diunduh = 0;
        for (long id : laporan) {
            String kode = jdbc.queryForObject("SELECT arsip_kode FROM laporan_evaluasi WHERE id = ?", String.class, id);
            if (dokumen.unduh(kode).isi().length > 0) {
                diunduh++;
            }
        }
        Masuk.keluar();
        jurnal.println("CEK|Keenam laporan ditandatangani; aslinya diunduh lewat DokumenService.unduh (SHA-256 diperiksa)|"
                + laporan.size() + "|" + (diunduh == laporan.size() && laporan.stream().allMatch(this::ditandatangani) ? ""
                        : diunduh + " dari " + laporan.size()));
        periksa("SESUDAH-PULIH");

        // the Renja openings the suite interrupts next
        LayananRenja renja = konteks.getBean(LayananRenja.class);
        Masuk.sebagai(konteks.getBean(UserDetailsService.class), k.sekcam());
        LocalDate h = LocalDate.now(konteks.getBean(Clock.class));
        jurnal.println("SIAP-BUKA|" + kecamatanId);
        for (int tahun : TAHUN_BUKA) {
            jurnal.println("MULAI|BUKA|" + tahun);
            long a = System.nanoTime();
            long id = renja.pembukaan().buka(kecamatanId, tahun, new Batas(h.plusDays(10), h.plusDays(15), h.plusDays(25),
                    h.plusDays(30))).id();
            jurnal.println("SELESAI|BUKA|" + tahun + "|" + id + "|" + (System.nanoTime() - a) / 1_000_000);
        }
        jurnal.println("TIDAK-DIBUNUH");
        SiklusRenja.tidur(120_000);
    }

    private void pulihBuka(List<String> lalu) {
        periksa("SESUDAH-MULAI-ULANG");
        long kecamatanId = Long.parseLong(baris(lalu, "SIAP-BUKA").split("\\|")[1]);
        Map<Integer, Long> dibuka = new LinkedHashMap<>();
        for (String b : lalu) {
            if (b.startsWith("SELESAI|BUKA|")) {
                String[] p = b.split("\\|");
                dibuka.put(Integer.parseInt(p[2]), Long.parseLong(p[3]));
            }
        }
        int hilang = 0;
        for (var e : dibuka.entrySet()) {
            Integer ada = jdbc.queryForObject("SELECT COUNT(*) FROM renja WHERE id = ? AND kecamatan_id = ? AND tahun = ?",
                    Integer.class, e.getValue(), kecamatanId, e.getKey());
            if (ada == null || ada != 1) {
                hilang++;
            }
        }
        jurnal.println("CEK|Renja yang tercatat dibuka di jurnal ada di tabel (prosesnya diperiksa di atas)|" + dibuka.size() + "|"
                + (hilang == 0 ? "" : hilang + " hilang"));
        List<String> putus = terputus(lalu, "BUKA");
        for (String tahun : putus) {
            jurnal.println("TERPUTUS|BUKA|" + tahun + "|" + (renjaTahun(kecamatanId, Integer.parseInt(tahun)) > 0 ? "sudah-commit"
                    : "belum-commit"));
        }
        LayananRenja renja = konteks.getBean(LayananRenja.class);
        KecamatanKalaenaUji kalaena = konteks.getBean(KecamatanKalaenaUji.class);
        Masuk.sebagai(konteks.getBean(UserDetailsService.class), "admin");
        Kecamatan k = kalaena.yangAda(konteks.getBean(OrganisasiService.class).kecamatan(kecamatanId));
        Masuk.sebagai(konteks.getBean(UserDetailsService.class), k.sekcam());
        LocalDate h = LocalDate.now(konteks.getBean(Clock.class));
        for (int tahun : TAHUN_BUKA) {
            if (renjaTahun(kecamatanId, tahun) == 0) {
                long a = System.nanoTime();
                long id = renja.pembukaan().buka(kecamatanId, tahun, new Batas(h.plusDays(10), h.plusDays(15), h.plusDays(25),
                        h.plusDays(30))).id();
                jurnal.println((putus.contains(String.valueOf(tahun)) ? "ULANG" : "LANJUT") + "|BUKA|" + tahun + "|" + id + "|"
                        + (System.nanoTime() - a) / 1_000_000);
            }
        }
        Masuk.keluar();
        Integer semua = jdbc.queryForObject("SELECT COUNT(*) FROM renja WHERE kecamatan_id = ? AND tahun IN (2025, 2027, 2028, 2029)",
                Integer.class, kecamatanId);
        jurnal.println("CEK|Keempat Renja dibuka tepat sekali|4|" + (semua != null && semua == 4 ? "" : semua + " baris"));
        periksa("SESUDAH-PULIH");
    }

    private int renjaTahun(long kecamatanId, int tahun) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM renja WHERE kecamatan_id = ? AND tahun = ?", Integer.class,
                kecamatanId, tahun);
        return n == null ? 0 : n;
    }

    private boolean ditandatangani(long laporanId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM laporan_evaluasi l JOIN dokumen_arsip a ON a.kode = l.arsip_kode"
                + " WHERE l.id = ? AND l.ditandatangani_pada IS NOT NULL", Integer.class, laporanId);
        return n != null && n == 1;
    }

    private void periksa(String saat) {
        PemeriksaKonsistensi pemeriksa = new PemeriksaKonsistensi(konteks, arsip);
        for (PemeriksaKonsistensi.Hasil h : pemeriksa.periksa()) {
            jurnal.println("PERIKSA|" + saat + "|" + h.nama() + "|" + h.diperiksa() + "|" + String.join("; ", h.salah()));
        }
        jurnal.println("KARANTINA|" + saat + "|" + pemeriksa.dikarantina());
    }

    private static String baris(List<String> jurnal, String awal) {
        return jurnal.stream().filter(b -> b.startsWith(awal + "|")).findFirst()
                .orElseThrow(() -> new IllegalStateException("Jurnal tanpa " + awal));
    }

    private static Set<String> kunci(List<String> jurnal, String awal) {
        Set<String> k = new HashSet<>();
        jurnal.stream().filter(b -> b.startsWith(awal)).forEach(b -> k.add(b.substring(awal.length()).split("\\|")[0]));
        return k;
    }

    /** Steps of this kind begun and never journalled as returned. */
    private static List<String> terputus(List<String> jurnal, String jenis) {
        Set<String> selesai = kunci(jurnal, "SELESAI|" + jenis + "|");
        return kunci(jurnal, "MULAI|" + jenis + "|").stream().filter(k -> !selesai.contains(k)).toList();
    }
}
