package id.sipeka.dokumen;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * HTTP client of BSrE's Esign Client Service, as its public clients use it: v2 {@code POST /api/v2/sign/pdf} (JSON:
 * nik, passphrase or totp, signatureProperties, file as Base64; answers {file: [Base64], time}) with
 * {@code POST /api/v2/user/check/status} before it, or v1 {@code POST /api/sign/pdf} (multipart: file, nik,
 * passphrase, tampilan; answers the signed PDF itself). HTTP Basic auth on both. An error is answered as
 * {@code {"error": "...", "status_code": n}}; each kind becomes an Indonesian message. The passphrase is only in the
 * request body: it is never logged, not even the request when it fails.
 */
class KlienBsre {

    private static final Logger log = LoggerFactory.getLogger(KlienBsre.class);
    /** The code BSrE answers a wrong passphrase with ("Passphrase anda salah"). */
    private static final int PASSPHRASE_SALAH = 2031;

    private final BsreProperties properties;
    private final ObjectMapper json;
    private final HttpClient http;

    KlienBsre(BsreProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(properties.batasWaktu()).build();
    }

    int versi() {
        return properties.versi();
    }

    /**
     * v2: whether the NIK has a certificate that can sign now (status ISSUE); refused with the reason otherwise. v1
     * installations have no such call in the same shape: their sign call answers the same errors.
     */
    void periksaPengguna(String nik) {
        if (properties.versi() != 2) {
            return;
        }
        HttpResponse<byte[]> jawaban = kirim(json("/api/v2/user/check/status", Map.of("nik", nik)));
        JsonNode isi = bacaJson(jawaban.body());
        if (jawaban.statusCode() / 100 != 2 || isi.hasNonNull("error")) {
            throw galat(jawaban.statusCode(), isi);
        }
        String status = teks(isi, "status").toUpperCase(Locale.ROOT);
        if (status.equals("ISSUE")) {
            return;
        }
        if (status.isEmpty() || status.contains("NOT_REGISTERED") || status.contains("TIDAK")) {
            throw new AturanDilanggarException(Pesan.get("dokumen.bsre.nikTidakTerdaftar"));
        }
        throw new AturanDilanggarException(Pesan.get("dokumen.bsre.sertifikatTidakAktif", status));
    }

    /** Signs through the service; returns the signed PDF. */
    byte[] tandatangani(byte[] pdf, String nik, KredensialTandaTangan kredensial, String lokasi, String alasan) {
        return properties.versi() == 2 ? tandatanganiV2(pdf, nik, kredensial, lokasi, alasan)
                : tandatanganiV1(pdf, nik, kredensial);
    }

    private byte[] tandatanganiV2(byte[] pdf, String nik, KredensialTandaTangan kredensial, String lokasi, String alasan) {
        Map<String, Object> badan = new LinkedHashMap<>();
        badan.put("nik", nik);
        badan.put(kredensial.jenis() == KredensialTandaTangan.Jenis.TOTP ? "totp" : "passphrase", kredensial.nilai());
        // INVISIBLE: the visible part is SIPEKA's own printed block with the QR code to /verifikasi/{kode}, rendered
        // into the PDF/A before signing. An image stamped by the service would duplicate that block, land on
        // coordinates SIPEKA's layout does not fix, and could break PDF/A (transparency, colour space).
        Map<String, Object> tampilan = new LinkedHashMap<>();
        tampilan.put("tampilan", "INVISIBLE");
        tampilan.put("location", lokasi == null ? "" : lokasi);
        tampilan.put("reason", alasan);
        badan.put("signatureProperties", List.of(tampilan));
        badan.put("file", List.of(Base64.getEncoder().encodeToString(pdf)));
        HttpResponse<byte[]> jawaban = kirim(json("/api/v2/sign/pdf", badan));
        JsonNode isi = bacaJson(jawaban.body());
        if (jawaban.statusCode() / 100 != 2 || isi.hasNonNull("error") || !isi.path("file").isArray()
                || isi.path("file").isEmpty()) {
            throw galat(jawaban.statusCode(), isi);
        }
        try {
            return Base64.getDecoder().decode(isi.path("file").get(0).asString());
        } catch (IllegalArgumentException e) {
            throw new AturanDilanggarException(Pesan.get("dokumen.bsre.jawabanRusak"));
        }
    }

