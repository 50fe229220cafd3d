package id.sipeka.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResourceRegistry.ElementStreamResource;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.ElementRequestHandler;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Tests only: sends a file to an {@link Upload} the way vaadin-upload's request reaches the server — a raw POST whose
 * body is the request's input stream — through the handler the component registered, whatever it is. The body can
 * be a stream that is generated while it is read, so a test sends hundreds of megabytes without holding them.
 */
public final class UnggahanUji {

    private UnggahanUji() {
    }

    /**
     * @param panjangDiakui the Content-Length the request declares, or -1 for none (a chunked body)
     * @param alamat the client's address
     * @return the response the browser would get
     */
    public static MockHttpServletResponse kirim(Upload upload, String nama, String jenis, InputStream isi,
            long panjangDiakui, String alamat) throws IOException {
        String target = upload.getElement().getAttribute("target");
        ElementRequestHandler handler = VaadinSession.getCurrent().getResourceRegistry()
                .getResource(ElementStreamResource.class, URI.create(target)).orElseThrow().getElementRequestHandler();
        MockHttpServletRequest http = new MockHttpServletRequest("POST", "/" + target) {
            @Override
            public ServletInputStream getInputStream() {
                return new DelegatingServletInputStream(isi);
            }

            @Override
            public long getContentLengthLong() {
                return panjangDiakui;
            }

            @Override
            public int getContentLength() {
                return (int) Math.min(panjangDiakui, Integer.MAX_VALUE);
            }
        };
        http.setContentType(jenis);
        http.addHeader("Content-Type", jenis);
        http.addHeader("X-Filename", URLEncoder.encode(nama, StandardCharsets.UTF_8).replace("+", "%20"));
        http.setRemoteAddr(alamat);
        VaadinServletService layanan = (VaadinServletService) VaadinService.getCurrent();
        MockHttpServletResponse respons = new MockHttpServletResponse();
        VaadinSession sesi = VaadinSession.getCurrent();
        // Vaadin calls an upload handler without the session lock (the upload may take minutes); what the handler
        // hands to the UI with UI.access runs as soon as it asks, as on the server
        sesi.unlock();
        try {
            handler.handleRequest(new VaadinServletRequest(http, layanan), new VaadinServletResponse(respons, layanan),
                    sesi, upload.getElement());
        } finally {
            sesi.lock();
        }
        return respons;
    }
}
