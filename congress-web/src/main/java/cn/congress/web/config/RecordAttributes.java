package cn.congress.web.config;

import jakarta.servlet.ServletRequest;
import org.springframework.beans.BeanInstantiationException;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.TypeConverter;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.util.StringUtils;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.BindParamNameResolver;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

import java.lang.reflect.Constructor;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Model attributes that are records (a list's filters, most forms) built from the request with their constructor
 * worked out once per type. Spring's {@link DataBinder#construct} finds the constructor, reads the record's components
 * and each parameter's annotations by reflection and describes every parameter afresh on each request: a tenth of a
 * list page's CPU. This reads the values with Spring's own value resolver, converts each with the request's own
 * binder (its conversion service and the parameter's formatting annotations) and hands the record to Spring's
 * processor as the model attribute, which then binds and validates it as it always does.
 * <p>
 * Whatever it does not do exactly as Spring does goes Spring's own way: a value that does not convert (so the
 * binding error reads as before), a constructor that refuses its arguments, a component that is a collection, an
 * {@code Optional}, a file or a nested object, and an attribute already in the model or named by the request.
 */
final class RecordAttributes implements HandlerMethodArgumentResolver {

    private final ServletModelAttributeMethodProcessor spring;
    private final Map<Class<?>, Optional<Plan>> plans = new ConcurrentHashMap<>();

    RecordAttributes(ServletModelAttributeMethodProcessor spring) {
        this.spring = spring;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return spring.supportsParameter(parameter);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binders) throws Exception {
        Class<?> type = parameter.getParameterType();
        if (mav != null && binders != null && type.isRecord()) {
            String name = ModelFactory.getNameForParameter(parameter);
            Plan plan = plans.computeIfAbsent(type, Plan::of).orElse(null);
            if (plan != null && !mav.containsAttribute(name) && !namedByRequest(name, request)) {
                ServletRequest servletRequest = request.getNativeRequest(ServletRequest.class);
                WebDataBinder converter = binders.createBinder(request, null, name);
                Object built = plan.build(new ValueReader(converter).valuesOf(servletRequest), converter);
                if (built != null) {
                    mav.addAttribute(name, built);
                }
            }
        }
        return spring.resolveArgument(parameter, mav, request, binders);
    }

    /** Spring first tries to convert a path variable or parameter named like the attribute itself: left to it. */
    private static boolean namedByRequest(String name, NativeWebRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return (variables instanceof Map<?, ?> map && map.containsKey(name)) || StringUtils.hasText(request.getParameter(name));
    }

    /** A record's canonical constructor with each component's request name, type and description, found once. */
    record Plan(Constructor<?> constructor, String[] names, Class<?>[] types, TypeDescriptor[] descriptors,
                boolean[] optional) {

        static Optional<Plan> of(Class<?> type) {
            if (!type.isRecord()) {
                return Optional.empty();
            }
            Constructor<?> constructor = BeanUtils.getResolvableConstructor(type);
            String[] names = BeanUtils.getParameterNames(constructor);
            Class<?>[] types = constructor.getParameterTypes();
            TypeDescriptor[] descriptors = new TypeDescriptor[types.length];
            boolean[] optional = new boolean[types.length];
            BindParamNameResolver bindParams = new BindParamNameResolver();
            for (int i = 0; i < types.length; i++) {
                if (!plain(types[i])) {
                    return Optional.empty();
                }
                MethodParameter parameter = MethodParameter.forFieldAwareConstructor(constructor, i, names[i]);
                String bound = bindParams.resolveName(parameter);
                if (bound != null) {
                    names[i] = bound;
                }
                descriptors[i] = new TypeDescriptor(parameter);
                optional[i] = parameter.isOptional();
            }
            return Optional.of(new Plan(constructor, names, types, descriptors, optional));
        }

        /** A value Spring binds from one request value: not a collection, map, array, Optional, file or nested object. */
        private static boolean plain(Class<?> type) {
            if (type.isArray() || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
                    || type == Optional.class) {
                return false;
            }
            return BeanUtils.isSimpleValueType(type) || type.getPackageName().startsWith("java.");
        }

        /** The record, or null where Spring's own path must decide (a value that does not convert, a refusal). */
        Object build(DataBinder.ValueResolver values, TypeConverter converter) {
            Object[] args = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                Object value = values.resolveValue(names[i], types[i]);
                if (value == null && optional[i]) {
                    continue;
                }
                try {
                    args[i] = converter.convertIfNecessary(value, types[i], descriptors[i]);
                } catch (TypeMismatchException | IllegalArgumentException notConverted) {
                    return null;
                }
            }
            try {
                return BeanUtils.instantiateClass(constructor, args);
            } catch (BeanInstantiationException refused) {
                return null;
            }
        }
    }

    /** Spring's value resolver of a request (parameters, then path variables and headers), as its binder reads them. */
    static final class ValueReader extends ExtendedServletRequestDataBinder {

        ValueReader(WebDataBinder like) {
            super(null);
            setFieldMarkerPrefix(like.getFieldMarkerPrefix());
            setFieldDefaultPrefix(like.getFieldDefaultPrefix());
        }

        DataBinder.ValueResolver valuesOf(ServletRequest request) {
            return createValueResolver(request);
        }
    }
}
