package cn.congress.web.support;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checklist S06 / C26: every free-text field a page can send has a length limit. Walks every handler method of every
 * controller: each form or command object it binds must give each String field a {@code @Size(max = …)}, and a String
 * sent as a bare {@code @RequestParam} to a state-changing handler must carry one too (GET filters are bounded by
 * {@code ControlCharacterFilter}'s limit on every parameter). A new form field without a limit fails this test.
 */
class FormLengthLimitsTest {

    @Test
    void everyStringAFormCanSendHasAMaximumLength() {
        List<String> unbounded = new ArrayList<>();
        Set<Class<?>> forms = new LinkedHashSet<>();
        for (Method handler : handlers()) {
            boolean changesState = changesState(handler);
            for (Parameter p : handler.getParameters()) {
                // the logged-in user is not sent by the page
                if (p.isAnnotationPresent(PathVariable.class) || p.isAnnotationPresent(RequestHeader.class)
                        || p.isAnnotationPresent(org.springframework.security.core.annotation.AuthenticationPrincipal.class)) {
                    continue;
                }
                if (p.getType() == String.class) {
                    if (changesState && p.isAnnotationPresent(RequestParam.class) && !bounded(p)) {
                        unbounded.add(handler.getDeclaringClass().getSimpleName() + "#" + handler.getName() + "(" + p.getName() + ")");
                    }
                } else if (isForm(p.getType()) && !p.isAnnotationPresent(RequestParam.class)) {
                    forms.add(p.getType());
                } else if (p.isAnnotationPresent(RequestBody.class)) {
                    forms.add(p.getType());
                }
            }
        }
        for (Class<?> form : forms) {
            for (AnnotatedElement field : stringFields(form)) {
                if (!bounded(field)) {
                    unbounded.add(form.getName().replace("cn.congress.web.", "") + "." + name(field));
                }
            }
        }
        assertThat(forms).as("the walk finds the form records").hasSizeGreaterThan(40);
        assertThat(new TreeSet<>(unbounded)).as("String fields without @Size(max = …)").isEmpty();
    }

    private static List<Method> handlers() {
        List<Method> result = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")).importPackages("cn.congress.web")) {
            if (!c.isAnnotatedWith(Controller.class) && !c.isMetaAnnotatedWith(Controller.class)) {
                continue;
            }
            for (Method m : c.reflect().getDeclaredMethods()) {
                if (AnnotatedElementUtils.hasAnnotation(m, RequestMapping.class)) {
                    result.add(m);
                }
            }
        }
        return result;
    }

    private static boolean changesState(Method handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler, RequestMapping.class);
        return mapping != null && (mapping.method().length == 0 || java.util.Arrays.stream(mapping.method()).anyMatch(
                m -> m == RequestMethod.POST || m == RequestMethod.PUT || m == RequestMethod.PATCH));
    }

    private static boolean isForm(Class<?> type) {
        return type.getName().startsWith("cn.congress.") && !type.isEnum() && !type.isInterface()
                && !type.isAnnotationPresent(jakarta.persistence.Entity.class);
    }

    private static List<AnnotatedElement> stringFields(Class<?> form) {
        List<AnnotatedElement> fields = new ArrayList<>();
        // a record component's @Size is kept on its private field (the annotation does not target record components)
        for (Class<?> c = form; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() == String.class && !Modifier.isStatic(f.getModifiers())) {
                    fields.add(f);
                }
            }
        }
        return fields;
    }

    private static boolean bounded(AnnotatedElement element) {
        Size size = element.getAnnotation(Size.class);
        return size != null && size.max() < Integer.MAX_VALUE;
    }

    private static String name(AnnotatedElement e) {
        return ((Field) e).getName();
    }
}
