package org.policygraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.policygraph.PolicyGraphApplication;
import org.springframework.boot.SpringApplication;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * The command line of the jar. Without a command it serves the API, Neo4j Browser and the graph; Spring
 * options such as {@code --server.port=9090} pass through.
 */
@Command(name = "policygraph", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {ExtractCommand.class, IngestCommand.class},
        description = "Serves the PolicyGraph API and Neo4j Browser (default), or runs a command.")
public class PolicyGraphCommand implements Callable<Integer> {

    @Unmatched
    private List<String> springArguments = new ArrayList<>();

    private boolean serving;

    /** Runs the command line and exits, unless it started the server. */
    public static void run(String[] args) {
        var command = new PolicyGraphCommand();
        int exitCode = new CommandLine(command).execute(args);
        // A server keeps running on its own threads; everything else ends here, also on failure, since
        // Neo4j's threads would otherwise keep a failed JVM alive.
        if (!command.serving) {
            System.exit(exitCode);
        }
    }

    @Override
    public Integer call() {
        try {
            var application = new SpringApplication(PolicyGraphApplication.class);
            application.addListeners(new HttpPortCheck());
            application.run(springArguments.toArray(String[]::new));
            serving = true;
            return 0;
        } catch (RuntimeException e) {
            return StartupFailure.report(e);
        }
    }
}
