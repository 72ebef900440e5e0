package cn.congress.web;

import cn.congress.testsupport.TestDatabaseInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a random port, over the JVM's fresh PostgreSQL database, with the demo data loaded.
 * Every web test uses exactly this, so all of them share one Spring context (and MockMvc and the browser
 * tests talk to the same application).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(WebTestConfig.class)
public @interface WebIntegrationTest {
}
