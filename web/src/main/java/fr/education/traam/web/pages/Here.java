package fr.education.traam.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where the visitor is, for the menu ({@code ${@here.section()}}), which marks its current section with
 * {@code aria-current="page"}: a bean, so that the error pages' menu reads it too.
 */
@Component("here")
public class Here {

    /** The menu's section of the page asked for: {@code campagnes} (the home page too), {@code academies}, {@code catalogue}, {@code lettres}, or none. */
    public String section() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return "";
        }
        HttpServletRequest request = attributes.getRequest();
        Object forwarded = request.getAttribute("jakarta.servlet.error.request_uri");
        String path = forwarded instanceof String original ? original : request.getRequestURI();
        if (path.equals("/") || under(path, "/campagnes")) {
            return "campagnes";
        }
        for (String section : new String[]{"academies", "catalogue", "lettres"}) {
            if (under(path, "/" + section)) {
                return section;
            }
        }
        return "";
    }

    private static boolean under(String path, String section) {
        return path.equals(section) || path.startsWith(section + "/");
    }
}
