package fr.education.traam.mail;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Renders a kind's pair of templates from the service's {@code templates/mail/}, in French. */
public class MailTemplates {

    public static final Locale FRENCH = Locale.FRANCE;
    private static final String LOCATION = "templates/mail/";

    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");

    public Rendered render(MailRequest request) {
        Context context = new Context(FRENCH, request.model());
        return new Rendered(text.process(request.kind(), context), html.process(request.kind(), context));
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(LOCATION);
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    public record Rendered(String text, String html) {
    }
}
