package vn.cadres.platform.web;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The smallest service the platform's web and security conventions can be tested on. No component
 * scan, so the platform's own classes come in only through their auto-configurations.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(SampleController.class)
public class SampleApplication {
}
