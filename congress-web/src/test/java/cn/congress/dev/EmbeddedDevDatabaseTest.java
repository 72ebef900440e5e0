package cn.congress.dev;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedDevDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void aTakenPortStopsTheStartWithTheReasonAndTheFixes() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> EmbeddedDevDatabase.start(dataDir, taken.getLocalPort()))
                    .hasMessageContaining("端口 " + taken.getLocalPort() + " 已被占用")
                    .hasMessageContaining("CONGRESS_DB_PORT")
                    .hasMessageContaining("SPRING_DATASOURCE_URL")
                    .hasMessageContaining("docker compose up -d db");
        }
    }

    @Test
    void dataSurviveARestartAndAFolderInUseIsRefused() throws Exception {
        int port = freePort();
        try (EmbeddedPostgres first = EmbeddedDevDatabase.start(dataDir, port)) {
            try (Connection c = first.getDatabase("postgres", "congress").getConnection()) {
                c.createStatement().execute("create table kept (v text); insert into kept values ('示例')");
            }
            assertThatThrownBy(() -> EmbeddedDevDatabase.start(dataDir, freePort()))
                    .hasMessageContaining("内嵌 PostgreSQL 无法启动").hasMessageContaining("CONGRESS_DATA_DIR");
        }
        try (EmbeddedPostgres again = EmbeddedDevDatabase.start(dataDir, port);
             Connection c = again.getDatabase("postgres", "congress").getConnection();
             ResultSet rs = c.createStatement().executeQuery("select v from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("示例");
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
