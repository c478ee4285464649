package vn.cadres.system.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a person using a screen reader or a keyboard would meet: axe-core's WCAG 2 A and AA rules run
 * in the page as it stands, and a screenshot of it under {@code target/screenshots} to look at.
 */
final class Accessibility {

    private static final String AXE = axeScript();

    private Accessibility() {
    }

    /** The serious and critical violations of the page, one line each: rule, impact, where. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(ChromeDriver browser) {
        browser.executeScript(AXE);
        Object result = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,
                        targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', ')}))))
                   .catch(e => done([{id: 'axe-failed', impact: 'critical', targets: String(e)}]));
                """);
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
            Object impact = violation.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                serious.add(violation.get("id") + " (" + impact + "): " + violation.get("targets"));
            }
        }
        return serious;
    }

    static void screenshot(ChromeDriver browser, String name) {
        try {
            Path directory = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(directory.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeScript() {
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
