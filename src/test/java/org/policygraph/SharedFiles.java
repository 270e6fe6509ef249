package org.policygraph;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real newspaper page and its gold annotation lie beside the repository in {@code ../shared}; they are
 * never copied in. Tests that need them are skipped, with a message, where that folder is absent.
 */
public final class SharedFiles {

    public static final Path SHARED = Path.of("..", "shared");
    public static final Path PAGE = SHARED.resolve("corpus/kexuedaobao-shanxi-2024-05.md");
    public static final Path GOLD = SHARED.resolve("eval/kexuedaobao-shanxi-2024-05.gold.json");
    public static final Path SCORER = SHARED.resolve("eval/score.py");

    private SharedFiles() {
    }

    public static Path page() {
        assumeTrue(Files.isRegularFile(PAGE), "skipped: the real page " + PAGE.toAbsolutePath()
                + " is absent (it lies beside the clone in CI)");
        return PAGE;
    }
}
