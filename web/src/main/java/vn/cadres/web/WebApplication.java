package vn.cadres.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The web application: one entry URL for every user. It signs people in at the identity provider
 * (authorization code with PKCE), keeps their tokens in a server-side session, and renders pages from
 * the four services' APIs called with the signed-in user's token, so the services' own checks decide
 * what each person sees. The browser never holds a token.
 */
@SpringBootApplication
public class WebApplication {

    public static final String CONFIG_NAME = "spring.config.name=web";

    public static void main(String[] args) {
        new SpringApplicationBuilder(WebApplication.class).properties(CONFIG_NAME).run(args);
    }
}
