package cn.congress.web.config;

import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.spring6.expression.SPELVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.util.ExpressionUtils;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Template expressions that only read a property path ({@code ${r.title}}, {@code ${viewer.staff}},
 * {@code ${filter.q}}), evaluated directly with each getter found once per class; every other
 * expression goes to Thymeleaf's SpEL evaluator unchanged. Such paths are most of a list page's expressions, and
 * each went through a parse-cache look-up, a fresh SpEL root, the evaluation context read from the request's
 * attributes (through every request wrapper) and SpEL's accessor search: a fifth of a list page's CPU.
 * <p>
 * It gives what SpEL gives or leaves the expression to SpEL: the variable as Thymeleaf's context holds it, then for
 * each property the getter SpEL would choose ({@code getX()}, {@code isX()} returning a boolean, then the record
 * accessor {@code x()}) on any object SpEL reads by reflection (not a map, a context, a class or an array), and only
 * where Thymeleaf's member rules allow it. A missing getter, a null on the way, {@code *{…}} and {@code ${{…}}}, the
 * request's {@code param}/{@code session}/{@code application} and SpEL's own words all go to SpEL.
 */
final class PropertyPathEvaluator implements IStandardVariableExpressionEvaluator {

    private static final Pattern PATH = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
    /** SpEL's literals and word operators, and the request's own variables: never a plain property here. */
    private static final Set<String> NOT_A_PROPERTY = Set.of("true", "false", "null", "and", "or", "not", "eq", "ne",
            "lt", "gt", "le", "ge", "div", "mod", "instanceof", "matches", "between", "new", "t",
            "param", "session", "application");
    private static final String[] NOT_A_PATH = new String[0];
    /** Expressions kept at most (templates hold a few thousand); past it the cache starts again. */
    private static final int MAX_EXPRESSIONS = 20_000;

    private final IStandardVariableExpressionEvaluator spel;
    private final Map<String, String[]> paths = new ConcurrentHashMap<>();
    private final Map<Class<?>, Map<String, Optional<Method>>> getters = new ConcurrentHashMap<>();

    PropertyPathEvaluator() {
        this(SPELVariableExpressionEvaluator.INSTANCE);
    }

    PropertyPathEvaluator(IStandardVariableExpressionEvaluator spel) {
        this.spel = spel;
    }

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
                           StandardExpressionExecutionContext executionContext) {
        if (expression.getUseSelectionAsRoot() || executionContext.getPerformTypeConversion()) {
            return spel.evaluate(context, expression, executionContext);
        }
        String[] path = path(expression.getExpression());
        if (path == NOT_A_PATH) {
            return spel.evaluate(context, expression, executionContext);
        }
        Object value = context.getVariable(path[0]);
        for (int i = 1; i < path.length; i++) {
            Method getter = value == null ? null : getter(value, path[i]);
            if (getter == null) {
                return spel.evaluate(context, expression, executionContext);
            }
            try {
                value = getter.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException failed) {
                return spel.evaluate(context, expression, executionContext); // SpEL reports it as it always has
            }
        }
        return value;
    }

    private String[] path(String expression) {
        String[] path = paths.get(expression);
        if (path == null) {
            if (paths.size() >= MAX_EXPRESSIONS) {
                paths.clear();
            }
            path = parse(expression);
            paths.put(expression, path);
        }
        return path;
    }

    static String[] parse(String expression) {
        String trimmed = expression == null ? "" : expression.strip();
        if (!PATH.matcher(trimmed).matches()) {
            return NOT_A_PATH;
        }
        String[] names = trimmed.split("\\.");
        for (String name : names) {
            if (NOT_A_PROPERTY.contains(name.toLowerCase(Locale.ROOT))) {
                return NOT_A_PATH;
            }
        }
        return names;
    }

    /** Found once per class and property (what decides it is the class alone). */
    private Method getter(Object target, String property) {
        return getters.computeIfAbsent(target.getClass(), t -> new ConcurrentHashMap<>())
                .computeIfAbsent(property, p -> Optional.ofNullable(find(target, p))).orElse(null);
    }

    /** The getter SpEL's reflective accessor picks, or null where this evaluator leaves the property to SpEL. */
    static Method find(Object target, String property) {
        Class<?> type = target.getClass();
        // SpEL reads these with other accessors (Thymeleaf's context, maps) or other rules (arrays, classes)
        if (target instanceof Map || target instanceof IContext || target instanceof Class || type.isArray()) {
            return null;
        }
        Method[] methods = type.getMethods();
        Arrays.sort(methods, (a, b) -> Boolean.compare(a.isBridge(), b.isBridge()));
        String[] suffixes = suffixes(property);
        Method found = find(methods, suffixes, "get", false);
        if (found == null) {
            found = find(methods, suffixes, "is", true);
        }
        if (found == null) {
            found = find(methods, new String[]{property}, "", false);
        }
        if (found == null || found.getReturnType() == void.class || forbidden(target, property)) {
            return null;
        }
        return found.trySetAccessible() ? found : null;
    }

    /** Thymeleaf's member rule as its property accessor applies it: to the getter's name the property implies. */
    private static boolean forbidden(Object target, String property) {
        String member = ("empty".equals(property) || "blank".equals(property) ? "is" : "get")
                + Character.toUpperCase(property.charAt(0)) + property.substring(1);
        return ExpressionUtils.isMemberForbidden(target, member);
    }

    private static Method find(Method[] methods, String[] suffixes, String prefix, boolean booleanOnly) {
        for (String suffix : suffixes) {
            for (Method method : methods) {
                if (method.getName().equals(prefix + suffix) && method.getParameterCount() == 0
                        && (!booleanOnly || method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class)) {
                    return method;
                }
            }
        }
        return null;
    }

    /** SpEL's method name suffixes for a property: {@code title} → Title; {@code aBc} → aBc. */
    private static String[] suffixes(String property) {
        String suffix = property.length() > 1 && Character.isUpperCase(property.charAt(1))
                ? property : Character.toUpperCase(property.charAt(0)) + property.substring(1);
        if (!suffix.isEmpty() && Character.isUpperCase(suffix.charAt(0))) {
            return new String[]{suffix};
        }
        return new String[]{suffix, Character.toUpperCase(suffix.charAt(0)) + suffix.substring(1)};
    }
}
