package cn.congress.web.security;

import cn.congress.domain.account.LoginLocks;
import cn.congress.web.security.guard.Captcha;
import cn.congress.domain.audit.AuditLog;
import cn.congress.domain.rules.Rules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import java.time.Clock;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.DelegatingMissingAuthorityAccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

import static cn.congress.domain.account.Role.ADMIN;
import static cn.congress.domain.account.Role.APPOINTMENT_ADMIN;
import static cn.congress.domain.account.Role.AUDITOR;
import static cn.congress.domain.account.Role.CONTACT_POINT;
import static cn.congress.domain.account.Role.DEPUTY;
import static cn.congress.domain.account.Role.MEMBER;
import static cn.congress.domain.account.Role.SECURITY_ADMIN;
import static cn.congress.domain.account.Role.STAFF;
import static cn.congress.domain.account.Role.STATION_MANAGER;
import static cn.congress.domain.account.Role.UNIT;

/**
 * URL rules by role. Administrators (三员) reach only their own pages and no business page; object-level checks
 * (a deputy's own drafts, a unit's own assignments) are made again in the services.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /** Every live session by account, so that a change to the account can end them (see {@code AccountSessions}). */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when the container destroys a session. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * Every URL rule built by the DSL ({@code hasRole}, {@code authenticated}) also asks for the second factor where
     * it is due ({@link SecondFactor}); {@code permitAll}, {@code denyAll} and {@code access(...)} are left as written.
     */
    @Bean
    AuthorizationManagerFactory<RequestAuthorizationContext> authorizationManagerFactory() {
        DefaultAuthorizationManagerFactory<RequestAuthorizationContext> factory = new DefaultAuthorizationManagerFactory<>();
        factory.setAdditionalAuthorization(SecondFactor.whereDue());
        return factory;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginFailureHandler failureHandler, LoginSuccessHandler successHandler,
                                            AuditingAccessDeniedHandler accessDeniedHandler, LogoutAuditHandler logoutAuditHandler,
                                            SessionRegistry sessionRegistry, LoginThrottle throttle, LoginLocks locks, Captcha captcha,
                                            AuditLog auditLog, Rules rules, Clock clock,
                                            @Value("${server.servlet.session.cookie.name:CONGRESS_SESSION}") String sessionCookie) throws Exception {
        String[] business = {STAFF.name(), MEMBER.name(), DEPUTY.name(), UNIT.name(), APPOINTMENT_ADMIN.name()};
        http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PublicPaths.PATTERNS).permitAll()
                        // the two steps of the second factor, reachable with the password alone
                        .requestMatchers(MfaLoginController.PATH).access(AuthenticatedAuthorizationManager.authenticated())
                        .requestMatchers(SecondFactor.ENROL_PATH, SecondFactor.ENROL_PATH + "/qr.svg").access(SecondFactor.enrolment())
                        .requestMatchers("/admin/users/**", "/admin/orgs/**", "/admin/rules/**", "/admin/syslog/**").hasRole(ADMIN.name())
                        .requestMatchers("/admin/roles/**").hasRole(SECURITY_ADMIN.name())
                        .requestMatchers("/admin/requests/**").hasAnyRole(ADMIN.name(), SECURITY_ADMIN.name())
                        .requestMatchers("/admin/audit/**").hasRole(AUDITOR.name())
                        .requestMatchers("/admin/**").denyAll()
                        .requestMatchers("/", "/account/**", "/notifications/**").authenticated()
                        .requestMatchers("/appointments/**").hasAnyRole(STAFF.name(), APPOINTMENT_ADMIN.name(), MEMBER.name())
                        .requestMatchers("/reports/**").hasAnyRole(STAFF.name(), MEMBER.name())
                        .requestMatchers("/drafts/**").hasAnyRole(STAFF.name(), MEMBER.name(), DEPUTY.name(), CONTACT_POINT.name())
                        .requestMatchers("/stations/**", "/service-cases/**").hasAnyRole(STAFF.name(), MEMBER.name(), DEPUTY.name(),
                                UNIT.name(), STATION_MANAGER.name())
                        // the roster is the staff's; a deputy sees their own entry (formerly @PreAuthorize on RosterController)
                        .requestMatchers("/deputies/activities", "/deputies/activities/**").hasAnyRole(STAFF.name(), MEMBER.name(), DEPUTY.name())
                        .requestMatchers("/deputies/*/report.docx").hasAnyRole(STAFF.name(), DEPUTY.name())
                        .requestMatchers("/deputies/me").hasRole(DEPUTY.name())
                        .requestMatchers("/deputies/**").hasRole(STAFF.name())
                        .requestMatchers("/sessions/**", "/legislation/**", "/oversight/**", "/deputies/**", "/suggestions/**",
                                "/livelihood/**", "/fiscal/**").hasAnyRole(business)
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(successHandler)
                        .failureHandler(failureHandler)
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .addLogoutHandler(logoutAuditHandler)
                        // C37: the browser drops its cache, cookies and storage of the site (sent over HTTPS only)
                        .addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(
                                ClearSiteDataHeaderWriter.Directive.CACHE, ClearSiteDataHeaderWriter.Directive.COOKIES,
                                ClearSiteDataHeaderWriter.Directive.STORAGE)))
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies(sessionCookie)
                        .invalidateHttpSession(true))
                .sessionManagement(session -> session
                        .invalidSessionUrl("/login?expired")
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredUrl("/login?expired"))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(maskedTokens()))
                .exceptionHandling(ex -> ex.accessDeniedHandler(missingFactor(accessDeniedHandler)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .addFilterBefore(new LoginThrottleFilter(throttle, locks, captcha, auditLog), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SessionLifetimeFilter(rules, clock), SecurityContextHolderFilter.class)
                .addFilterAfter(new PasswordChangeRequiredFilter(), AuthorizationFilter.class);
        return http.build();
    }

    /** The default masked (BREACH-safe) CSRF token, drawing its mask without the JDK's global random lock. */
    private static XorCsrfTokenRequestAttributeHandler maskedTokens() {
        XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
        handler.setSecureRandom(new PerThreadSecureRandom());
        return handler;
    }

    /**
     * No observation of the filter chain, authentications or authorisations: nothing reads those metrics (only the
     * health endpoint is exposed), and wrapping each of the chain's filters in an observation cost a few per cent of
     * every page.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** A login without its second factor goes to the code form (or to enrolment); any other denial is a 403. */
    private static AccessDeniedHandler missingFactor(AccessDeniedHandler otherwise) {
        DelegatingMissingAuthorityAccessDeniedHandler handler = DelegatingMissingAuthorityAccessDeniedHandler.builder()
                .addEntryPointFor(SecondFactor.ENTRY_POINT, SecondFactor.AUTHORITY)
                .build();
        handler.setDefaultAccessDeniedHandler(otherwise);
        return handler;
    }
}
