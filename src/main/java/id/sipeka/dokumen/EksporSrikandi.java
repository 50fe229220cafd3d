package id.sipeka.dokumen;

import id.sipeka.base.AlamatAplikasi;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * A year of a kecamatan's naskah dinas ready to be entered into SRIKANDI by hand (it has no public API): every signed
 * PDF of the register under {@code naskah/<nomor>.pdf}, beside it {@code naskah/<nomor>.json} with the fields
 * SRIKANDI asks for when a finished naskah is registered (nomor, tanggal, hal, klasifikasi, sifat, penandatangan,
 * jabatan), plus {@code metadata.csv} and {@code metadata.json} listing them all, and a {@code BACA-SAYA.txt} saying
 * how to upload them. Every PDF is checked against its recorded SHA-256 while it is written. Access is checked by
 * {@link NaskahService}.
 */
@Component
class EksporSrikandi {

    /**
     * The sifat naskah of everything SIPEKA signs: plans and reports whose metadata is shown to anyone on the public
     * verification page are neither Terbatas nor Rahasia.
     */
    static final String SIFAT = "Biasa";

    private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter WAKTU = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One naskah as SRIKANDI's form asks for it; the same fields in the CSV, the JSON list and the JSON beside the PDF. */
    record MetadataNaskah(String nomor, String tanggal, String hal, String klasifikasi, String sifat, String jenis,
            String penandatangan, String jabatan, String berkas, String sha256, String kodeVerifikasi,
            String urlVerifikasi) {
    }

    static final String KEPALA_CSV = "nomor;tanggal;hal;klasifikasi;sifat;jenis;penandatangan;jabatan;berkas;sha256;"
            + "kode_verifikasi;url_verifikasi";

    private final ArsipRepository arsip;
    private final PenyimpananBerkas penyimpanan;
    private final AlamatAplikasi alamat;
    private final ObjectMapper json;
    private final Clock clock;

    EksporSrikandi(ArsipRepository arsip, PenyimpananBerkas penyimpanan, AlamatAplikasi alamat, ObjectMapper json,
            Clock clock) {
        this.arsip = arsip;
        this.penyimpanan = penyimpanan;
        this.alamat = alamat;
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
        this.clock = clock;
    }

    /** @return how many naskah were written */
    int tulis(KecamatanData kecamatan, int tahun, List<AgendaNaskah> agenda, OutputStream keluar) {
        ZoneId zona = clock.getZone();
        List<MetadataNaskah> semua = new ArrayList<>();
        try {
            ZipOutputStream zip = new ZipOutputStream(keluar, StandardCharsets.UTF_8);
            for (AgendaNaskah a : agenda) {
                Arsip dokumen = arsip.findByKode(a.arsipKode()).orElseThrow(DataTidakDitemukanException::new);
                String dasar = "naskah/" + namaAman(a.nomor());
                MetadataNaskah m = new MetadataNaskah(a.nomor(), TANGGAL.format(a.ditandatanganiPada().atZone(zona)),
                        a.hal(), a.klasifikasi(), SIFAT, a.jenis(), a.penandatangan(), a.jabatanPenandatangan(),
                        dasar + ".pdf", a.sha256(), a.arsipKode(), alamat.alamat() + "/verifikasi/" + a.arsipKode());
                tulis(zip, m.berkas(), penyimpanan.baca(dokumen.getBerkas(), dokumen.getSha256()));
                tulis(zip, dasar + ".json", json.writeValueAsBytes(m));
                semua.add(m);
            }
            tulis(zip, "metadata.csv", csv(semua));
            tulis(zip, "metadata.json", json.writeValueAsBytes(semua));
            tulis(zip, "BACA-SAYA.txt", bacaSaya(kecamatan, tahun, semua.size(), zona).getBytes(StandardCharsets.UTF_8));
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return semua.size();
    }

    /** "000.7.2.4/012/KEC/2026" → "000.7.2.4-012-KEC-2026": a file name on every system. */
    static String namaAman(String nomor) {
        return nomor.replace('/', '-').replaceAll("[^A-Za-z0-9.-]+", "_");
    }

    /** Semicolon-separated UTF-8 with a byte order mark, every value quoted, as the yearly archive's CSV files. */
    static byte[] csv(List<MetadataNaskah> semua) {
        StringBuilder s = new StringBuilder("\uFEFF").append(KEPALA_CSV).append("\r\n");
        for (MetadataNaskah m : semua) {
            String[] nilai = {m.nomor(), m.tanggal(), m.hal(), m.klasifikasi(), m.sifat(), m.jenis(), m.penandatangan(),
                    m.jabatan(), m.berkas(), m.sha256(), m.kodeVerifikasi(), m.urlVerifikasi()};
            for (int i = 0; i < nilai.length; i++) {
                s.append(i == 0 ? "" : ";").append(ArsipTahunan.sel(nilai[i]));
            }
            s.append("\r\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void tulis(ZipOutputStream zip, String jalur, byte[] isi) throws IOException {
        zip.putNextEntry(new ZipEntry(jalur));
        zip.write(isi);
        zip.closeEntry();
    }

    private String bacaSaya(KecamatanData kecamatan, int tahun, int jumlah, ZoneId zona) {
        return """
                NASKAH DINAS TAHUN %d UNTUK SRIKANDI — KECAMATAN %s
                Dibuat oleh SIPEKA pada %s (%s). Berisi %d naskah dari agenda naskah kecamatan tahun %d.

                naskah/<nomor>.pdf    Naskah final yang ditandatangani secara elektronik (PDF/A, PAdES), nama berkasnya
                                      nomor naskahnya ("/" menjadi "-").
                naskah/<nomor>.json   Metadata naskah itu untuk SRIKANDI.
                metadata.csv          Metadata semua naskah (pemisah titik koma; dapat dibuka di Excel).
                metadata.json         Metadata yang sama dalam JSON.

                Kolom: nomor, tanggal (tanggal penandatanganan), hal, klasifikasi (kode klasifikasi arsip), sifat,
                jenis, penandatangan, jabatan, berkas, sha256 (sidik SHA-256 berkas PDF), kode_verifikasi dan
                url_verifikasi (halaman pemeriksaan keaslian di SIPEKA).

                Mengunggah ke SRIKANDI (SRIKANDI tidak menyediakan API, jadi dilakukan oleh operator):
                1. Masuk ke SRIKANDI dengan akun operator/pencatat naskah unit kecamatan.
                2. Untuk setiap baris metadata.csv, catat naskah keluar yang sudah ditandatangani (registrasi naskah)
                   dan isi nomor, tanggal, hal, klasifikasi, sifat dan penandatangan sesuai baris itu.
                3. Unggah berkas PDF pada kolom berkas sebagai naskah; jangan dicetak atau dipindai ulang agar tanda
                   tangan elektroniknya tetap sah.
                4. Setelah diunggah, sidik SHA-256 berkas dapat dibandingkan dengan kolom sha256.
                """.formatted(tahun, kecamatan.nama().toUpperCase(), WAKTU.format(clock.instant().atZone(zona)),
                zona.getId(), jumlah, tahun).replace("\n", "\r\n");
    }
}
