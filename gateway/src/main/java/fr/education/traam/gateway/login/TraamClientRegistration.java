package fr.education.traam.gateway.login;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;

/**
 * The gateway as a client of the platform's provider. Its endpoints are written out rather than discovered, so that
 * the gateway starts before the provider does; they are Spring Authorization Server's. The browser is sent to the
 * issuer's address, the gateway calls the provider on its back-channel address, and the ID token's {@code iss} is
 * still checked against the issuer ({@code issuerUri}).
 */
@Configuration(proxyBeanMethods = false)
class TraamClientRegistration {

    static final String REGISTRATION_ID = "traam";

    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(LoginProperties login) {
        return new InMemoryReactiveClientRegistrationRepository(traam(login));
    }

    static ClientRegistration traam(LoginProperties login) {
        String browser = login.browserBase();
        String backChannel = login.backChannelBase();
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("TraAM")
                .clientId(login.clientId())
                .clientSecret(login.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(login.gatewayBase() + "/login/oauth2/code/{registrationId}")
                .scope(OidcScopes.OPENID, OidcScopes.PROFILE, OidcScopes.EMAIL)
                .authorizationUri(browser + "/oauth2/authorize")
                .tokenUri(backChannel + "/oauth2/token")
                .jwkSetUri(backChannel + "/oauth2/jwks")
                .userInfoUri(backChannel + "/userinfo")
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .issuerUri(login.issuer().toString())
                .providerConfigurationMetadata(Map.of("end_session_endpoint", browser + "/connect/logout"))
                // Spring Security applies PKCE by itself only to public clients; the gateway is confidential, and the
                // provider requires PKCE of it all the same.
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
    }

    /** A person's tokens live in their session and end with it: logging out, or a session expiring, forgets them. */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClients() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /**
     * What the token relay asks for a person's access token: the one in the session, or a new one obtained with the
     * refresh token once it is (nearly, 60 s) expired. A refresh the provider refuses removes the tokens from the
     * session (Spring's default failure handler); {@link SessionEndsWhenRefreshFails} then ends the session. Requests of
     * one session that ask at the same time share one refresh ({@link OneRefreshPerSession}).
     */
    @Bean
    ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
            ServerOAuth2AuthorizedClientRepository authorizedClients) {
        DefaultReactiveOAuth2AuthorizedClientManager manager = new DefaultReactiveOAuth2AuthorizedClientManager(
                registrations, authorizedClients);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return new OneRefreshPerSession(manager);
    }
}
