package cn.congress.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/**
 * One fresh PostgreSQL database per test JVM, dropped when the JVM ends.
 * <p>
 * With {@code CONGRESS_TEST_DB_URL} (a JDBC URL of a user that may create databases, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}) the database is created on that server;
 * without it an embedded PostgreSQL is started in a temporary folder, so a machine with only a JDK runs the tests.
 */
public final class TestDatabase {

    public static final String URL_VARIABLE = "CONGRESS_TEST_DB_URL";

    private static TestDatabase instance;

    private final String jdbcUrl;
    private final String username;
    private final String password;

    private TestDatabase(String jdbcUrl, String username, String password) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = create();
        }
        return instance;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    private static TestDatabase create() {
        String serverUrl = System.getenv(URL_VARIABLE);
        if (serverUrl == null || serverUrl.isBlank()) {
            serverUrl = System.getProperty(URL_VARIABLE);
        }
        return serverUrl == null || serverUrl.isBlank() ? onEmbeddedServer() : onServer(serverUrl);
    }

    private static TestDatabase onServer(String serverUrl) {
        String name = "congress_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(serverUrl)) {
            createDatabase(c, name);
            Properties props = c.getClientInfo();
            String user = c.getMetaData().getUserName();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(serverUrl, name)));
            String url = replaceDatabase(serverUrl, name);
            return new TestDatabase(url, user, passwordOf(serverUrl, props));
        } catch (SQLException e) {
            throw new IllegalStateException("无法在 " + URL_VARIABLE + " 指定的服务器上创建测试数据库：" + e.getMessage(), e);
        }
    }

    private static TestDatabase onEmbeddedServer() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (Exception ignored) {
                    // the JVM is ending; the temporary folder goes with it
                }
            }));
            String name = "congress_test";
            try (Connection c = pg.getPostgresDatabase().getConnection()) {
                createDatabase(c, name);
            }
            return new TestDatabase(pg.getJdbcUrl("postgres", name), "postgres", "postgres");
        } catch (Exception e) {
            throw new IllegalStateException("无法启动内嵌 PostgreSQL：" + e.getMessage()
                    + "。可设置 " + URL_VARIABLE + "=jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres 使用现有服务器。", e);
        }
    }

    /** UTF-8 collation so that pg_trgm indexes and LIKE on Chinese text behave as in production. */
    static void createDatabase(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement()) {
            try {
                s.execute("create database " + name + " template template0 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'");
            } catch (SQLException noSuchLocale) {
                s.execute("create database " + name + " template template0 encoding 'UTF8'");
            }
        }
    }

    private static void drop(String serverUrl, String name) {
        try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    static String replaceDatabase(String url, String name) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        return (slash < 0 ? base : base.substring(0, slash)) + "/" + name + params;
    }

    private static String passwordOf(String url, Properties ignored) {
        int at = url.indexOf("password=");
        if (at < 0) {
            return "";
        }
        int end = url.indexOf('&', at);
        return url.substring(at + "password=".length(), end < 0 ? url.length() : end);
    }
}
