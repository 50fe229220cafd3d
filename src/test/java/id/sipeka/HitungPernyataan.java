package id.sipeka;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Tests only: counts the SQL statements the current thread sends through the application's {@link DataSource} — ours
 * (Hibernate, JdbcTemplate) and Flowable's alike, since they share the pool. A statement is one {@code execute*}
 * call (a batch counts as one). Counted per thread, so work running after a commit on another thread is not
 * mistaken for the measured call's; only inside {@link #tel(Supplier)} are they kept.
 */
@Component
public class HitungPernyataan implements BeanPostProcessor {

    /** The statements of the measured call on this thread; none when nothing is measured. */
    private static final ThreadLocal<List<String>> DICATAT = new ThreadLocal<>();

    /** The value of {@code kerja} with the statements this thread sent while computing it. */
    public static <T> Hasil<T> tel(Supplier<T> kerja) {
        List<String> sebelum = DICATAT.get();
        DICATAT.set(new ArrayList<>());
        try {
            T nilai = kerja.get();
            return new Hasil<>(nilai, DICATAT.get().size(), List.copyOf(DICATAT.get()));
        } finally {
            if (sebelum == null) {
                DICATAT.remove();
            } else {
                sebelum.addAll(DICATAT.get());
                DICATAT.set(sebelum);
            }
        }
    }

    /** @param sql the statements' text, in order (for a failure message: which query repeats) */
    public record Hasil<T>(T nilai, long pernyataan, List<String> sql) {

        /** The statements grouped by text, most frequent first. */
        public String ringkasan() {
            Map<String, Long> n = sql.stream().collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()));
            return n.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(e -> e.getValue() + " × " + e.getKey()).collect(Collectors.joining("\n"));
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource ds && !(bean instanceof Terhitung)) {
            return new Terhitung(ds);
        }
        return bean;
    }

    /** The application's data source, handing out connections whose statements count. */
    static final class Terhitung extends DelegatingDataSource {

        Terhitung(DataSource asli) {
            super(asli);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return bungkus(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return bungkus(super.getConnection(username, password));
        }
    }

    private static Connection bungkus(Connection asli) {
        return (Connection) Proxy.newProxyInstance(HitungPernyataan.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Penerus(asli, true, null));
    }

    /** Passes every call on; wraps the statements a connection creates and records their executions. */
    private record Penerus(Object asli, boolean koneksi, String sqlSiap) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String nama = method.getName();
            if (nama.equals("unwrap") || nama.equals("isWrapperFor")) {
                Class<?> jenis = (Class<?>) args[0];
                if (jenis.isInstance(proxy) && !jenis.isInstance(asli)) {
                    return nama.equals("unwrap") ? proxy : true;
                }
            }
            List<String> dicatat = DICATAT.get();
            if (!koneksi && dicatat != null && nama.startsWith("execute")) {
                dicatat.add(sqlSiap != null ? sqlSiap : args != null && args.length > 0 && args[0] instanceof String t ? t : nama);
            }
            Object hasil;
            try {
                hasil = method.invoke(asli, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (koneksi && hasil instanceof Statement s && (nama.equals("createStatement") || nama.equals("prepareStatement")
                    || nama.equals("prepareCall"))) {
                Class<?> jenis = s instanceof CallableStatement ? CallableStatement.class
                        : s instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                String sql = nama.equals("createStatement") ? null : (String) args[0];
                return Proxy.newProxyInstance(HitungPernyataan.class.getClassLoader(), new Class<?>[] {jenis},
                        new Penerus(s, false, sql));
            }
            return hasil;
        }
    }
}
