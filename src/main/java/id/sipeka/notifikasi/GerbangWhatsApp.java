package id.sipeka.notifikasi;

import id.sipeka.base.Penyamar;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * WhatsApp through an HTTP gateway configured by {@link WhatsAppProperties}: the body is the configured template with
 * the number and the message filled in (escaped for JSON or for a form), the token goes in its header, and any
 * answer other than 2xx — or none within the time limit — is a failure the outbox retries.
 */
@Component
class GerbangWhatsApp implements SaluranPesan {

    private final WhatsAppProperties p;
    private final HttpClient http;

    GerbangWhatsApp(WhatsAppProperties properties) {
        this.p = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.batasWaktu()).build();
    }

    @Override
    public boolean aktif() {
        return p.url() != null && !p.url().isBlank();
    }

    @Override
    public void kirim(String nomor, String teks) {
        boolean json = p.jenisIsi().contains("json");
        String badan = p.badan().replace("{nomor}", json ? json(nomor) : form(nomor)).replace("{pesan}", json ? json(teks) : form(teks));
        HttpRequest.Builder permintaan = HttpRequest.newBuilder(URI.create(p.url())).timeout(p.batasWaktu())
                .header("Content-Type", p.jenisIsi() + "; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(badan, StandardCharsets.UTF_8));
        if (p.token() != null && !p.token().isBlank()) {
            permintaan.header(p.headerToken(), p.token());
        }
        HttpResponse<String> jawaban;
        try {
            jawaban = http.send(permintaan.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PesanTidakTerkirim("Gerbang WhatsApp tidak dapat dihubungi: " + Penyamar.samarkan(String.valueOf(e.getMessage())), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PesanTidakTerkirim("Pengiriman WhatsApp terputus", e);
        }
        if (jawaban.statusCode() / 100 != 2) {
            String isi = jawaban.body() == null ? "" : jawaban.body();
            throw new PesanTidakTerkirim("Gerbang WhatsApp menjawab HTTP " + jawaban.statusCode() + ": "
                    + Penyamar.samarkan(isi.length() > 300 ? isi.substring(0, 300) : isi), null);
        }
    }

    /** A JSON string's content (the template supplies the quotes). */
    private static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static String form(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
