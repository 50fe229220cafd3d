package id.sipeka.base.web;

import com.vaadin.flow.spring.SpringServlet;
import id.sipeka.base.BatasUnggah;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Server-wide filters in front of everything: security headers, and limits on what a request may make SIPEKA read
 * (see application.properties, "Unggahan dan batas permintaan").
 */
@Configuration(proxyBeanMethods = false)
class FilterServerConfig {

    /** Room above the largest file for what the upload request carries besides it (multipart headers). */
    private static final long RUANG_UNGGAHAN = 64 * 1024;

    /** First of all filters: before Spring Security and anything else that might read a body. */
    @Bean
    FilterRegistrationBean<BatasPermintaan> batasPermintaan(BatasUnggah batas) {
        var filter = new FilterRegistrationBean<>(
                new BatasPermintaan(batas.permintaan().toBytes(), batas.terbesar() + RUANG_UNGGAHAN));
        filter.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        filter.addUrlPatterns("/*");
        return filter;
    }

    /** Security headers, set before anything else can answer (HeaderKeamanan). */
    @Bean
    FilterRegistrationBean<HeaderKeamanan> headerKeamanan() {
        var filter = new FilterRegistrationBean<>(new HeaderKeamanan());
        filter.setOrder(Ordered.HIGHEST_PRECEDENCE);
        filter.addUrlPatterns("/*");
        return filter;
    }

    /**
     * Vaadin registers its servlet (also reachable directly at {@code /vaadinServlet/*}) with a multipart
     * configuration without any limit, so Tomcat would write a multipart body of any size to disk before Vaadin
     * checks its upload handler's limits. The same limits as Spring MVC's ({@code spring.servlet.multipart.*})
     * apply to it instead; SIPEKA's uploads are sent raw, so only crafted requests are multipart.
     */
    @Bean
    static BeanPostProcessor multipartVaadinTerbatas(ObjectProvider<MultipartConfigElement> multipart) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String nama) {
                if (bean instanceof ServletRegistrationBean<?> servlet && servlet.getServlet() instanceof SpringServlet) {
                    multipart.ifAvailable(servlet::setMultipartConfig);
                }
                return bean;
            }
        };
    }
}
