package org.policygraph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.policygraph.cli.PolicyGraphCommand;

import picocli.CommandLine;

/** Runs the jar's commands from tests: in this JVM with captured output, or in a JVM of their own. */
public final class Commands {

    private Commands() {
    }

    /** What a command printed and returned. */
    public record Run(int exitCode, String out, String err) {
    }

    /** The command line run in this JVM, standard output and error captured. */
    public static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exitCode = new CommandLine(new PolicyGraphCommand()).execute(args);
            return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    /**
     * The command in its own JVM, as a user would run it, on the embedded store in {@code dataDir}; standard
     * error is merged into standard output.
     */
    public static Process start(Path dataDir, String... args) throws IOException {
        var environment = Map.of("POLICYGRAPH_DATA_DIR", dataDir.toString(), "POLICYGRAPH_BOLT_PORT", "0");
        return ApplicationProcess.builder(environment, args).redirectErrorStream(true).start();
    }
}