    private byte[] tandatanganiV1(byte[] pdf, String nik, KredensialTandaTangan kredensial) {
        if (kredensial.jenis() != KredensialTandaTangan.Jenis.PASSPHRASE) {
            throw new AturanDilanggarException(Pesan.get("dokumen.bsre.totpTidakDidukung"));
        }
        String batas = "----sipeka-" + UUID.randomUUID();
        ByteArrayOutputStream badan = new ByteArrayOutputStream(pdf.length + 2048);
        bagian(badan, batas, "file", "dokumen.pdf", "application/pdf", pdf);
        bagian(badan, batas, "nik", null, null, nik.getBytes(StandardCharsets.UTF_8));
        bagian(badan, batas, "passphrase", null, null, kredensial.nilai().getBytes(StandardCharsets.UTF_8));
        // invisible for the same reason as in v2: SIPEKA's printed block with the QR code is the visible part
        bagian(badan, batas, "tampilan", null, null, "invisible".getBytes(StandardCharsets.UTF_8));
        badan.writeBytes(("--" + batas + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest permintaan = dasar("/api/sign/pdf").header("Content-Type", "multipart/form-data; boundary=" + batas)
                .POST(HttpRequest.BodyPublishers.ofByteArray(badan.toByteArray())).build();
        HttpResponse<byte[]> jawaban = kirim(permintaan);
        byte[] isi = jawaban.body();
        if (jawaban.statusCode() / 100 == 2 && isi.length > 4 && new String(isi, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            return isi;
        }
        throw galat(jawaban.statusCode(), bacaJson(isi));
    }

    private static void bagian(ByteArrayOutputStream keluar, String batas, String nama, String namaBerkas, String jenis,
            byte[] isi) {
        StringBuilder kepala = new StringBuilder("--").append(batas).append("\r\nContent-Disposition: form-data; name=\"")
                .append(nama).append('"');
        if (namaBerkas != null) {
            kepala.append("; filename=\"").append(namaBerkas).append('"');
        }
        kepala.append("\r\n");
        if (jenis != null) {
            kepala.append("Content-Type: ").append(jenis).append("\r\n");
        }
        kepala.append("\r\n");
        keluar.writeBytes(kepala.toString().getBytes(StandardCharsets.UTF_8));
        keluar.writeBytes(isi);
        keluar.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private HttpRequest json(String jalur, Object badan) {
        return dasar(jalur).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(badan))).build();
    }

    private HttpRequest.Builder dasar(String jalur) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(properties.url() + jalur)).timeout(properties.batasWaktu());
        if (properties.pengguna() != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((properties.pengguna() + ":"
                    + (properties.sandi() == null ? "" : properties.sandi())).getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private HttpResponse<byte[]> kirim(HttpRequest permintaan) {
        try {
            return http.send(permintaan, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            log.warn("Layanan BSrE {} tidak menjawab dalam {}", permintaan.uri(), properties.batasWaktu());
            throw new AturanDilanggarException(Pesan.get("dokumen.bsre.lambat"));
        } catch (IOException e) {
            log.warn("Layanan BSrE {} tidak dapat dihubungi: {}", permintaan.uri(), e.toString());
            throw new AturanDilanggarException(Pesan.get("dokumen.bsre.tidakTersedia"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AturanDilanggarException(Pesan.get("dokumen.bsre.tidakTersedia"));
        }
    }

    private JsonNode bacaJson(byte[] isi) {
        try {
            return json.readTree(isi);
        } catch (RuntimeException e) {
            return json.createObjectNode();
        }
    }

    /** The Indonesian message for an error answer: its kind by status_code, HTTP status, and BSrE's own words. */
    private AturanDilanggarException galat(int statusHttp, JsonNode isi) {
        int kode = isi.path("status_code").asInt(0);
        String pesan = teks(isi, "error");
        if (pesan.isEmpty()) {
            pesan = teks(isi, "message");
        }
        String kecil = pesan.toLowerCase(Locale.ROOT);
        log.warn("Layanan BSrE menolak: HTTP {}, status_code {}, {}", statusHttp, kode, pesan);
        if (kode == PASSPHRASE_SALAH || ((kecil.contains("passphrase") || kecil.contains("totp"))
                && (kecil.contains("salah") || kecil.contains("invalid") || kecil.contains("wrong")))) {
            return new AturanDilanggarException(Pesan.get("dokumen.bsre.kredensialSalah"));
        }
        if (kecil.contains("tidak terdaftar") || kecil.contains("not registered") || kecil.contains("tidak ditemukan")) {
            return new AturanDilanggarException(Pesan.get("dokumen.bsre.nikTidakTerdaftar"));
        }
        if (kecil.contains("kadaluarsa") || kecil.contains("kedaluwarsa") || kecil.contains("expired")
                || kecil.contains("revoke") || kecil.contains("dicabut")) {
            return new AturanDilanggarException(Pesan.get("dokumen.bsre.sertifikatTidakAktif", pesan));
        }
        if (statusHttp == 401 || statusHttp == 403) {
            return new AturanDilanggarException(Pesan.get("dokumen.bsre.aksesDitolak"));
        }
        if (statusHttp / 100 == 5 && pesan.isEmpty()) {
            return new AturanDilanggarException(Pesan.get("dokumen.bsre.tidakTersedia"));
        }
        return new AturanDilanggarException(Pesan.get("dokumen.bsre.ditolak", pesan.isEmpty() ? "HTTP " + statusHttp : pesan));
    }

    private static String teks(JsonNode isi, String nama) {
        JsonNode n = isi.path(nama);
        return n.isMissingNode() || n.isNull() ? "" : n.isString() ? n.asString().strip() : n.toString();
    }
}
