package cn.congress.web.config;

import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanInstantiationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.support.BindParamNameResolver;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RecordAttributes} builds exactly what Spring's constructor binding builds, or leaves it to Spring: for every
 * record the application binds from a request, with each component given a good value, none, an empty one, one that
 * does not convert and two at once, its record equals Spring's, and where Spring records a binding error it builds none.
 */
@WebIntegrationTest
class RecordAttributesTest {

    private static final Object SPRING_REFUSED = new Object();

    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;
    @Autowired RequestMappingHandlerAdapter adapter;

    @Test
    void everyRecordAttributeIsBuiltAsSpringBuildsIt() {
        assertThat(adapter).isInstanceOf(RecordAttributeHandlerAdapter.class);
        Set<Class<?>> records = recordAttributes();
        assertThat(records).as("the application's record model attributes").hasSizeGreaterThan(20);
        int built = 0;
        int compared = 0;
        for (Class<?> type : records) {
            RecordAttributes.Plan plan = RecordAttributes.Plan.of(type).orElse(null);
            if (plan == null) {
                continue; // a collection, file or nested component: Spring's own path, nothing to compare
            }
            for (Map<String, String[]> parameters : requests(type)) {
                MockHttpServletRequest request = new MockHttpServletRequest("GET", "/x");
                request.setParameters(parameters);
                Object spring = spring(type, request);
                ExtendedServletRequestDataBinder converter = binder("filter");
                Object ours = plan.build(new RecordAttributes.ValueReader(converter).valuesOf(request), converter);
                compared++;
                if (spring == SPRING_REFUSED) {
                    assertThat(ours).as("%s %s", type.getName(), describe(parameters)).isNull();
                } else if (ours != null) {
                    built++;
                    assertThat(ours).as("%s %s", type.getName(), describe(parameters)).isEqualTo(spring);
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
        assertThat(built).as("requests built without Spring's path").isGreaterThan(compared / 3);
    }

    private Set<Class<?>> recordAttributes() {
        Set<Class<?>> found = new LinkedHashSet<>();
        for (HandlerMethod method : mapping.getHandlerMethods().values()) {
            for (MethodParameter parameter : method.getMethodParameters()) {
                if (parameter.getParameterType().isRecord() && resolver(parameter) instanceof RecordAttributes) {
                    found.add(parameter.getParameterType());
                }
            }
        }
        return found;
    }

    private HandlerMethodArgumentResolver resolver(MethodParameter parameter) {
        return adapter.getArgumentResolvers().stream().filter(r -> r.supportsParameter(parameter)).findFirst().orElse(null);
    }

    private Object spring(Class<?> type, MockHttpServletRequest request) {
        ExtendedServletRequestDataBinder binder = binder("filter");
        binder.setTargetType(ResolvableType.forClass(type));
        try {
            binder.construct(request);
        } catch (BeanInstantiationException refused) {
            return SPRING_REFUSED;
        }
        return binder.getBindingResult().hasErrors() ? SPRING_REFUSED : binder.getTarget();
    }

    private ExtendedServletRequestDataBinder binder(String name) {
        ExtendedServletRequestDataBinder binder = new ExtendedServletRequestDataBinder(null, name);
        binder.setNameResolver(new BindParamNameResolver());
        adapter.getWebBindingInitializer().initBinder(binder);
        return binder;
    }

    /** No value, every component at a good value, and each component alone empty, unconvertible and twice. */
    private static List<Map<String, String[]>> requests(Class<?> type) {
        List<Map<String, String[]>> requests = new ArrayList<>();
        requests.add(Map.of());
        RecordComponent[] components = type.getRecordComponents();
        Map<String, String[]> good = new java.util.HashMap<>();
        for (RecordComponent c : components) {
            good.put(c.getName(), new String[]{good(c.getType())});
        }
        requests.add(good);
        for (RecordComponent c : components) {
            requests.add(Map.of(c.getName(), new String[]{""}));
            requests.add(Map.of(c.getName(), new String[]{"不是一个值"}));
            requests.add(Map.of(c.getName(), new String[]{good(c.getType()), good(c.getType())}));
            Map<String, String[]> emptied = new java.util.HashMap<>(good);
            emptied.put(c.getName(), new String[]{" "});
            requests.add(emptied);
        }
        return requests;
    }

    private static String good(Class<?> type) {
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        return switch (type.getSimpleName()) {
            case "Long", "long", "Integer", "int", "Short", "short" -> "42";
            case "Boolean", "boolean" -> "true";
            case "BigDecimal", "Double", "double" -> "12.5";
            case "LocalDate" -> "2026-11-21";
            case "LocalDateTime" -> "2026-11-21T09:30";
            case "LocalTime" -> "09:30";
            case "YearMonth" -> "2026-11";
            case "Year" -> "2026";
            default -> "老旧小区 <b>&";
        };
    }

    private static String describe(Map<String, String[]> parameters) {
        StringBuilder text = new StringBuilder();
        parameters.forEach((k, v) -> text.append(k).append('=').append(String.join("|", v)).append(' '));
        return text.toString();
    }
}
