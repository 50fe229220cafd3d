package id.sipeka.dokumen;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local stand-in for BSrE's Esign Client Service that follows the contract of its public clients, for tests:
 * v2 {@code POST /api/v2/sign/pdf} (JSON), {@code POST /api/v2/user/check/status}, v1 {@code POST /api/sign/pdf}
 * (multipart), all behind HTTP Basic auth. Each request is checked for the shape the real service expects (a wrong
 * shape is answered 400 and counted in {@link #salahBentuk()}). It signs with a certificate issued to the NIK by a
 * test CA ({@link CaUji}) — PAdES through SIPEKA's own {@link TandaTanganPdf}, as an incremental update — and
 * answers the errors of the real service: wrong passphrase (status_code 2031), NIK not registered, certificate
 * expired, and, when {@link #lambat} is set, nothing for longer than the client waits.
 */
public final class LayananBsreUji implements AutoCloseable {

    public static final String PENGGUNA = "sipeka";
    public static final String SANDI = "sandi-layanan-uji";
    public static final String PASSPHRASE = "passphrase-benar";
    public static final String TOTP = "123456";
    /** A NIK whose certificate expired. */
    public static final String NIK_KEDALUWARSA = "7324000000000002";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final CaUji ca;
    private final Map<String, String> terdaftar = new ConcurrentHashMap<>();
    private final Map<String, KunciPenandatangan.Kunci> kunci = new ConcurrentHashMap<>();
    private final AtomicInteger ditandatangani = new AtomicInteger();
    private final List<String> salahBentuk = new CopyOnWriteArrayList<>();
    /** While set, every request waits this many milliseconds before it is answered. */
    public volatile long lambat;

    public LayananBsreUji(CaUji ca) {
        this.ca = ca;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/api/v2/sign/pdf", t -> layani(t, this::v2));
        server.createContext("/api/v2/user/check/status", t -> layani(t, this::status));
        server.createContext("/api/sign/pdf", t -> layani(t, this::v1));
        server.start();
    }

    /** Registers a signer: their NIK has an active certificate in their name. */
    public LayananBsreUji daftarkan(String nik, String nama) {
        terdaftar.put(nik, nama);
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many PDFs were signed. */
    public int ditandatangani() {
        return ditandatangani.get();
    }

    /** Requests that did not have the shape the real service expects (should stay empty). */
    public List<String> salahBentuk() {
        return List.copyOf(salahBentuk);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private record Jawaban(int status, String jenis, byte[] isi) {

        static Jawaban json(int status, Object isi) {
            return new Jawaban(status, "application/json", JSON.writeValueAsBytes(isi));
        }

        static Jawaban galat(int status, String pesan, int kode) {
            return json(status, Map.of("error", pesan, "status_code", kode));
        }
    }

    private interface Penangan {
        Jawaban jawab(HttpExchange t, byte[] badan) throws Exception;
    }

    private void layani(HttpExchange t, Penangan penangan) throws IOException {
        try (t) {
            byte[] badan = t.getRequestBody().readAllBytes();
            if (lambat > 0) {
                Thread.sleep(lambat);
            }
            Jawaban j;
            if (!t.getRequestMethod().equals("POST")) {
                j = Jawaban.galat(405, "method not allowed", 405);
            } else if (!("Basic " + Base64.getEncoder().encodeToString((PENGGUNA + ":" + SANDI).getBytes(StandardCharsets.UTF_8)))
                    .equals(t.getRequestHeaders().getFirst("Authorization"))) {
                j = Jawaban.galat(401, "Unauthorized", 401);
            } else {
                try {
                    j = penangan.jawab(t, badan);
                } catch (BentukSalah e) {
                    salahBentuk.add(t.getRequestURI().getPath() + ": " + e.getMessage());
                    j = Jawaban.galat(400, e.getMessage(), 400);
                }
            }
            t.getResponseHeaders().set("Content-Type", j.jenis());
            t.sendResponseHeaders(j.status(), j.isi().length);
            t.getResponseBody().write(j.isi());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up waiting (timeout): nothing to answer to
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class BentukSalah extends Exception {
        BentukSalah(String pesan) {
            super(pesan);
        }
    }

    private Jawaban status(HttpExchange t, byte[] badan) throws Exception {
        wajibJson(t);
        JsonNode isi = JSON.readTree(badan);
        String nik = teks(isi, "nik");
        if (nik == null) {
            throw new BentukSalah("nik required");
        }
        if (nik.equals(NIK_KEDALUWARSA)) {
            return Jawaban.json(200, Map.of("status", "EXPIRED", "message", "Sertifikat sudah kedaluwarsa"));
        }
        return terdaftar.containsKey(nik) ? Jawaban.json(200, Map.of("status", "ISSUE", "message", "Sertifikat aktif"))
                : Jawaban.json(200, Map.of("status", "NOT_REGISTERED", "message", "NIK tidak terdaftar"));
    }

    private Jawaban v2(HttpExchange t, byte[] badan) throws Exception {
        wajibJson(t);
        JsonNode isi = JSON.readTree(badan);
        String nik = teks(isi, "nik");
        String passphrase = teks(isi, "passphrase");
        String totp = teks(isi, "totp");
        if (nik == null && teks(isi, "email") == null) {
            throw new BentukSalah("nik or email required");
        }
        if ((passphrase == null) == (totp == null)) {
            throw new BentukSalah("exactly one of passphrase or totp required");
        }
        JsonNode properti = isi.path("signatureProperties");
        if (!properti.isArray() || properti.isEmpty()) {
            throw new BentukSalah("signatureProperties required");
        }
        for (JsonNode p : properti) {
            String tampilan = teks(p, "tampilan");
            if (tampilan == null || !List.of("visible", "invisible").contains(tampilan.toLowerCase())) {
                throw new BentukSalah("tampilan must be VISIBLE or INVISIBLE");
            }
            if (tampilan.equalsIgnoreCase("visible") && teks(p, "imageBase64") == null) {
                throw new BentukSalah("imageBase64 required for a visible signature");
            }
        }
        JsonNode berkas = isi.path("file");
        if (!berkas.isArray() || berkas.size() != properti.size()) {
            throw new BentukSalah("file must be an array with one entry per signatureProperties");
        }
        Jawaban tolak = tolak(nik, passphrase != null ? passphrase.equals(PASSPHRASE) : totp.equals(TOTP));
        if (tolak != null) {
            return tolak;
        }
        byte[] pdf = Base64.getDecoder().decode(berkas.get(0).asString());
        byte[] hasil = tandatangani(pdf, nik, teks(properti.get(0), "location"), teks(properti.get(0), "reason"));
        return Jawaban.json(200, Map.of("file", List.of(Base64.getEncoder().encodeToString(hasil)),
                "time", System.currentTimeMillis()));
    }

    private Jawaban v1(HttpExchange t, byte[] badan) throws Exception {
        String jenis = t.getRequestHeaders().getFirst("Content-Type");
        Matcher m = jenis == null ? null : Pattern.compile("multipart/form-data; *boundary=(.+)").matcher(jenis);
        if (m == null || !m.matches()) {
            throw new BentukSalah("multipart/form-data required");
        }
        Map<String, byte[]> bagian = multipart(badan, m.group(1));
        for (String wajib : List.of("file", "nik", "passphrase", "tampilan")) {
            if (!bagian.containsKey(wajib)) {
                throw new BentukSalah(wajib + " required");
            }
        }
        String tampilan = new String(bagian.get("tampilan"), StandardCharsets.UTF_8);
        if (!List.of("visible", "invisible").contains(tampilan)) {
            throw new BentukSalah("tampilan must be visible or invisible");
        }
        String nik = new String(bagian.get("nik"), StandardCharsets.UTF_8);
        Jawaban tolak = tolak(nik, new String(bagian.get("passphrase"), StandardCharsets.UTF_8).equals(PASSPHRASE));
        if (tolak != null) {
            return tolak;
        }
        return new Jawaban(200, "application/pdf", tandatangani(bagian.get("file"), nik, null, "Dokumen SIPEKA"));
    }

    /** The refusals of the real service, in the order it checks: the NIK, its certificate, then the passphrase. */
    private Jawaban tolak(String nik, boolean kredensialBenar) {
        if (NIK_KEDALUWARSA.equals(nik)) {
            return Jawaban.galat(400, "Sertifikat sudah kedaluwarsa", 2021);
        }
        if (!terdaftar.containsKey(nik)) {
            return Jawaban.galat(400, "NIK tidak terdaftar", 1111);
        }
        if (!kredensialBenar) {
            return Jawaban.galat(400, "Passphrase anda salah", 2031);
        }
        return null;
    }

    private byte[] tandatangani(byte[] pdf, String nik, String lokasi, String alasan) {
        String nama = terdaftar.get(nik);
        KunciPenandatangan.Kunci k = kunci.computeIfAbsent(nik, n -> ca.penandatangan(nama, n));
        byte[] hasil = TandaTanganPdf.tandatangani(pdf, k, nama, lokasi, alasan, Instant.now());
        ditandatangani.incrementAndGet();
        return hasil;
    }

    private static void wajibJson(HttpExchange t) throws BentukSalah {
        String jenis = t.getRequestHeaders().getFirst("Content-Type");
        if (jenis == null || !jenis.startsWith("application/json")) {
            throw new BentukSalah("application/json required");
        }
    }

    private static String teks(JsonNode isi, String nama) {
        JsonNode n = isi.path(nama);
        return n.isString() && !n.asString().isBlank() ? n.asString() : null;
    }

    /** The parts of a multipart/form-data body by name (enough for the fields the v1 contract has). */
    private static Map<String, byte[]> multipart(byte[] badan, String batas) throws BentukSalah {
        Map<String, byte[]> hasil = new HashMap<>();
        byte[] pemisah = ("--" + batas).getBytes(StandardCharsets.ISO_8859_1);
        String semua = new String(badan, StandardCharsets.ISO_8859_1);
        String[] potongan = semua.split(Pattern.quote(new String(pemisah, StandardCharsets.ISO_8859_1)));
        for (String p : potongan) {
            if (p.isEmpty() || p.startsWith("--")) {
                continue;
            }
            int akhirKepala = p.indexOf("\r\n\r\n");
            if (akhirKepala < 0) {
                throw new BentukSalah("malformed multipart part");
            }
            Matcher nama = Pattern.compile("name=\"([^\"]+)\"").matcher(p.substring(0, akhirKepala));
            if (!nama.find()) {
                throw new BentukSalah("part without a name");
            }
            String isi = p.substring(akhirKepala + 4, p.length() - 2);
            hasil.put(nama.group(1), isi.getBytes(StandardCharsets.ISO_8859_1));
        }
        return hasil;
    }
}
