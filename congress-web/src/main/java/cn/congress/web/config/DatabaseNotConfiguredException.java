package cn.congress.web.config;

/** No {@code spring.datasource.url}: see {@link DatabaseFailureAnalyzer} for the message the operator gets. */
public class DatabaseNotConfiguredException extends RuntimeException {

    public DatabaseNotConfiguredException() {
        super("未配置数据库 (spring.datasource.url)");
    }
}
