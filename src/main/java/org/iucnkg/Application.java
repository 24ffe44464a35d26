package org.iucnkg;

import java.util.Set;

import org.iucnkg.cli.KgCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** One jar: with a CLI command as first argument it runs that command, otherwise it serves the graph. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    private static final Set<String> COMMANDS = Set.of("ingest", "validate", "parse", "export", "query", "help", "--help", "-h");

    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            System.exit(KgCli.run(args));
        }
        SpringApplication.run(Application.class, args);
    }
}
