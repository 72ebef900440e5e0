package cn.congress;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots congress-domain on its own for the module's integration tests. It must stay in the root package: the
 * development start (spring-boot:test-run) has the domain's test classes on its classpath and scans it, and a
 * second auto-configuration package would register every repository twice. The test-jar leaves it out, so the
 * web tests run by `verify` see only CongressApplication.
 */
@SpringBootApplication
public class DomainTestApplication {
}
