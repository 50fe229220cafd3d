package id.sipeka;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tests only: a TCP forwarder on a local port to the test MariaDB, which a test can cut (every open connection
 * dropped, new ones refused) and restore — the database "goes down" and "comes back" without touching the server.
 */
public final class ProksiTcp implements AutoCloseable {

    private final int portTujuan;
    private final ServerSocket server;
    private final List<Socket> terbuka = new CopyOnWriteArrayList<>();
    private volatile boolean putus;

    public ProksiTcp(int portTujuan) throws IOException {
        this.portTujuan = portTujuan;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::terima);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Drops every open connection; new ones are closed at once until {@link #sambung()}. */
    public void putus() {
        putus = true;
        terbuka.forEach(ProksiTcp::tutup);
        terbuka.clear();
    }

    public void sambung() {
        putus = false;
    }

    private void terima() {
        while (!server.isClosed()) {
            try {
                Socket klien = server.accept();
                if (putus) {
                    tutup(klien);
                    continue;
                }
                Socket tujuan = new Socket(InetAddress.getLoopbackAddress(), portTujuan);
                terbuka.add(klien);
                terbuka.add(tujuan);
                Thread.ofVirtual().start(() -> salin(klien, tujuan));
                Thread.ofVirtual().start(() -> salin(tujuan, klien));
            } catch (IOException e) {
                // closed, or the target refused: the client sees its connection end
            }
        }
    }

    private static void salin(Socket dari, Socket ke) {
        try (InputStream in = dari.getInputStream(); OutputStream out = ke.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // one side closed
        } finally {
            tutup(dari);
            tutup(ke);
        }
    }

    private static void tutup(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        putus();
        try {
            server.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
