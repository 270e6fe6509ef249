package org.policygraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The application in a JVM of its own, started the way a user starts it, for tests that kill it or take its
 * database away. The caller chooses where the output goes and starts the process.
 */
public final class ApplicationProcess {

    private ApplicationProcess() {
    }

    /** {@code PolicyGraphApplication args} with {@code environment} added, and no NEO4J_URI unless given there. */
    public static ProcessBuilder builder(Map<String, String> environment, String... args) {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "java.base/java.nio=ALL-UNNAMED", "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens", "java.base/java.io=ALL-UNNAMED", "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), PolicyGraphApplication.class.getName()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command);
        builder.environment().remove("NEO4J_URI");
        builder.environment().putAll(environment);
        return builder;
    }
}
