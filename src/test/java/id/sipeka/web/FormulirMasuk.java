package id.sipeka.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tests only: posts the login form as the browser does — with the CSRF token the login page carries in its
 * {@code _csrf} meta tags, which vaadin-login-form sends along.
 */
final class FormulirMasuk {

    private static final Pattern META = Pattern.compile("<meta\\s+name=\"(_csrf(?:_parameter)?)\"\\s+content=\"([^\"]*)\"");

    private FormulirMasuk() {
    }

    /** The login page's token field name and value, in the session of {@code browser} (which must keep cookies). */
    static String[] token(HttpClient browser, URI login) throws IOException, InterruptedException {
        String halaman = browser.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.ofString()).body();
        String nama = null;
        String nilai = null;
        Matcher m = META.matcher(halaman);
        while (m.find()) {
            if (m.group(1).equals("_csrf_parameter")) {
                nama = m.group(2);
            } else {
                nilai = m.group(2);
            }
        }
        if (nama == null || nilai == null) {
            throw new AssertionError("Halaman login tidak membawa token CSRF");
        }
        return new String[] {nama, nilai};
    }

    /** Posts username and password with the token; the answer is not followed (302 to / or to /login?error). */
    static HttpResponse<Void> kirim(HttpClient browser, URI login, String username, String sandi)
            throws IOException, InterruptedException {
        String[] token = token(browser, login);
        return kirimTanpaToken(browser, login, username, sandi, "&" + token[0] + "=" + enc(token[1]));
    }

    static HttpResponse<Void> kirimTanpaToken(HttpClient browser, URI login, String username, String sandi, String tambahan)
            throws IOException, InterruptedException {
        String form = "username=" + enc(username) + "&password=" + enc(sandi) + tambahan;
        return browser.send(HttpRequest.newBuilder(login).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
