package id.sipeka;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that starts the application with settings of its own (another database URL, a database that goes away).
 * Surefire runs these in execution {@code konteks-sendiri-test}, in a JVM of their own: a Spring context with Vaadin
 * started later replaces Spring Security's static context holder strategy under the contexts started before it, so
 * no other test may reuse a context after one of these started. Each such test uses its context once and for all.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("konteks-sendiri")
public @interface KonteksSendiri {
}
