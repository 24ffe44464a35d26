package org.iucnkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.iucnkg.store.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", description = "Runs a SPARQL query from a file against the store (the default graph is the union of all graphs).")
final class QueryCommand implements Callable<Integer> {
    private final Console console;

    /** How SELECT and ASK results are printed; CONSTRUCT and DESCRIBE always print Turtle. */
    enum Format {
        text(null), csv(ResultSetLang.RS_CSV), tsv(ResultSetLang.RS_TSV), json(ResultSetLang.RS_JSON);

        final Lang lang;

        Format(Lang lang) { this.lang = lang; }
    }

    @Parameters(paramLabel = "FILE.rq", description = "The SPARQL query.")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin StoreOption store;
    @Mixin CommonOptions common;

    QueryCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Query query = read();
        try (TdbStore opened = store.openExisting(); RDFLink link = opened.link()) {
            Txn.executeRead(link, () -> {
                try (QueryExec exec = link.query(query)) {
                    print(query, exec);
                }
            });
        }
        return KgCli.OK;
    }

    private Query read() {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw FileProblems.unreadable(file, e);
        }
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new CliFailure(KgCli.INVALID, file + " is not a valid SPARQL query: " + e.getMessage().replace('\n', ' '));
        }
    }

    private void print(Query query, QueryExec exec) {
        if (query.isSelectType()) {
            ResultSet results = ResultSet.adapt(exec.select());
            if (format.lang == null) ResultSetFormatter.out(console.out(), results, query.getPrologue());
            else ResultSetMgr.write(console.out(), results, format.lang);
        } else if (query.isAskType()) {
            boolean answer = exec.ask();
            if (format.lang == null) console.out().println(answer ? "yes" : "no");
            else ResultSetMgr.write(console.out(), answer, format.lang);
        } else {
            var graph = query.isConstructType() ? exec.construct() : exec.describe();
            graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
            RdfOutput.write(console.out(), graph, RDFFormat.TURTLE_PRETTY);
        }
    }
}
