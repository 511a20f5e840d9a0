package fr.education.traam.kit.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks a controller method's {@code @PreAuthorize} before Spring MVC reads and validates the request body: method
 * security alone runs after binding, so a TEACHER posting an invalid candidature learnt its field errors instead of
 * being told they may not act. Our expressions name roles only ({@code hasRole}, {@code hasAnyRole}); method security
 * still runs after, and stays the authority.
 */
class RolesBeforeBinding implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager preAuthorize = new PreAuthorizeAuthorizationManager();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        SimpleMethodInvocation invocation = new SimpleMethodInvocation(method.getBean(), method.getMethod());
        AuthorizationResult result = preAuthorize.authorize(() -> authentication, invocation);
        if (result != null && !result.isGranted()) {
            throw new AccessDeniedException("Your roles do not allow this action.");
        }
        return true;
    }
}
