package cn.congress.web.support;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * C39 (PIPL 6, minimal data): the forms anyone may send without an account ask for nothing beyond what the matter
 * needs; name and contact are optional and kept only with consent, and no form asks for an ID-card number. A new field
 * on one of these forms must be added here on purpose.
 */
class PublicFormFieldsTest {

    @Test
    void theAnonymousFormsAskOnlyForWhatTheyNeed() throws Exception {
        assertThat(fields("cn.congress.web.legislation.consultation.PublicCommentForm")).containsExactly(
                "articleNo", "body", "name", "contact", "consent", "website", "startedAt", "captcha", "phone", "code",
                // the "send me a code" button of the real-name mode, bound with the form rather than as a validated parameter
                "sendCode");
        assertThat(fields("cn.congress.web.livelihood.LivelihoodForms$ResidentForm")).containsExactly(
                "programmeId", "title", "description", "area", "budgetWan", "name", "phone", "consent", "website", "captcha");
        assertThat(fields("cn.congress.web.oversight.OversightForms$PublicProposalForm")).containsExactly(
                "year", "name", "contact", "title", "reason");
    }

    /** A record form's components, or a bean form's instance fields, in declaration order. */
    private static String[] fields(String form) throws ClassNotFoundException {
        Class<?> type = Class.forName(form);
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new);
        }
        return Arrays.stream(type.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.isSynthetic())
                .map(Field::getName).toArray(String[]::new);
    }
}
