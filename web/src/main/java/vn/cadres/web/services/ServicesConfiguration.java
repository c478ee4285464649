package vn.cadres.web.services;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import tools.jackson.databind.json.JsonMapper;
import vn.cadres.web.signin.SignInConfiguration;

@Configuration
@EnableConfigurationProperties(ServicesProperties.class)
class ServicesConfiguration {

    /** The signed-in person's tokens, from their session; an expired access token is refreshed. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClients(ClientRegistrationRepository registrations,
                                                    OAuth2AuthorizedClientRepository sessions) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations, sessions);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }

    @Bean
    Services services(ServicesProperties properties, OAuth2AuthorizedClientManager tokens, JsonMapper json) {
        return new Services(properties, tokens, SignInConfiguration.REGISTRATION, json);
    }
}
