package id.sipeka.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * A raw HTTP/1.1 POST whose body is generated while it is sent, as an attacker's client would send it: with or
 * without a declared length. It records how much of the body the server let through before it stopped taking it
 * and what the server answered. A guard closes the connection after a few minutes should the server neither read
 * nor answer, so a broken server fails the test instead of hanging it.
 */
final class KirimanMentah {

    private static final Duration JAGA = Duration.ofMinutes(4);

    /**
     * @param terkirim body bytes the server accepted before the connection was cut or the body was complete
     * @param status the response's status line, or empty if none arrived
     * @param diputus whether the server closed the connection before the whole body was sent
     */
    /** {@code jawaban}: the whole answer as it arrived, status line, headers and body. */
    record Hasil(long terkirim, String status, boolean diputus, String jawaban) {
    }

    private KirimanMentah() {
    }

    /** @param panjangDiakui the Content-Length to declare, or -1 to send the body chunked */
    static Hasil kirim(int port, String jalur, Map<String, String> header, long ukuran, long panjangDiakui) throws Exception {
        return kirim(port, jalur, header, ukuran, panjangDiakui, "%PDF-1.7\n");
    }

    /** @param awal what the body starts with; the rest is 'x' */
    static Hasil kirim(int port, String jalur, Map<String, String> header, long ukuran, long panjangDiakui, String awal)
            throws Exception {
        try (Socket soket = new Socket("localhost", port)) {
            Thread jaga = Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(JAGA);
                    soket.close();
                } catch (InterruptedException | IOException e) {
                    // done in time, or closed already
                }
            });
            ByteArrayOutputStream jawaban = new ByteArrayOutputStream();
            Thread pembaca = Thread.ofPlatform().start(() -> {
                try (InputStream in = soket.getInputStream()) {
                    in.transferTo(jawaban);
                } catch (IOException e) {
                    // reset by the server after its answer: what arrived is kept
                }
            });
            StringBuilder kepala = new StringBuilder("POST " + jalur + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n");
            header.forEach((k, v) -> kepala.append(k).append(": ").append(v).append("\r\n"));
            kepala.append(panjangDiakui < 0 ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + panjangDiakui + "\r\n");
            kepala.append("Connection: close\r\n\r\n");

            long terkirim = 0;
            boolean diputus = false;
            byte[] potongan = new byte[64 * 1024];
            java.util.Arrays.fill(potongan, (byte) 'x');
            byte[] kepalaIsi = awal.getBytes(StandardCharsets.ISO_8859_1);
            try {
                OutputStream keluar = soket.getOutputStream();
                keluar.write(kepala.toString().getBytes(StandardCharsets.ISO_8859_1));
                while (terkirim < ukuran) {
                    int n = (int) Math.min(potongan.length, ukuran - terkirim);
                    java.util.Arrays.fill(potongan, (byte) 'x');
                    if (terkirim == 0) {
                        System.arraycopy(kepalaIsi, 0, potongan, 0, Math.min(kepalaIsi.length, n));
                    }
                    if (panjangDiakui < 0) {
                        keluar.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    }
                    keluar.write(potongan, 0, n);
                    if (panjangDiakui < 0) {
                        keluar.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    }
                    terkirim += n;
                }
                if (panjangDiakui < 0) {
                    keluar.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                keluar.flush();
            } catch (IOException e) {
                diputus = true; // the server closed the connection (broken pipe, reset)
            }
            pembaca.join(JAGA);
            jaga.interrupt();
            String teks;
            synchronized (jawaban) {
                teks = jawaban.toString(StandardCharsets.ISO_8859_1);
            }
            int akhirBaris = teks.indexOf("\r\n");
            Hasil hasil = new Hasil(terkirim, akhirBaris < 0 ? "" : teks.substring(0, akhirBaris), diputus, teks);
            System.out.printf("[KirimanMentah] POST %s: %,d dari %,d byte diterima server, status \"%s\", diputus %s%n",
                    jalur.replaceAll("/[0-9a-f-]{36}/", "/…/"), hasil.terkirim(), ukuran, hasil.status(), hasil.diputus());
            return hasil;
        }
    }
}
