package cn.congress;

import cn.congress.dev.EmbeddedDevDatabase;
import org.springframework.boot.SpringApplication;

/**
 * Development start: {@code ./mvnw -pl congress-web -am spring-boot:test-run}. Without SPRING_DATASOURCE_URL it
 * starts an embedded PostgreSQL whose data survive restarts and turns on the demo profile; with the URL set it
 * uses that server. Lives under src/test so that the PostgreSQL binaries stay out of the production jar.
 */
public class TestCongressApplication {

    public static void main(String[] args) {
        boolean external = EmbeddedDevDatabase.externalDatabaseConfigured(args);
        if (!external) {
            EmbeddedDevDatabase.start();
        }
        SpringApplication.from(CongressApplication::main)
                .withAdditionalProfiles(external ? new String[]{"dev"} : new String[]{"dev", "demo"})
                .run(args);
    }
}
