package id.sipeka.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response, the Vaadin screens, their static files, downloads, the REST API and error
 * pages alike (Spring Security's own headers reach only what passes its filter chains).
 * <ul>
 * <li>Content-Security-Policy: only SIPEKA's own origin. Vaadin Flow needs {@code 'unsafe-inline' 'unsafe-eval'}
 * for scripts and {@code 'unsafe-inline'} for styles (its client engine starts inline and builds functions from
 * what the server sends); data: and blob: images are charts and previews.</li>
 * <li>Strict-Transport-Security only on a request that came over HTTPS — directly, or through a proxy that says so
 * in X-Forwarded-Proto when {@code server.forward-headers-strategy=native} is set.</li>
 * </ul>
 */
final class HeaderKeamanan extends OncePerRequestFilter {

    static final String CSP = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self' blob:",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }
}
