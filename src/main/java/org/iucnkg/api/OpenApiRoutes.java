package org.iucnkg.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.iucnkg.query.ParamType;
import org.iucnkg.query.QueryCatalog;
import org.iucnkg.query.QueryFile;
import org.iucnkg.query.QueryParam;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI description of the read routes, made from the route table and the query headers: each
 * operation has the query's summary, its description followed by the SPARQL it runs, and one parameter
 * per query parameter with its type, allowed values and example. The parts of a detail are operations of
 * their own, paged like the lists.
 */
@Component
class OpenApiRoutes implements OpenApiCustomizer {
    private static final String PARTS_NOTE = "Each part (a list field) holds its first page only. `" + PartPages.FIELD + "` says, for each"
            + " part, how many rows it has in all (`total`), the page size, the number of pages, the part's own paged list"
            + " (`href`, the detail's path followed by the part's name) and, when there are more rows, the next page (`next`);"
            + " a part grouped by a column has these per group, under `groups`.";

    private final QueryCatalog catalog;
    private final RouteRegistration routes;

    OpenApiRoutes(QueryCatalog catalog, RouteRegistration routes) {
        this.catalog = catalog;
        this.routes = routes;
    }

    @Override
    public void customise(OpenAPI api) {
        api.info(new Info().title("IUCN-KG REST API").version("1")
                .description("Common questions about conservation organisations, the resolutions they implement and what they did,"
                        + " each answered by one SPARQL query over the knowledge graph. Lists are paged (page, size; Link and"
                        + " X-Total-Count headers) and come as JSON or CSV (Accept: text/csv or format=csv). Errors are"
                        + " application/problem+json. Every answer has an ETag that changes when the graph does."));
        if (api.getComponents() == null) api.setComponents(new Components());
        api.getComponents().addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
        for (Route route : Routes.served()) {
            PathItem documented = api.getPaths() == null ? null : api.getPaths().get(route.path()); // e.g. POST /api/sources
            api.path(route.path(), (documented == null ? new PathItem() : documented).get(operation(route)));
        }
    }

    private Operation operation(Route route) {
        QueryFile main = route.isDetail() ? catalog.get(route.query()) : routes.activeQuery(route);
        Operation operation = new Operation().operationId(main.name()).summary(main.header().summary())
                .description(description(route, main)).tags(main.header().tags().isEmpty() ? null : main.header().tags().subList(0, 1));
        List<String> pathVariables = route.pathVariables();
        for (QueryParam param : main.params()) operation.addParametersItem(parameter(param, pathVariables.contains(param.name())));
        int pageSize = route.isDetail() ? 0 : routes.pageSize(route);
        if (pageSize > 0) {
            operation.addParametersItem(new Parameter().in("query").name(PageLinks.PAGE).description("Page number, from 1")
                    .schema(new IntegerSchema()._default(1).minimum(BigDecimal.ONE)));
            operation.addParametersItem(new Parameter().in("query").name(PageLinks.SIZE).description("Rows per page, at most " + RequestArgs.MAX_PAGE_SIZE)
                    .schema(new IntegerSchema()._default(pageSize).minimum(BigDecimal.ONE)
                            .maximum(BigDecimal.valueOf(RequestArgs.MAX_PAGE_SIZE))));
        }
        List<Format> formats = route.isDetail() ? Format.OBJECT : Format.TABLE;
        operation.addParametersItem(new Parameter().in("query").name(Format.PARAMETER).description("Overrides Accept")
                .schema(new StringSchema()._enum(formats.stream().map(Format::parameterValue).toList())));
        return operation.responses(responses(route, formats));
    }

    private String description(Route route, QueryFile main) {
        StringBuilder text = new StringBuilder(main.header().description()).append("\n\n");
        if (route.isDetail()) text.append(PARTS_NOTE).append("\n\n");
        List<QueryFile> queries = new ArrayList<>(List.of(main));
        route.parts().forEach(part -> queries.add(catalog.get(part.query())));
        for (QueryFile query : queries) {
            if (queries.size() > 1) text.append("**").append(query == main ? "main" : fieldOf(route, query)).append("**: ")
                    .append(query.header().summary()).append("\n\n");
            text.append("```sparql\n").append(query.text().strip()).append("\n```\n\n");
        }
        return text.toString().strip();
    }

    private static String fieldOf(Route route, QueryFile query) {
        return route.parts().stream().filter(p -> p.query().equals(query.name())).map(Route.Part::field).findFirst().orElse(query.name());
    }

    private static Parameter parameter(QueryParam param, boolean inPath) {
        StringSchema schema = new StringSchema();
        if (param.type() == ParamType.ENUM) schema._enum(param.values());
        else if (param.lexical() != null) schema.pattern("^" + param.lexical().pattern() + "$");
        String type = param.type().headerName() + (param.namespace() != null ? " (key under id/" + param.namespace() + "/)" : "");
        return new Parameter().in(inPath ? "path" : "query").name(param.name()).required(inPath || param.required())
                .description((param.description() == null ? "" : param.description()) + " [" + type + "]")
                .example(param.example()).schema(schema);
    }

    private static ApiResponses responses(Route route, List<Format> formats) {
        Content ok = new Content();
        formats.forEach(format -> ok.addMediaType(format.mediaType().toString(), new MediaType().schema(format == Format.JSON ? new ObjectSchema() : new StringSchema())));
        Content problem = new Content().addMediaType("application/problem+json", new MediaType().schema(new ObjectSchema()));
        ApiResponses responses = new ApiResponses()
                .addApiResponse("200", new ApiResponse().description("The answer").content(ok))
                .addApiResponse("304", new ApiResponse().description("Not modified since the ETag given in If-None-Match"))
                .addApiResponse("400", new ApiResponse().description("A parameter is missing, unknown or not of its type").content(problem))
                .addApiResponse("406", new ApiResponse().description("None of the accepted types can be given").content(problem));
        Route described = route.isPart() ? route.partOf() : route;
        if (described.isDetail()) responses.addApiResponse("404", new ApiResponse().description("No such " + described.noun()).content(problem));
        return responses;
    }
}
