package org.policygraph.cli;

import org.springframework.boot.web.server.PortInUseException;

/**
 * Turns a failed start into one line a user can act on. Known causes (a port or the data folder in use)
 * name the setting that fixes them; anything else prints its cause chain for a bug report.
 */
final class StartupFailure {

    static final int EXIT_CODE = 1;

    private StartupFailure() {
    }

    static int report(Throwable failure) {
        System.err.println("policygraph: cannot start: " + explain(failure));
        if (knownCause(failure) == null) {
            failure.printStackTrace();
        }
        return EXIT_CODE;
    }

    private static String explain(Throwable failure) {
        String known = knownCause(failure);
        if (known != null) {
            return known;
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    private static String knownCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.policygraph.embedded.PortInUseException) {
                return cause.getMessage();
            }
            if (cause instanceof PortInUseException portInUse) {
                return "port %d is already in use; stop what holds it or set PORT (or --server.port) to another port"
                        .formatted(portInUse.getPort());
            }
            String message = String.valueOf(cause.getMessage());
            if (message.contains("store_lock") || message.contains("locked by another process")) {
                return "the data folder is in use by another PolicyGraph or Neo4j process; stop it, "
                        + "or set POLICYGRAPH_DATA_DIR to another folder";
            }
        }
        return null;
    }
}
