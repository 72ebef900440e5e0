package cn.congress;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots congress-domain on its own for the module's integration tests. */
@SpringBootApplication
public class DomainTestApplication {
}
