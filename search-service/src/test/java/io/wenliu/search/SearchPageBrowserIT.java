package io.wenliu.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.wenliu.search.events.Topics;
import io.wenliu.search.support.EnrichedEvents;
import io.wenliu.search.support.SeedArticles;
import io.wenliu.search.support.SeedIndex;
import io.wenliu.search.support.TestKafka;
import io.wenliu.search.support.TestServers;
import java.io.File;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search page in a real headless Chromium: search, suggestions, a facet click, opening an article. */
@QuarkusTest
@QuarkusTestResource(TestServers.class)
class SearchPageBrowserIT {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @TestHTTPResource("/")
    URL page;

    private WebDriver driver;
    private Path profile;

    @BeforeEach
    void startBrowser() throws Exception {
        assumeTrue(
                CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Debian's chromium and chromium-driver are not installed (/usr/bin/chromium, /usr/bin/chromedriver):"
                        + " apt-get install -y chromium chromium-driver");
        SeedIndex.ensureIndexed();
        profile = Files.createTempDirectory("wenliu-chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--window-size=1280,1000",
                        "--lang=zh-CN",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var paths = Files.walk(profile)) {
                paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void searchClickFacetOpenArticle() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(page.toString() + "?source=" + URLEncoder.encode(SeedArticles.SOURCE, StandardCharsets.UTF_8));

        WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
        box.sendKeys("邱海");
        WebElement suggestion = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestions li[data-text='邱海波']")));
        assertThat(suggestion.getText()).contains("邱海波");

        box.clear();
        box.sendKeys("疫情防控", Keys.ENTER);
        // The page already lists the 5 seed articles (source filter, no query): wait for the highlighted answer.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results em")));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results li.hit"), 5));
        assertThat(driver.findElement(By.id("summary")).getText()).contains("共 5 篇");
        assertThat(driver.findElements(By.cssSelector("#results em"))).isNotEmpty();

        driver.findElement(By.cssSelector("button.facet-value[data-facet='persons'][data-value='邱海波']"))
                .click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results li.hit"), 1));
        assertThat(driver.getCurrentUrl()).contains("person=");
        assertThat(driver.findElement(By.id("active-filters")).getText()).contains("邱海波");
        assertThat(driver.findElement(By.cssSelector("#results li.hit")).getAttribute("data-id"))
                .isEqualTo("seed-000");

        driver.findElement(By.cssSelector("#results a.hit-title")).click();
        WebElement article =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article-view h1")));
        assertThat(article.getText()).isEqualTo(SeedArticles.all().get(0).title());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("article-entities"), "邱海波"));
        assertThat(driver.findElement(By.id("article-keywords")).getText()).contains("疫情防控");
        assertThat(driver.findElement(By.id("article-body")).getText()).contains("重症医学专家邱海波");

        Path shot = Path.of("target/search-page.png");
        Files.write(shot, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
        driver.navigate().back();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results li.hit"), 1));
        Files.write(Path.of("target/search-results.png"), ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aNewQueryOrSortKeepsTheDateFiltersAndShowsWhatIsKnownOfTheDate() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(page.toString() + "?source=" + URLEncoder.encode(SeedArticles.SOURCE, StandardCharsets.UTF_8)
                + "&from=2020-03-01&to=2020-03-31");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results li.hit"), 5));
        assertThat(driver.findElement(By.id("active-filters")).getText()).contains("起：2020-03-01", "止：2020-03-31");
        assertThat(driver.findElement(By.id("export-csv")).getAttribute("href"))
                .contains("/api/search/export?", "from=2020-03-01", "to=2020-03-31", "format=csv");
        // the seed index is dated with a configured year, and the page says so
        assertThat(driver.findElement(By.cssSelector("#results li.hit")).getText())
                .contains("2020-03-12（年份为设定值）");

        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("疫情防控", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q="));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results em")));
        assertThat(driver.getCurrentUrl()).contains("from=2020-03-01", "to=2020-03-31", "source=");

