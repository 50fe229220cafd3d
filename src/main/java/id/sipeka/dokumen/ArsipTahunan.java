package id.sipeka.dokumen;

import id.sipeka.audit.AuditService;
import id.sipeka.audit.AuditService.AuditEntri;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;

/**
 * The yearly archive of a kecamatan as one ZIP for inspectors: {@code dokumen/} the signed PDFs of the year's
 * documents, {@code tabel/} their tables as XLSX, {@code bukti/} uploaded evidence, {@code log-audit.csv}, and
 * {@code MANIFEST.csv} with the SHA-256 of every file so a copy can be checked without SIPEKA. Access is checked
 * by {@link DokumenService}.
 */
@Component
class ArsipTahunan {

    private static final DateTimeFormatter WAKTU = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditService audit;
    private final PenyimpananBerkas penyimpanan;
    private final Clock clock;

    ArsipTahunan(AuditService audit, PenyimpananBerkas penyimpanan, Clock clock) {
        this.audit = audit;
        this.penyimpanan = penyimpanan;
        this.clock = clock;
    }

    /** One line of the manifest. */
    private record Isi(String jalur, String sha256, long ukuran, String jenis, String judul, String keterangan) {
    }

    void tulis(KecamatanData kecamatan, int tahun, List<Arsip> dokumen, List<Lampiran> lampiran, OutputStream keluar) {
        ZoneId zona = clock.getZone();
        int dari = tahun - 1;
        int sampai = tahun;
        // A plan for year N is made during N-1 and reported on until early N+1: the log covers every calendar year in
        // which a document of year N was signed or stored, and at least N-1 and N.
        for (Arsip a : dokumen) {
            int y = a.info().ditandatanganiPada().atZone(zona).getYear();
            dari = Math.min(dari, y);
            sampai = Math.max(sampai, y);
        }
        for (Lampiran l : lampiran) {
            int y = l.info().disimpanPada().atZone(zona).getYear();
            dari = Math.min(dari, y);
            sampai = Math.max(sampai, y);
        }
        List<AuditEntri> log = audit.untukPemeriksa(kecamatan.id(), kecamatan.kabupatenId(),
                LocalDate.of(dari, 1, 1).atStartOfDay(zona).toInstant(), LocalDate.of(sampai + 1, 1, 1).atStartOfDay(zona).toInstant());
        List<Isi> manifest = new ArrayList<>();
        Set<String> dipakai = new HashSet<>();
        try {
            ZipOutputStream zip = new ZipOutputStream(keluar, StandardCharsets.UTF_8);
            for (Arsip a : dokumen) {
                ArsipDokumen i = a.info();
                String jalur = unik(dipakai, "dokumen/" + dasar(i.namaBerkas()) + "-" + i.kode().substring(0, 8) + ".pdf");
                tulis(zip, jalur, penyimpanan.baca(a.getBerkas(), a.getSha256()));
                manifest.add(new Isi(jalur, i.sha256(), i.ukuran(), i.jenis(), i.judul(),
                        (i.nomor() == null ? "" : "nomor " + i.nomor() + ", ") + i.tahap() + ", versi " + i.versi()
                        + ", " + i.jabatanPenandatangan() + " " + i.penandatangan() + ", "
                        + WAKTU.format(i.ditandatanganiPada().atZone(zona)) + ", kode " + i.kode()));
            }
            for (Lampiran l : lampiran) {
                LampiranDokumen i = l.info();
                String folder = i.arsipKode() == null ? "bukti/" : "tabel/";
                String jalur = unik(dipakai, folder + i.kode().substring(0, 8) + "-" + i.namaBerkas());
                tulis(zip, jalur, penyimpanan.baca(l.getBerkas(), l.getSha256()));
                manifest.add(new Isi(jalur, i.sha256(), i.ukuran(), i.jenis(), i.judul(),
                        (i.arsipKode() == null ? "diunggah" : "tabel dokumen " + i.arsipKode()) + " oleh " + i.disimpanOleh()
                                + ", " + WAKTU.format(i.disimpanPada().atZone(zona))));
            }
            byte[] csv = csvAudit(log, zona);
            tulis(zip, "log-audit.csv", csv);
            manifest.add(new Isi("log-audit.csv", PenyimpananBerkas.sha256(csv), csv.length, "Log audit", "Log audit "
                    + kecamatan.nama(), log.size() + " entri, " + FormatIndonesia.tanggal(LocalDate.of(dari, 1, 1))
                    + " s.d. " + FormatIndonesia.tanggal(LocalDate.of(sampai, 12, 31))));
            tulis(zip, "MANIFEST.csv", csvManifest(manifest));
            tulis(zip, "BACA-SAYA.txt", (bacaSaya(kecamatan, tahun, dari, sampai, zona) + belumSiap(dokumen, lampiran))
                    .getBytes(StandardCharsets.UTF_8));
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The XLSX copy of a signed document's tables is built just after its signing commits: a ZIP taken in that moment
     * (or while the copy waits for a restart) says which copies it lacks instead of leaving them out silently.
     */
    private static String belumSiap(List<Arsip> dokumen, List<Lampiran> lampiran) {
        Set<String> adaTabel = new HashSet<>();
        lampiran.forEach(l -> adaTabel.add(l.info().arsipKode()));
        StringBuilder s = new StringBuilder();
        for (Arsip a : dokumen) {
            if (a.isTabelXlsx() && !adaTabel.contains(a.getKode())) {
                ArsipDokumen i = a.info();
                s.append("  - ").append(i.judul()).append(" (").append(i.tahap()).append(", versi ").append(i.versi())
                        .append(", kode ").append(i.kode()).append(")\r\n");
            }
        }
        return s.isEmpty() ? "" : "\r\n" + Pesan.get("arsip.zip.tabelBelumSiap") + "\r\n" + s;
    }

    private static void tulis(ZipOutputStream zip, String jalur, byte[] isi) throws IOException {
        zip.putNextEntry(new ZipEntry(jalur));
        zip.write(isi);
        zip.closeEntry();
    }

    private static String dasar(String namaBerkas) {
        return namaBerkas.replaceAll("\\.pdf$", "");
    }

    private static String unik(Set<String> dipakai, String jalur) {
        String hasil = jalur;
        for (int i = 2; !dipakai.add(hasil); i++) {
            hasil = jalur.replaceFirst("(\\.[^./]+)?$", "-" + i + "$1");
        }
        return hasil;
    }

    /**
     * Semicolon-separated (Excel on an Indonesian system reads the comma as the decimal sign), UTF-8 with a byte
     * order mark so Excel shows the text as written.
     */
    private static byte[] csvAudit(List<AuditEntri> log, ZoneId zona) {
        StringBuilder s = new StringBuilder("\uFEFFwaktu;pengguna;aksi;jenis_data;id_data;nilai_lama;nilai_baru\r\n");
        for (AuditEntri e : log) {
            baris(s, WAKTU.format(e.waktu().atZone(zona)), e.username(), e.aksi(), e.jenisData(), e.idData(), e.nilaiLama(),
                    e.nilaiBaru());
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] csvManifest(List<Isi> isi) {
        StringBuilder s = new StringBuilder("\uFEFFberkas;sha256;ukuran_bita;jenis;judul;keterangan\r\n");
        for (Isi i : isi) {
            baris(s, i.jalur(), i.sha256(), String.valueOf(i.ukuran()), i.jenis(), i.judul(), i.keterangan());
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void baris(StringBuilder s, String... nilai) {
        for (int i = 0; i < nilai.length; i++) {
            s.append(i == 0 ? "" : ";").append(sel(nilai[i]));
        }
        s.append("\r\n");
    }

    /**
     * Every value quoted. A value a spreadsheet would take for a formula (=, +, -, @ first) gets a leading apostrophe:
     * audit values are user input and must not run when an inspector opens the file.
     */
    static String sel(String nilai) {
        String v = nilai == null ? "" : nilai;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private String bacaSaya(KecamatanData kecamatan, int tahun, int dari, int sampai, ZoneId zona) {
        return """
                ARSIP TAHUN %d — KECAMATAN %s, KABUPATEN %s
                Dibuat oleh SIPEKA pada %s (%s).

                dokumen/        Dokumen final yang ditandatangani secara elektronik (PDF/A, PAdES) untuk tahun %d.
                                Keaslian setiap dokumen dapat diperiksa pada alamat di bawah kode QR-nya.
                tabel/          Tabel setiap dokumen final dalam XLSX, dibuat dari data yang sama saat ditandatangani.
                bukti/          Berkas bukti yang diunggah pengguna: mis. berita acara yang ditandatangani basah, dan
                                bukti kegiatan setiap laporan evaluasi, diarsipkan saat laporan itu ditandatangani.
                log-audit.csv   Log audit kecamatan 1 Januari %d s.d. 31 Desember %d, yaitu setiap tahun ketika dokumen
                                tahun %d disusun, ditandatangani atau dilengkapi: siapa mengubah apa, kapan, dari
                                nilai apa menjadi apa.
                MANIFEST.csv    Sidik SHA-256 setiap berkas di atas.
                """.formatted(tahun, kecamatan.nama().toUpperCase(), kecamatan.kabupatenNama() == null ? ""
                : kecamatan.kabupatenNama().toUpperCase(), WAKTU.format(clock.instant().atZone(zona)), zona.getId(), tahun,
                dari, sampai, tahun).replace("\n", "\r\n");
    }
}
