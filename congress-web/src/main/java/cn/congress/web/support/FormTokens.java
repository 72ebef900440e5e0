package cn.congress.web.support;

import org.springframework.stereotype.Component;

import java.util.UUID;

/** Issues the one-time tokens that {@link FormTokenInterceptor} checks; used by templates as {@code @formTokens.next()}. */
@Component("formTokens")
public class FormTokens {

    public String next() {
        return UUID.randomUUID().toString();
    }
}