        new Select(driver.findElement(By.id("sort"))).selectByValue("date");
        wait.until(ExpectedConditions.urlContains("sort=date"));
        assertThat(driver.getCurrentUrl()).contains("from=2020-03-01", "to=2020-03-31", "q=");
        assertThat(driver.findElement(By.id("from")).getAttribute("value")).isEqualTo("2020-03-01");
    }

    @Test
    void theTimelineNarrowsTheDatesToAMonth() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(page.toString() + "?source=" + URLEncoder.encode(SeedArticles.SOURCE, StandardCharsets.UTF_8));
        WebElement march = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#timeline button[data-period='2020-03']")));
        assertThat(march.getText()).contains("5");

        march.click();

        wait.until(ExpectedConditions.urlContains("to=2020-03-31"));
        assertThat(driver.getCurrentUrl()).contains("from=2020-03-01");
        // a month's range is shown day by day, and a day narrows to itself
        WebElement day = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#timeline button[data-period='2020-03-12']")));
        day.click();
        wait.until(ExpectedConditions.urlContains("from=2020-03-12"));
        assertThat(driver.getCurrentUrl()).contains("to=2020-03-12");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results li.hit"), 5));
    }

    @Test
    void anEntityFilterShowsTheEntityPageAndAnArticleMarksTheQueryAndLinksItsEntities() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(page.toString() + "?person=" + URLEncoder.encode("习近平", StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#entity-panel h2"), "习近平"));
        WebElement related = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#entity-related a[data-related='邱海波']")));

        related.click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#entity-panel h2"), "邱海波"));
        assertThat(driver.getCurrentUrl()).contains("person=" + URLEncoder.encode("邱海波", StandardCharsets.UTF_8));

        driver.get(page.toString() + "?q=" + URLEncoder.encode("疫情防控", StandardCharsets.UTF_8) + "&article=seed-000");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-body mark")));
        assertThat(driver.findElements(By.cssSelector("#article-body mark")))
                .allSatisfy(mark -> assertThat(mark.getText()).isEqualTo("疫情防控"));
        WebElement entity = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#article-entities a.entity.PERSON")));
        String name = entity.getText().replaceAll(" ×\\d+$", "");

        entity.click();

        wait.until(ExpectedConditions.urlContains("person="));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#entity-panel h2"), name));
    }

    @Test
    void thePageIsAccessibleAndWorksFromTheKeyboard() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(page.toString() + "?source=" + URLEncoder.encode(SeedArticles.SOURCE, StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results li.hit"), 5));
        assertThat(driver.findElement(By.id("summary")).getAttribute("aria-live"))
                .isEqualTo("polite");

        driver.findElement(By.tagName("body")).sendKeys("/");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
        WebElement box = driver.switchTo().activeElement();
        box.sendKeys("邱海");
        wait.until(ExpectedConditions.attributeToBe(By.id("q"), "aria-expanded", "true"));
        box.sendKeys(Keys.ARROW_DOWN);
        String active = box.getAttribute("aria-activedescendant");
        assertThat(driver.findElement(By.id(active)).getAttribute("aria-selected"))
                .isEqualTo("true");
        box.sendKeys(Keys.ESCAPE);

        List<String> serious = new AxeBuilder()
                .analyze(driver).getViolations().stream()
                        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                        .map(rule -> rule.getId() + ": " + rule.getHelp())
                        .toList();
        assertThat(serious).isEmpty();

        driver.manage().window().setSize(new Dimension(375, 800));
        assertThat(driver.findElement(By.id("q")).getSize().getWidth()).isLessThanOrEqualTo(375);
        assertThat(((Number) ((ChromeDriver) driver).executeScript("return document.documentElement.scrollWidth"))
                        .intValue())
                .isLessThanOrEqualTo(375);
    }

    @Test
    void aYearTakenFromTheFilesCreationDayIsMarkedAsInferred() {
        String id = "browser-" + UUID.randomUUID();
        String marker = "元数据年份" + id.substring(id.length() - 6);
        ObjectNode event = (ObjectNode) read(EnrichedEvents.enriched(
                id, 1, "元数据日期", "正文 " + marker + " 内容。", "新华社", "2020-03-12", List.of(), List.of()));
        ((ObjectNode) event.at("/payload/article/dateline")).put("yearSource", "metadata");
        WebDriverWait wait = indexAndSearch(id, event, marker);
        assertThat(driver.findElement(By.cssSelector("#results li.hit .hit-meta"))
                        .getText())
                .startsWith("2020-03-12（年份据文件创建日期推断）");
    }

    @Test
    void anEntityAnalysisWasUnsureOfIsShownAsUncertainAndIsNoFacet() {
        String id = "browser-" + UUID.randomUUID();
        String marker = "置信度" + id.substring(id.length() - 6);
        ObjectNode event = (ObjectNode) read(EnrichedEvents.enriched(
                id, 1, "置信度测试", "守关的人来到盐城。" + marker, "新华社", "2020-03-12", List.of(), List.of()));
        ArrayNode entities = (ArrayNode) event.at("/payload/enrichment/entities");
        entities.removeAll();
        EnrichedEvents.addEntity(entities, "守关", "LOCATION", 0.42);
        EnrichedEvents.addEntity(entities, "盐城", "LOCATION", 0.94);
        WebDriverWait wait = indexAndSearch(id, event, marker);
        assertThat(driver.findElements(By.cssSelector("button.facet-value[data-facet='places']")))
                .extracting(b -> b.getAttribute("data-value"))
                .containsExactly("盐城");

        driver.findElement(By.cssSelector("#results a.hit-title")).click();
        WebElement uncertain = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article-entities .entity.uncertain")));
        assertThat(uncertain.getTagName()).isEqualTo("span");
        assertThat(uncertain.getText()).startsWith("守关?");
        assertThat(driver.findElement(By.cssSelector("#article-entities a.entity.LOCATION"))
                        .getText())
                .startsWith("盐城");
    }

    /** Sends the event to articles.enriched and searches the page for the marker until the article is found. */
    private WebDriverWait indexAndSearch(String id, ObjectNode event, String marker) {
        TestKafka.send(Topics.ARTICLES_ENRICHED, id, event.toString());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get(page.toString() + "?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8));
        wait.until(d -> {
            d.navigate().refresh();
            return !d.findElements(By.cssSelector("#results li.hit")).isEmpty();
        });
        return wait;
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
