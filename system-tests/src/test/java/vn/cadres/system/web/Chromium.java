package vn.cadres.system.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The real headless Chromium of Debian's {@code chromium} and {@code chromium-driver} packages,
 * driven by Selenium without Selenium Manager (nothing is downloaded). {@code .ci/run} installs them
 * and sets {@code CADRES_BROWSER_TEST=required}, so in CI a missing browser fails the test; on a
 * developer's machine without them the browser test is skipped with the command that installs them.
 */
final class Chromium {

    private static final File BROWSER = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    private Chromium() {
    }

    static ChromeDriver start(Path downloads) {
        boolean installed = BROWSER.canExecute() && DRIVER.canExecute();
        if (!installed && "required".equals(System.getenv("CADRES_BROWSER_TEST"))) {
            throw new IllegalStateException("CADRES_BROWSER_TEST=required but " + BROWSER + " or " + DRIVER
                    + " is missing: apt-get install chromium chromium-driver");
        }
        assumeTrue(installed, "no Chromium here: apt-get install chromium chromium-driver (.ci/run does)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--lang=vi-VN");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("download.directory_upgrade", true);
        prefs.put("safebrowsing.enabled", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
