package id.sipeka.base.web;

import id.sipeka.base.BasisDataTidakTersedia;
import id.sipeka.base.DataTidakDitemukanException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last word on an exception from a controller that no {@code @ExceptionHandler} and none of Spring's resolvers
 * took: a record that is missing or not the user's becomes 404, a database that cannot be reached 503, anything else
 * 500, both answered by
 * {@link JawabanKesalahanHttp} (which logs the 500 with its code and stack trace). A refusal by Spring Security is
 * left to Spring Security. Runs after every other resolver, so handlers for particular exceptions (400, 413, 422, …)
 * always come first; without it the exception would reach the servlet container.
 */
@Component
class PenyelesaiKesalahanSisa implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception kesalahan) {
        if (kesalahan instanceof AccessDeniedException || kesalahan instanceof AuthenticationException) {
            return null;
        }
        try {
            response.sendError(kesalahan instanceof DataTidakDitemukanException ? HttpServletResponse.SC_NOT_FOUND
                    : BasisDataTidakTersedia.penyebab(kesalahan) ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                    : HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
