package org.policygraph.explore;

import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the browser tests. They run only where it is installed:
 * {@code @EnabledIf(value = Chromium.INSTALLED, disabledReason = Chromium.MISSING)}; CI installs it.
 */
final class Chromium {

    static final String INSTALLED = "org.policygraph.explore.Chromium#installed";
    static final String MISSING = "browser tests need Debian's chromium and chromium-driver "
            + "(/usr/bin/chromium, /usr/bin/chromedriver): apt-get install chromium chromium-driver";

    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    /** Starts a headless Chromium with a fresh profile in the given folder and a window of the given size. */
    static ChromeDriver start(Path profile, int width, int height) {
        // Naming the driver and the browser keeps Selenium Manager from looking for (or downloading) either.
        var driver = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        // No sandbox because CI runs as root. The network flags keep Chromium itself from calling out, and the
        // resolver rule keeps pages on localhost: Neo4j Browser would otherwise fetch web fonts and analytics.
        var options = new ChromeOptions().setBinary(BINARY.toFile()).addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=zh-CN");
        return new ChromeDriver(driver, options);
    }
}
