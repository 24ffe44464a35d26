package org.iucnkg.web;

import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Adds the key facts of a resolution or an organisation to its linked-data HTML page ({@code /id/...}),
 * which shows them above the generic table of statements. Long parts are shown a page at a time
 * ({@link PartPages}), as many rows as a REST detail embeds.
 */
class EntityFactsInterceptor implements HandlerInterceptor {
    private static final String INSTRUMENT = "/id/instrument/";
    private static final String ORGANISATION = "/id/org/";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+");

    private final ResolutionFacts resolutions;
    private final OrganisationFacts organisations;
    private final int partSize;

    EntityFactsInterceptor(ResolutionFacts resolutions, OrganisationFacts organisations, int partSize) {
        this.resolutions = resolutions;
        this.organisations = organisations;
        this.partSize = partSize;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || !"entity".equals(view.getViewName())) return;
        String path = request.getRequestURI().substring(request.getContextPath().length()).replaceFirst("\\.html$", "");
        PartPages pages = new PartPages(request.getParameterMap(), partSize);
        key(path, INSTRUMENT).flatMap(key -> resolutions.of(key, pages)).ifPresent(facts -> view.addObject("resolution", facts));
        key(path, ORGANISATION).flatMap(key -> organisations.of(key, pages)).ifPresent(facts -> view.addObject("organisation", facts));
    }

    /** The key after the prefix when it is a plain key (not a paragraph of an instrument, nothing encoded). */
    private static Optional<String> key(String path, String prefix) {
        if (!path.startsWith(prefix)) return Optional.empty();
        String key = path.substring(prefix.length());
        return KEY.matcher(key).matches() ? Optional.of(key) : Optional.empty();
    }
}
