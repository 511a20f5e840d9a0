package fr.education.traam.gateway.login;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.InMemoryWebSessionStore;
import org.springframework.web.server.session.WebSessionManager;

/**
 * The server-side sessions of logged-in browsers, in this gateway's memory (ADR 35: several gateway instances will
 * need a shared store or sticky sessions, issue 14). A session is only created for a login; a public page leaves no
 * cookie. The cookie carries nothing but the session's id.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySessions {

    /** Named by the contract between the gateway and the web module (issue 13). */
    static final String COOKIE_NAME = "TRAAM_SESSION";

    @Bean(WebHttpHandlerBuilder.WEB_SESSION_MANAGER_BEAN_NAME)
    WebSessionManager webSessionManager(LoginProperties login) {
        LoginProperties.Session settings = login.session();
        CookieWebSessionIdResolver cookies = new CookieWebSessionIdResolver();
        cookies.setCookieName(COOKIE_NAME);
        // Lax: a cross-site POST carries no session, so it can never act as the person, at the gateway or at web.
        cookies.addCookieInitializer(cookie -> cookie.httpOnly(true).sameSite("Lax").secure(settings.secureCookie())
                .path("/"));
        InMemoryWebSessionStore store = new InMemoryWebSessionStore();
        // A new session is one that has not logged in yet; a login gives it the idle timeout (BrowserSecurity).
        store.setDefaultMaxIdleTime(settings.loginTimeout());
        store.setMaxSessions(settings.maxSessions());
        DefaultWebSessionManager sessions = new DefaultWebSessionManager();
        sessions.setSessionIdResolver(cookies);
        sessions.setSessionStore(store);
        return sessions;
    }
}
