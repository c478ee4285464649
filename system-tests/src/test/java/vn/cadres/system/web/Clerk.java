package vn.cadres.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at the web application in Chromium: signs in at the identity provider's page as a clerk
 * would (types the username and password), opens pages, follows links, and checks each page against
 * axe-core's rules, keeping a screenshot of it.
 */
final class Clerk implements AutoCloseable {

    static final Dimension LAPTOP = new Dimension(1400, 1000);
    static final Dimension TABLET = new Dimension(820, 1180);

    private final ChromeDriver browser;
    private final String web;
    final Path downloads;

    private Clerk(ChromeDriver browser, String web, Path downloads) {
        this.browser = browser;
        this.web = web;
        this.downloads = downloads;
    }

    /** Opens the web application and signs in at Keycloak's page as {@code username}. */
    static Clerk signIn(WebSystem system, String username, Path downloads) {
        Clerk clerk = new Clerk(Chromium.start(downloads), system.web, downloads);
        clerk.browser.get(system.web + "/");
        clerk.signInAtTheProvider(username);
        return clerk;
    }

    void signInAtTheProvider(String username) {
        waitFor(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(vn.cadres.infra.LocalKeycloak.DEMO_PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(web));
    }

    void open(String path) {
        browser.get(web + path);
    }

    String path() {
        String url = browser.getCurrentUrl();
        return url.startsWith(web) ? url.substring(web.length()) : url;
    }

    String heading() {
        return waitFor(By.tagName("h1")).getText();
    }

    String text(By where) {
        return waitFor(where).getText();
    }

    List<WebElement> all(By where) {
        return browser.findElements(where);
    }

    void click(By what) {
        waitFor(what).click();
    }

    WebElement waitFor(By what) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElement(what));
    }

    String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** The page passes axe-core's WCAG 2.1 A/AA rules (no serious or critical violation); a screenshot of it is kept. */
    void looksRightAs(String screenshot) {
        Accessibility.screenshot(browser, screenshot);
        assertThat(Accessibility.seriousViolations(browser)).as("accessibility of " + path()).isEmpty();
    }

    void resize(Dimension size) {
        browser.manage().window().setSize(size);
    }

    boolean onTheProvidersSignInPage() {
        return !browser.findElements(By.id("kc-login")).isEmpty();
    }

    @Override
    public void close() {
        browser.quit();
    }
}
