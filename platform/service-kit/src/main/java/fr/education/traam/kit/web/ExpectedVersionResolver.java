package fr.education.traam.kit.web;

import fr.education.traam.kit.domain.ExpectedVersion;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.Arrays;
import java.util.List;

/** Lets an update handler take the {@link ExpectedVersion} its request's {@code If-Match} names. */
public class ExpectedVersionResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return ExpectedVersion.class.equals(parameter.getParameterType());
    }

    @Override
    public ExpectedVersion resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                           NativeWebRequest request, WebDataBinderFactory binderFactory) {
        String[] values = request.getHeaderValues(IfMatch.HEADER);
        return IfMatch.parse(values == null ? List.of() : Arrays.asList(values));
    }
}
