package org.iucnkg.api;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.iucnkg.query.QueryCatalog;
import org.iucnkg.query.QueryFile;
import org.iucnkg.query.QueryRunner;
import org.iucnkg.search.TextIndexing;
import org.iucnkg.store.KgStore;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Serves every route of {@link Routes}, the parts of details included, with its queries: GET (and HEAD)
 * on the path, one handler per route.
 */
@Component
class RouteRegistration implements InitializingBean, DisposableBean {
    private static final Method LIST = ReflectionUtils.findMethod(ListEndpoint.class, "get",
            Map.class, MultiValueMap.class, String.class, HttpServletRequest.class, WebRequest.class);
    private static final Method DETAIL = ReflectionUtils.findMethod(DetailEndpoint.class, "get",
            Map.class, MultiValueMap.class, String.class, HttpServletRequest.class, WebRequest.class);

    private final RequestMappingHandlerMapping mapping;
    private final QueryCatalog catalog;
    private final QueryRunner runner;
    private final KgStore store;
    private final ApiProperties properties;
    private final Map<Route, Consumer<Map<String, String>>> answeredAhead = new LinkedHashMap<>();
    /** Where the parts of a detail are computed side by side: a thread per core, the queries being CPU-bound. */
    private final ExecutorService detailParts = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
            AnswersAhead.daemonThreads("detail-parts-"));

    RouteRegistration(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping, QueryCatalog catalog,
            QueryRunner runner, KgStore store, ApiProperties properties) {
        this.mapping = mapping;
        this.catalog = catalog;
        this.runner = runner;
        this.store = store;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        for (Route route : Routes.served()) {
            RequestMappingInfo info = RequestMappingInfo.paths(route.path()).methods(RequestMethod.GET)
                    .options(mapping.getBuilderConfiguration()).build();
            if (route.isDetail()) {
                DetailEndpoint endpoint = new DetailEndpoint(route, described(route), catalog, runner, store, properties.partSize(), detailParts);
                mapping.registerMapping(info, endpoint, DETAIL);
                if (route.ahead() != null) answeredAhead.put(route, endpoint::answerAhead);
            } else {
                ListEndpoint endpoint = new ListEndpoint(activeQuery(route), pageSize(route),
                        route.isPart() ? described(route.partOf()) : null, runner, store);
                mapping.registerMapping(info, endpoint, LIST);
                if (route.ahead() != null) answeredAhead.put(route, endpoint::answerAhead);
            }
        }
    }

    @Override
    public void destroy() {
        detailParts.shutdownNow();
    }

    /** The routes answered ahead, each with what computes its answer for given arguments. */
    Map<Route, Consumer<Map<String, String>>> answeredAhead() {
        return answeredAhead;
    }

    /** The default page size of a list route: the part size for a part, else the query's own (0: not paged). */
    int pageSize(Route route) {
        return route.isPart() ? properties.partSize() : activeQuery(route).header().pageSize();
    }

    private Described described(Route detail) {
        return new Described(detail.noun(), catalog.get(detail.query()));
    }

    /** The route's query, or its fallback when the store has no text index (a remote store). */
    QueryFile activeQuery(Route route) {
        boolean indexed = store.local().map(TextIndexing::isIndexed).orElse(false);
        return catalog.get(route.withoutTextIndex() == null || indexed ? route.query() : route.withoutTextIndex());
    }
}
