package cn.congress.domain;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots congress-domain on its own for the module's integration tests. It sits in the domain package, not the
 * root, so that the web module's tests (which see the domain test classes) find only CongressApplication.
 */
@SpringBootApplication
public class DomainTestApplication {
}
