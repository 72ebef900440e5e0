package cn.congress.web.config;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Stops the production application at once, with the fix named, when no database is configured. (The embedded
 * development database is started by {@code TestCongressApplication}, which sets the URL before this runs.)
 */
public class DatabaseConfigurationCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String url = event.getEnvironment().getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            throw new DatabaseNotConfiguredException();
        }
    }
}
