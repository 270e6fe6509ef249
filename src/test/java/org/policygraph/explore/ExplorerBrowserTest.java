package org.policygraph.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policygraph.EmbeddedGraphTest;
import org.policygraph.Http;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriUtils;

import tools.jackson.databind.JsonNode;

/**
 * The web explorer at {@code /} in Debian's headless Chromium, against the application with the sample
 * articles: what it draws must be what the API answers. Skipped where Chromium or its driver is missing;
 * CI installs both.
 */
@EnabledIf(value = Chromium.INSTALLED, disabledReason = Chromium.MISSING)
class ExplorerBrowserTest extends EmbeddedGraphTest {

    private static final Path SCREENSHOT = Path.of("target", "screenshots", "explorer.png");

    private static final String JINCHENG = "place:140500";
    private static final String YANGCHENG = "place:140522";
    private static final String SHANXI = "place:140000";

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    private Http http;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openExplorer() {
        http = new Http(port);
        browser = Chromium.start(profile, 1440, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://localhost:" + port + "/");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void searchResultOpensTheCardAndDrawsTheNeighbourhood() {
        explore("晋城", JINCHENG);

        assertThat(cardName()).isEqualTo("晋城市");
        assertThat(browser.findElement(By.cssSelector("#card .kind")).getText()).contains("Place");
        assertThat(drawnIds()).hasSize(neighbours(JINCHENG, null).size())
                .containsExactlyInAnyOrderElementsOf(neighbours(JINCHENG, null));
    }

    @Test
    void clickingANodeAddsItsNeighbourhoodAndShowsItsCard() throws IOException {
        explore("晋城", JINCHENG);
        Set<String> expected = new HashSet<>(neighbours(JINCHENG, null));
        expected.addAll(neighbours(YANGCHENG, null));
        assertThat(expected).as("the API's neighbourhoods").hasSizeGreaterThan(drawnIds().size());

        clickNode(YANGCHENG);
        settle(driver -> "阳城县".equals(cardName()));

        assertThat(drawnIds()).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(browser.findElement(By.id("card")).getText())
                .contains("阳城县 —位于→ 晋城市", "sample/02-yangcheng-blueberry.md");
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void uncheckingARelationshipTypeRedrawsWithoutIt() {
        explore("晋城", JINCHENG);

        browser.findElement(By.cssSelector("#types input[value='LOCATED_IN']")).click();
        settle(driver -> true);

        String others = "INVESTS_IN,PARTNERS_WITH,PUBLISHED_IN,IMPLEMENTS,PART_OF,AFFILIATED_WITH";
        assertThat(drawnIds()).containsExactlyInAnyOrderElementsOf(neighbours(JINCHENG, others))
                .containsExactlyInAnyOrder(JINCHENG, "program:六大工程");
    }

    @Test
    void pathFinderHighlightsTheShortestPath() {
        pick("path-from", "阳城县", YANGCHENG);
        pick("path-to", "山西省", SHANXI);

        browser.findElement(By.cssSelector("#path-form button[type='submit']")).click();
        settle(driver -> !driver.findElement(By.id("path-summary")).getText().isEmpty());

        JsonNode paths = http.getJson("/api/paths?from=" + encode(YANGCHENG) + "&to=" + encode(SHANXI));
        assertThat(paths.get("paths")).hasSize(1);
        assertThat(strings("return explorer.cy.edges('.path').map(edge => edge.id())"))
                .containsExactlyInAnyOrderElementsOf(texts(paths.at("/paths/0"))).hasSize(2);
        assertThat(browser.findElement(By.id("path-summary")).getText()).contains("阳城县 —位于— 晋城市 —位于— 山西省");
    }

    @Test
    void anApiErrorIsShownWithItsDetail() {
        browser.get("http://localhost:" + port + "/#" + encode("enterprise:不存在的公司"));

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));

        assertThat(error.getText()).contains("no entity with id enterprise:不存在的公司");
    }

    /** Types a name into the search box and picks the result with the given id. */
    private void explore(String name, String id) {
        browser.findElement(By.id("search")).sendKeys(name);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#search-results button[data-id='" + id + "']"))).click();
        settle(driver -> id.equals(script("return explorer.state.selected")) && !cardName().isEmpty());
    }

    private void pick(String input, String name, String id) {
        browser.findElement(By.id(input)).sendKeys(name);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#" + input + "-results button[data-id='" + id + "']"))).click();
    }

    /** Clicks a node where Cytoscape drew it, as a user would. */
    private void clickNode(String id) {
        WebElement graph = browser.findElement(By.id("graph"));
        List<?> at = (List<?>) script(
                "const p = explorer.cy.getElementById(arguments[0]).renderedPosition(); return [p.x, p.y];", id);
        var size = graph.getSize();
        // Selenium's offsets count from the element's centre, Cytoscape's from its top left corner.
        int x = (int) Math.round(((Number) at.get(0)).doubleValue() - size.width / 2.0);
        int y = (int) Math.round(((Number) at.get(1)).doubleValue() - size.height / 2.0);
        new Actions(browser).moveToElement(graph, x, y).click().perform();
    }

    /** Waits until the page has no request or layout in flight and the condition holds. */
    private void settle(Predicate<WebDriver> condition) {
        wait.until(driver -> "false".equals(driver.findElement(By.id("explorer")).getDomAttribute("aria-busy"))
                && condition.test(driver));
    }

    private String cardName() {
        var names = browser.findElements(By.id("card-name"));
        return names.isEmpty() ? "" : names.get(0).getText();
    }

    private List<String> drawnIds() {
        return strings("return explorer.cy.nodes().map(node => node.id())");
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String script) {
        return (List<String>) script(script);
    }

    private Object script(String script, Object... arguments) {
        return browser.executeScript(script, arguments);
    }

    /** The entity ids of a depth-1 neighbourhood as the API answers it. */
    private List<String> neighbours(String id, String types) {
        String path = "/api/entities/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8) + "/neighbors?depth=1"
                + (types == null ? "" : "&types=" + types);
        return StreamSupport.stream(http.getJson(path).get("nodes").spliterator(), false)
                .map(node -> node.get("id").asString()).toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }

    private static String encode(String value) {
        return UriUtils.encode(value, StandardCharsets.UTF_8);
    }
}
