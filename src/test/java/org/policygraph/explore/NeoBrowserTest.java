package org.policygraph.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfNestedElementLocatedBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policygraph.EmbeddedGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * Neo4j Browser at {@code /browser/} in Debian's headless Chromium, against the application with the sample
 * articles: it opens connected, plays the application's guide, wears its style and draws Chinese names.
 * The addresses use {@code localhost}, the one host on the Browser's allowlist for guides and styles.
 */
@EnabledIf(value = Chromium.INSTALLED, disabledReason = Chromium.MISSING)
class NeoBrowserTest extends EmbeddedGraphTest {

    private static final Path SCREENSHOT = Path.of("target", "screenshots", "neo4j-browser.png");
    private static final Pattern NODE_COLOUR = Pattern.compile("node\\.(\\w+) \\{[^}]*?\n  color: (#\\w+);");

    private static final String JINCHENG = "place:140500";
    private static final String NEIGHBOURHOOD = "MATCH p=(:Place {id:'" + JINCHENG + "'})-[*1..2]-() RETURN p";

    @LocalServerPort
    int port;

    @Autowired
    Driver database;

    @TempDir
    Path profile;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openConnectedBrowser() {
        browser = Chromium.start(profile, 1440, 900);
        // Generous: the Browser is a large bundle, and CI runs this on two busy cores.
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
        browser.get(base() + "/browser/");
        // The sidebar's database icon wears "check" once the Browser holds a Bolt connection.
        wait.until(presenceOfElementLocated(By.cssSelector("[data-testid=navigationDBMS] .check")));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void styleFromTheApplicationColoursTheGraphByLabel() throws IOException {
        Map<String, String> colours = nodeColours();

        WebElement style = run(":style " + base() + "/style.grass");
        // The frame shows the style the Browser now wears, or the error that kept it from fetching one.
        String worn = wait.until(presenceOfNestedElementLocatedBy(style, By.cssSelector(
                "[data-testid=frameContents] pre"))).getText();
        assertThat(worn).contains("node.Place {\n  color: " + colours.get("Place") + ";");

        WebElement graph = run(NEIGHBOURHOOD);

        assertThat(fill(node(graph, "晋城市"))).isEqualTo(colours.get("Place"));
        assertThat(fill(node(graph, "六大工程"))).isEqualTo(colours.get("Program"));
        saveScreenshot(graph);
    }

    @Test
    void guideFromTheApplicationOpensAtItsFirstSlide() {
        WebElement guide = run(":play " + base() + "/guide");

        WebElement slide = wait.until(presenceOfNestedElementLocatedBy(guide, By.cssSelector(
                "[data-testid=carousel] .slide")));
        assertThat(slide.findElement(By.tagName("h3")).getText()).isEqualTo("PolicyGraph");
        assertThat(slide.findElements(By.cssSelector("pre.runnable"))).first().extracting(WebElement::getText)
                .isEqualTo(":style " + base() + "/style.grass");
    }

    @Test
    void neighbourhoodIsDrawnWithChineseCaptions() {
        WebElement graph = run(NEIGHBOURHOOD);
        node(graph, "晋城市");

        assertThat(graph.findElements(By.cssSelector("g.node"))).hasSize(distinctNodesWithinTwoSteps(JINCHENG));
        assertThat(graph.findElements(By.cssSelector("g.node text.caption")))
                .extracting(caption -> caption.getText().strip()).contains("晋城市", "阳城县", "山西省", "六大工程");
    }

    /**
     * Types a command into the editor, runs it with the editor's run button (Enter would pick an open
     * completion instead) and returns the frame the Browser opens for it.
     */
    private WebElement run(String command) {
        browser.findElement(By.cssSelector("[data-testid=activeEditor] textarea")).sendKeys(command);
        browser.findElement(By.cssSelector("[data-testid=editor-Run]")).click();
        // The newest frame comes first.
        return wait.until(page -> {
            WebElement frame = page.findElement(By.cssSelector("[data-testid=frame]"));
            return command.equals(frame.findElement(By.cssSelector("[data-testid=frameCommand]")).getText())
                    ? frame : null;
        });
    }

    /** Waits for the graph view to draw a node with the given caption, and returns the node. */
    private WebElement node(WebElement graph, String caption) {
        // SVG elements need local-name() in XPath.
        By byCaption = By.xpath(".//*[local-name()='g' and @class='node']"
                + "[*[local-name()='text' and @class='caption' and normalize-space(.)='" + caption + "']]");
        return wait.until(presenceOfNestedElementLocatedBy(graph, byCaption));
    }

    private static String fill(WebElement node) {
        return node.findElement(By.cssSelector("circle.b-outline")).getDomAttribute("fill");
    }

    /** Saves the graph frame at full screen, zoomed to fit, so the captions are large enough to read. */
    private void saveScreenshot(WebElement graph) throws IOException {
        graph.findElement(By.cssSelector("button[title=Fullscreen]")).click();
        waitForLayout(graph);
        graph.findElement(By.cssSelector("button[aria-label=zoom-to-fit]")).click();
        waitForLayout(graph);
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));
    }

    /** Waits until layout and zoom stop moving the drawing: two looks a poll apart see everything in place. */
    private void waitForLayout(WebElement graph) {
        var before = new AtomicReference<Object>();
        wait.until(page -> {
            Object places = browser.executeScript("return [...arguments[0].querySelectorAll('svg g[transform]')]"
                    + ".map(g => g.getAttribute('transform'))", graph);
            return Objects.equals(places, before.getAndSet(places));
        });
    }

    private int distinctNodesWithinTwoSteps(String id) {
        return database.executableQuery("""
                MATCH p = (:Place {id: $id})-[*1..2]-()
                UNWIND nodes(p) AS node
                RETURN count(DISTINCT node) AS nodes""")
                .withParameters(Map.of("id", id)).execute().records().get(0).get("nodes").asInt();
    }

    /** The fill colour the application's style gives each node label. */
    private static Map<String, String> nodeColours() throws IOException {
        String grass = new ClassPathResource("explore/policygraph.grass").getContentAsString(StandardCharsets.UTF_8);
        return NODE_COLOUR.matcher(grass).results()
                .collect(Collectors.toMap(match -> match.group(1), match -> match.group(2)));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
