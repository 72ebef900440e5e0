package cn.congress.web.config;

import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresolver.TemplateResolution;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresource.ITemplateResource;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * HTML templates read without the indentation of their lines. The indentation that keeps a template readable was a
 * quarter of every page's bytes (the staff's suggestion list: 11 of 42 KB), written, encoded and sent on each request,
 * and parsed into text events Thymeleaf walks. In HTML a run of white space is one space wherever it is not kept
 * literally, and the line breaks stay; the templates print nothing literal inside {@code <pre>} or {@code <textarea>}
 * (those take their text from {@code th:text}), where it would matter. Stripped once, when a template is parsed and
 * cached.
 */
final class UnindentedTemplates implements ITemplateResolver {

    private static final Pattern INDENTATION = Pattern.compile("(?m)^[ \\t]+");

    private final ITemplateResolver resolver;

    UnindentedTemplates(ITemplateResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public String getName() {
        return resolver.getName();
    }

    @Override
    public Integer getOrder() {
        return resolver.getOrder();
    }

    @Override
    public TemplateResolution resolveTemplate(IEngineConfiguration configuration, String ownerTemplate, String template,
                                              Map<String, Object> templateResolutionAttributes) {
        TemplateResolution resolution = resolver.resolveTemplate(configuration, ownerTemplate, template, templateResolutionAttributes);
        if (resolution == null || resolution.getTemplateMode() != TemplateMode.HTML) {
            return resolution;
        }
        return new TemplateResolution(new Unindented(resolution.getTemplateResource()), resolution.isTemplateResourceExistenceVerified(),
                resolution.getTemplateMode(), resolution.getUseDecoupledLogic(), resolution.getValidity());
    }

    private record Unindented(ITemplateResource resource) implements ITemplateResource {

        @Override
        public String getDescription() {
            return resource.getDescription();
        }

        @Override
        public String getBaseName() {
            return resource.getBaseName();
        }

        @Override
        public boolean exists() {
            return resource.exists();
        }

        @Override
        public Reader reader() throws IOException {
            try (Reader reader = resource.reader()) {
                StringWriter text = new StringWriter();
                reader.transferTo(text);
                return new StringReader(INDENTATION.matcher(text.toString()).replaceAll(""));
            }
        }

        @Override
        public ITemplateResource relative(String relativeLocation) {
            return new Unindented(resource.relative(relativeLocation));
        }
    }
}
