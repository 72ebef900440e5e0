package cn.congress.web.config;

import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;

import java.util.ArrayList;
import java.util.List;

/** Spring's handler adapter with its model attribute resolvers put behind {@link RecordAttributes}. */
final class RecordAttributeHandlerAdapter extends RequestMappingHandlerAdapter {

    @Override
    public void afterPropertiesSet() {
        super.afterPropertiesSet();
        List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>(getArgumentResolvers());
        resolvers.replaceAll(r -> r instanceof ServletModelAttributeMethodProcessor spring ? new RecordAttributes(spring) : r);
        setArgumentResolvers(resolvers);
    }
}
