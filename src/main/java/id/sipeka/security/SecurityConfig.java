package id.sipeka.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import id.sipeka.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Spring Security is the only identity source. Screens sign in through the Vaadin login view; the REST API and the
 * protected actuator endpoints take HTTP Basic with the same accounts.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Peran.ADMIN_)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(MasukGagal.api()))
                .exceptionHandling(e -> e.authenticationEntryPoint(MasukGagal.api()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http, RequestUtil vaadinRequest) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/styles.css", "/favicon.ico", "/error", "/verifikasi/**").permitAll());
        // Vaadin's own CSRF set-up also exempts the login form's POST, so a login could be posted from another site.
        // Only Vaadin's internal requests (which carry Vaadin's own CSRF token) are exempt here; the login form sends
        // Spring's token, which the page carries in its _csrf meta tags.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequest::isFrameworkInternalRequest));
        // Signed-in users' requests for addresses without a rule reach Vaadin, which shows its Indonesian not-found
        // page (base.ui); by default they were refused here with a bare 403. Anonymous users are still sent to login.
        SecurityFilterChain rantai = http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false).anyRequest(AuthorizedUrl::authenticated)).build();
        // A database that cannot be reached is not a wrong password (MasukGagal). Set on the built filter: Vaadin's
        // configurer sets the form login's failure URL while it builds.
        rantai.getFilters().stream().filter(UsernamePasswordAuthenticationFilter.class::isInstance)
                .map(UsernamePasswordAuthenticationFilter.class::cast)
                .forEach(f -> f.setAuthenticationFailureHandler(MasukGagal.formulir()));
        return rantai;
    }

    /** Sign-in with a password, held back per account and address after repeated failures (PembatasMasuk). */
    @Bean
    AuthenticationProvider masukTerbatas(UserDetailsService pengguna, PasswordEncoder encoder, PembatasMasuk pembatas) {
        return new MasukTerbatas(pengguna, encoder, pembatas);
    }

    /** Delegating encoder: bcrypt today, and stored hashes name their algorithm so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
