package cn.congress.web.support;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * C28 (ASVS 1.3.7): no view name is built from input and no template preprocesses request data. A controller returns a
 * literal view name (a redirect may append an id); Thymeleaf's {@code __${...}__} preprocessing appears only with a
 * loop's own index, or inside the shared fragments with the field and property names the calling template writes
 * (never a value a request can set).
 */
class ViewNamesTest {

    private static final Pattern BUILT_VIEW = Pattern.compile("return\\s+\"(?!redirect:)[a-z][a-z0-9/_-]*\"\\s*\\+");
    private static final Pattern PREPROCESSED = Pattern.compile("__\\$\\{([^}]*)}__");

    @Test
    void viewNamesAreLiteralAndOnlyLoopIndexesArePreprocessed() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith("Controller.java")).toList()) {
                Matcher m = BUILT_VIEW.matcher(Files.readString(source));
                while (m.find()) {
                    found.add(source.getFileName() + ": " + m.group());
                }
            }
        }
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = PREPROCESSED.matcher(Files.readString(template));
                while (m.find()) {
                    boolean fragmentParameter = template.getParent().getFileName().toString().equals("fragments")
                            && m.group(1).matches("name|valueProp|labelProp|keyProp");
                    if (!m.group(1).matches("\\w+\\.(index|count)") && !fragmentParameter) {
                        found.add(template.getFileName() + ": " + m.group());
                    }
                }
            }
        }
        assertThat(found).as("view names built from values, or request data preprocessed").isEmpty();
    }
}
