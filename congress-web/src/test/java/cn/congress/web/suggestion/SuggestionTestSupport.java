package cn.congress.web.suggestion;

import cn.congress.web.Logins;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Drives the suggestion pages as the demo accounts do. */
final class SuggestionTestSupport {

    private final MockMvc mvc;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;

    SuggestionTestSupport(MockMvc mvc, UserDetailsService users, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.users = users;
        this.jdbc = jdbc;
    }

    MvcResult post(String user, String path, String... params) throws Exception {
        MockHttpServletRequestBuilder req = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(Logins.as(users, user)).with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            req.param(params[i], params[i + 1]);
        }
        return mvc.perform(req).andReturn();
    }

    MvcResult get(String user, String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).with(Logins.as(users, user))).andReturn();
    }

    String page(String user, String path) throws Exception {
        MvcResult r = get(user, path);
        assertThat(r.getResponse().getStatus()).as(path + " as " + user).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    /** Files and (optionally) submits a suggestion through the form; returns its id. */
    long file(String deputy, String title, boolean submit, String... extra) throws Exception {
        String[] params = new String[6 + extra.length];
        params[0] = "title";
        params[1] = title;
        params[2] = "content";
        params[3] = "测试内容：" + title;
        params[4] = "category";
        params[5] = "URBAN";
        System.arraycopy(extra, 0, params, 6, extra.length);
        MvcResult r = post(deputy, "/suggestions/new", withToken(params));
        String target = r.getResponse().getRedirectedUrl();
        assertThat(target).as("filing redirects to the new suggestion").matches("/suggestions/\\d+");
        long id = Long.parseLong(target.substring("/suggestions/".length()));
        if (submit) {
            post(deputy, "/suggestions/" + id + "/submit");
            assertThat(status(id)).isEqualTo("SUBMITTED");
        }
        return id;
    }

    static String[] withToken(String... params) {
        String[] all = new String[params.length + 2];
        System.arraycopy(params, 0, all, 0, params.length);
        all[params.length] = "_formToken";
        all[params.length + 1] = UUID.randomUUID().toString();
        return all;
    }

    /** Accepts and assigns to the unit of {@code unitUser}. */
    void acceptAndAssign(long id, String unitUser) throws Exception {
        post("staff2", "/suggestions/" + id + "/accept");
        assertThat(status(id)).isEqualTo("REGISTERED");
        post("staff2", "/suggestions/" + id + "/assign", "version", String.valueOf(version(id)), "leadUnitId", String.valueOf(orgOf(unitUser)),
                "months", "3");
        assertThat(status(id)).isEqualTo("ASSIGNED");
    }

    String status(long id) {
        return jdbc.queryForObject("select status from suggestion where id = ?", String.class, id);
    }

    long version(long id) {
        return jdbc.queryForObject("select version from suggestion where id = ?", Long.class, id);
    }

    long orgOf(String username) {
        return jdbc.queryForObject("select org_unit_id from user_account where username = ?", Long.class, username);
    }

    long deputyIdOf(String username) {
        return jdbc.queryForObject("select d.id from deputy d join user_account u on u.id = d.user_account_id where u.username = ?", Long.class, username);
    }

    static String flashError(MvcResult r) {
        Object e = r.getFlashMap().get("error");
        return e == null ? null : e.toString();
    }
}
