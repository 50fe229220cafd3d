package id.sipeka.security;

import id.sipeka.base.BasisDataTidakTersedia;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sign-in that failed because the database could not be reached is not a wrong password: the login form says
 * "Basis data sedang tidak tersedia, coba lagi" ({@code /login?basisdata}) and the REST API answers 503 with that
 * message. Every other failure — wrong password, unknown account, an account held back or locked — gets one and the
 * same answer ({@code /login?error}, or 401).
 */
final class MasukGagal {

    private MasukGagal() {
    }

    static AuthenticationFailureHandler formulir() {
        return (request, response, kesalahan) -> response.sendRedirect(request.getContextPath()
                + (BasisDataTidakTersedia.penyebab(kesalahan) ? "/login?basisdata" : "/login?error"));
    }

    static AuthenticationEntryPoint api() {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("SIPEKA");
        return new AuthenticationEntryPoint() {
            @Override
            public void commence(HttpServletRequest request, HttpServletResponse response,
                    AuthenticationException kesalahan) throws IOException {
                if (!BasisDataTidakTersedia.penyebab(kesalahan)) {
                    basic.commence(request, response, kesalahan);
                    return;
                }
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", "30");
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(JSON.writeValueAsString(Map.of("pesan", BasisDataTidakTersedia.pesan())));
            }
        };
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
}
