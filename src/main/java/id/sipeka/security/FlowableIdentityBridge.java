package id.sipeka.security;

import java.security.Principal;
import org.flowable.common.engine.api.identity.AuthenticationContext;
import org.flowable.common.engine.impl.identity.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Makes Flowable's "authenticated user" (process initiator, task completer, comment author) the user signed in
 * through Spring Security, instead of a second, Flowable-managed identity.
 */
@Component
class FlowableIdentityBridge implements AuthenticationContext {

    FlowableIdentityBridge() {
        Authentication.setAuthenticationContext(this);
    }

    @Override
    public String getAuthenticatedUserId() {
        Principal principal = getPrincipal();
        return principal == null ? null : principal.getName();
    }

    @Override
    public Principal getPrincipal() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? null : auth;
    }

    /** Flowable's own setter is ignored on purpose: identity comes only from Spring Security. */
    @Override
    public void setPrincipal(Principal principal) {
        // no-op
    }
}
