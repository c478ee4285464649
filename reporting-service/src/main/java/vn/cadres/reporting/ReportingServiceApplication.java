package vn.cadres.reporting;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * reporting-service: read models built from every service's topic, for the Standing Committee's
 * dashboards (báo cáo).
 */
@SpringBootApplication
public class ReportingServiceApplication {

    public static final String CONFIG_NAME = "spring.config.name=reporting-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(ReportingServiceApplication.class).properties(CONFIG_NAME).run(args);
    }
}
