package org.iucnkg.sparql;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.ActionProcessor;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.iucnkg.validate.ValidationReport;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A Fuseki write operation (SPARQL Update or Graph Store) whose refusal by the {@link WriteGate} is
 * answered with 422 and the report: in plain words, or as the {@code sh:ValidationReport} when the
 * client asks for RDF.
 */
final class GatedWrites implements ActionProcessor {
    private static final MediaType PLAIN = MediaType.create(WebContent.contentTypeTextPlain);
    private static final AcceptList OFFER = AcceptList.create(WebContent.contentTypeTextPlain, WebContent.contentTypeTurtle,
            WebContent.contentTypeJSONLD, WebContent.contentTypeRDFXML, WebContent.contentTypeNTriples);

    private final ActionProcessor operation;

    GatedWrites(ActionProcessor operation) {
        this.operation = operation;
    }

    @Override
    public void process(HttpAction action) {
        GatedDataset.takeRefusal();
        try {
            operation.process(action);
        } catch (ActionErrorException e) {
            if (!answerRefusal(action)) throw e;
            return;
        }
        // A Graph Store DELETE swallows a failed commit and answers 204: that answer is replaced.
        answerRefusal(action);
    }

    private static boolean answerRefusal(HttpAction action) {
        Optional<ValidationReport> refusal = GatedDataset.takeRefusal();
        refusal.ifPresent(report -> send(action, report));
        return refusal.isPresent();
    }

    private static void send(HttpAction action, ValidationReport report) {
        HttpServletResponse response = action.getResponse();
        response.reset();
        MediaType type = ActionLib.contentNegotation(action, OFFER, PLAIN);
        boolean plain = PLAIN.getContentTypeStr().equals(type.getContentTypeStr()); // Jena would read text/plain as N-Triples
        Lang lang = plain ? null : RDFLanguages.contentTypeToLang(type.getContentTypeStr());
        response.setStatus(422);
        response.setContentType(type.getContentTypeStr());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (OutputStream out = response.getOutputStream()) {
            if (lang == null)
                out.write(WriteRefusedException.explain(report).getBytes(StandardCharsets.UTF_8));
            else
                RDFDataMgr.write(out, report.report(), lang);
        } catch (IOException e) {
            action.log.warn("[{}] could not send the refusal: {}", action.id, e.getMessage());
        }
    }
}
