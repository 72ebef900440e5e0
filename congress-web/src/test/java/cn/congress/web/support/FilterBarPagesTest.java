package cn.congress.web.support;

import cn.congress.web.Logins;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A list filtered by its bar shows the query it was asked with, whatever kind of item carries it: request parameters
 * bound around the bar, enum, plain and record selects, dates, checkboxes and hidden parts of the query.
 */
@WebIntegrationTest
class FilterBarPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(Logins.as(users, username))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The option chosen in the select named {@code name}, or null when none is. */
    private static String chosen(String html, String name) {
        Matcher select = Pattern.compile("<select[^>]*name=\"" + name + "\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(html);
        assertThat(select.find()).as("select " + name).isTrue();
        Matcher option = Pattern.compile("<option value=\"([^\"]*)\"\\s+selected=\"selected\">([^<]*)<").matcher(select.group(1));
        return option.find() ? option.group(1) + "=" + option.group(2) : null;
    }

    private static String value(String html, String name) {
        Matcher input = Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
        assertThat(input.find()).as("input " + name).isTrue();
        return input.group(1);
    }

    @Test
    void theBarKeepsTheQueryOfRequestParameters() throws Exception {
        String sessions = page("/sessions?kind=STANDING_COMMITTEE&year=2026", "staff");
        assertThat(chosen(sessions, "kind")).startsWith("STANDING_COMMITTEE=");
        assertThat(chosen(sessions, "status")).isNull();
        assertThat(value(sessions, "year")).isEqualTo("2026");
        assertThat(sessions).contains("role=\"search\"").contains("<a class=\"btn btn-outline-secondary btn-sm\" href=\"/sessions\">重置</a>");

        String accounts = page("/admin/users?enabled=false&role=DEPUTY&q=li", "admin");
        assertThat(chosen(accounts, "enabled")).isEqualTo("false=停用");
        assertThat(chosen(accounts, "role")).isEqualTo("DEPUTY=人大代表");
        assertThat(value(accounts, "q")).isEqualTo("li");
    }

    @Test
    void theBarKeepsPlainValuesChecksAndTheHiddenPartOfTheQuery() throws Exception {
        String opinions = page("/stations/opinions?station=5&status=TRANSFERRED&quarter=2&overdue=true&answered=true", "staff");
        assertThat(chosen(opinions, "quarter")).isEqualTo("2=第2季度");
        assertThat(chosen(opinions, "status")).startsWith("TRANSFERRED=");
        assertThat(opinions).containsPattern("name=\"overdue\" value=\"true\" checked=\"checked\"");
        assertThat(value(opinions, "station")).isEqualTo("5");
        assertThat(value(opinions, "answered")).isEqualTo("true");
        assertThat(page("/stations/opinions", "staff")).doesNotContain("name=\"answered\"").doesNotContain("name=\"station\"");

        String audit = page("/admin/audit?from=2026-01-01&to=2026-02-01&targetType=OrgUnit", "auditor");
        assertThat(value(audit, "from")).isEqualTo("2026-01-01");
        assertThat(audit).containsPattern("type=\"date\"");
        assertThat(chosen(audit, "targetType")).startsWith("OrgUnit=").doesNotEndWith("=OrgUnit");
    }

    @Test
    void aPeriodPickerHasNoBlankAndSendsToThePageItIsOn() throws Exception {
        String categories = page("/fiscal/budget/categories", "staff");
        assertThat(categories).contains("action=\"/fiscal/budget/categories\"");
        assertThat(chosen(categories, "year")).endsWith("年度");
        assertThat(categories).doesNotContain(">重置</a>");
    }
}
