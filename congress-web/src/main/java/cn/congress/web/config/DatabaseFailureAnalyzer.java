package cn.congress.web.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing database configuration into a start-up message that names the fix. */
public class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseNotConfiguredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseNotConfiguredException cause) {
        return new FailureAnalysis(
                "未配置数据库：没有设置 SPRING_DATASOURCE_URL，应用无法启动。"
                        + " (No database configured: SPRING_DATASOURCE_URL is not set.)",
                """
                        任选其一 (choose one):
                          1. 使用现有 PostgreSQL：设置 SPRING_DATASOURCE_URL=jdbc:postgresql://主机:5432/congress，
                             以及 SPRING_DATASOURCE_USERNAME、SPRING_DATASOURCE_PASSWORD；
                          2. 用 Docker 启动数据库：docker compose up -d db，再设置上述变量指向它；
                          3. 开发时使用内嵌数据库：./mvnw -pl congress-web -am spring-boot:test-run""",
                cause);
    }
}
