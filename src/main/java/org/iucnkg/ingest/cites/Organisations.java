package org.iucnkg.ingest.cites;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.iucnkg.ingest.ParseContext;
import org.iucnkg.ingest.resolve.EntityResolver;
import org.iucnkg.ingest.resolve.EntityResolver.OrgName;

/** Organisations named in the document, resolved through the ingest's resolver (which mints unknown ones). */
final class Organisations {
    private static final Pattern ACRONYM_SUFFIX = Pattern.compile("^(.+?)\\s*\\((\\p{Lu}[\\p{Lu}\\d-]+)\\)$");

    private final ParseContext ctx;

    Organisations(ParseContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The organisation a name as written stands for ("International Criminal Police Organization
     * (INTERPOL)"); empty, with a warning saying what {@code role} it had, if the text is not a name.
     */
    Optional<Resource> named(String name, String role) {
        EntityResolver resolver = ctx.resolver();
        Optional<Resource> known = resolver.knownOrganisation(ctx.model(), name);
        if (known.isPresent()) return known;
        if (!resolver.isOrganisationName(name)) {
            ctx.unplaced(ctx.sourceDocument(), role + ", not an organisation's name", name);
            return Optional.empty();
        }
        Matcher withAcronym = ACRONYM_SUFFIX.matcher(name);
        OrgName listed = withAcronym.matches()
                ? new OrgName(withAcronym.group(1), withAcronym.group(2), null, null) : OrgName.named(name);
        return Optional.of(resolver.organisation(ctx.model(), listed));
    }

    /** The organisations a text names, each once, in text order. */
    Set<Resource> in(String text) {
        Set<Resource> found = new LinkedHashSet<>();
        List<EntityResolver.Mention> mentions = ctx.resolver().organisationsIn(ctx.model(), text);
        mentions.forEach(m -> found.add(m.resource()));
        return found;
    }

    /** The key an organisation's IRI ends with ({@code id/org/unodc} → {@code unodc}). */
    static String keyOf(Resource organisation) {
        String uri = organisation.getURI();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
