package id.sipeka.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** HSTS only where the browser came over HTTPS (directly, or as the trusted proxy says with X-Forwarded-Proto). */
class HeaderKeamananTest {

    @Test
    void overHttpsTheBrowserIsToldToStayOnHttps() throws Exception {
        MockHttpServletRequest https = new MockHttpServletRequest("GET", "/login");
        https.setSecure(true);
        MockHttpServletResponse jawaban = new MockHttpServletResponse();

        new HeaderKeamanan().doFilter(https, jawaban, new MockFilterChain());

        assertThat(jawaban.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(jawaban.getHeader("Content-Security-Policy")).startsWith("default-src 'self'");
    }

    @Test
    void overPlainHttpThereIsNoHsts() throws Exception {
        MockHttpServletResponse jawaban = new MockHttpServletResponse();
        new HeaderKeamanan().doFilter(new MockHttpServletRequest("GET", "/login"), jawaban, new MockFilterChain());
        assertThat(jawaban.getHeader("Strict-Transport-Security")).isNull();
        assertThat(jawaban.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
