package dk.aarshjul.login;


import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import dk.aarshjul.system.SignedInUserAuthenticationProvider;
import jakarta.servlet.DispatcherType;

/**
 * Single sign-on by OpenID Connect (Entra ID, KOMBIT's or any provider), on when {@code AARSHJUL_OIDC_ISSUER} is set.
 * The web applications log in through the provider (Spring Security's OAuth2 client) and Camunda takes the person
 * from there (its container-based authentication); the REST API and our own API take the provider's bearer tokens
 * (a resource server for the same issuer), and still HTTP Basic for local users. Either way the provider's user is
 * matched to a person of the organisation file ({@link People}); someone it does not know is refused with 403.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Conditional(SingleSignOnConfigured.class)
class SingleSignOn {

	private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

	static final String REGISTRATION = "aarshjul";
	static final String UNKNOWN_PERSON = "Du er logget ind hos kommunens login som »%s«, men du findes ikke i "
			+ "organisationen i Årshjul. Kontakt sekretariatet, hvis du skal have adgang.";

	private static final SimpleGrantedAuthority PERSON =
			new SimpleGrantedAuthority(SignedInUserAuthenticationProvider.PERSON);

	@Bean
	ClientRegistrationRepository clientRegistrations(LoginProperties properties) {
		LoginProperties.Oidc oidc = properties.oidc();
		ClientRegistration registration = ClientRegistrations.fromIssuerLocation(oidc.issuer())
			.registrationId(REGISTRATION)
			.clientName("Kommunens login")
			.clientId(oidc.clientId())
			.clientSecret(oidc.clientSecret())
			.scope(oidc.scopes())
			.userNameAttributeName(IdTokenClaimNames.SUB)
			.build();
		log.info("Single sign-on through {} (client {})", oidc.issuer(), oidc.clientId());
		return new InMemoryClientRegistrationRepository(registration);
	}

	@Bean
	JwtDecoder bearerTokens(LoginProperties properties) {
		LoginProperties.Oidc oidc = properties.oidc();
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(oidc.issuer()).build();
		OAuth2TokenValidator<Jwt> issuer = JwtValidators.createDefaultWithIssuer(oidc.issuer());
		if (oidc.audience() == null || oidc.audience().isBlank()) {
			decoder.setJwtValidator(issuer);
		}
		else {
			OAuth2TokenValidator<Jwt> audience = jwt -> jwt.getAudience() != null && jwt.getAudience().contains(oidc.audience())
					? OAuth2TokenValidatorResult.success()
					: OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token is not for "
							+ oidc.audience(), null));
			decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(issuer, audience));
		}
		return decoder;
	}

	/** The provider's user as the person of the organisation it names; someone unknown gets no {@link #PERSON}. */
	@Bean
	OAuth2UserService<OidcUserRequest, OidcUser> organisationPeople(People people) {
		OidcUserService provider = new OidcUserService();
		return request -> {
			OidcUser user = provider.loadUser(request);
			return people.find(user::getAttribute)
				.<OidcUser>map(id -> new Person(List.of(PERSON), user, id))
				.orElseGet(() -> {
					log.warn("Single sign-on refused for {} ({}): not a person of the organisation", user.getSubject(),
							user.getAttributes().getOrDefault("preferred_username", ""));
					return new Person(List.of(), user, shownName(user.getAttributes(), user.getSubject()));
				});
		};
	}

	@Bean
	@Order(1)
	SecurityFilterChain restApis(HttpSecurity http, People people) throws Exception {
		RequestMatcher bearer = request -> {
			String header = request.getHeader("Authorization");
			return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
		};
		return http
			.securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/api/**")))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(bearer).hasAuthority(SignedInUserAuthenticationProvider.PERSON)
				// Without a bearer token Camunda's filter asks for HTTP Basic (and answers 401 without it).
				.anyRequest().permitAll())
			.oauth2ResourceServer(server -> server
				.jwt(jwt -> jwt.jwtAuthenticationConverter(token -> people.find(token::getClaim)
					.map(id -> new JwtAuthenticationToken(token, List.of(PERSON), id))
					.orElseGet(() -> new JwtAuthenticationToken(token, List.of(),
							shownName(token.getClaims(), token.getSubject())))))
				.accessDeniedHandler(unknownPerson()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.headers(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webapps(HttpSecurity http, CamundaBpmProperties camunda,
			OAuth2UserService<OidcUserRequest, OidcUser> organisationPeople) throws Exception {
		String root = camunda.getWebapp().getApplicationPath();
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(path("/"), path(root + "/**"), path("/aarshjul/**"))
				.hasAuthority(SignedInUserAuthenticationProvider.PERSON)
				.anyRequest().permitAll())
			.oauth2Login(login -> login.userInfoEndpoint(info -> info.oidcUserService(organisationPeople)))
			// The webapps call their API in the background: there a missing login is 401, not a redirect.
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), path(root + "/api/**"))
				.accessDeniedHandler(unknownPerson()))
			// Logging out of a webapp ends the session here too; otherwise the next request would sign in again.
			.logout(logout -> logout
				.logoutRequestMatcher(PathPatternRequestMatcher.withDefaults()
					.matcher(HttpMethod.POST, root + "/api/admin/auth/user/*/logout"))
				.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK)))
			// Camunda's webapps have their own CSRF protection and security headers.
			.csrf(AbstractHttpConfigurer::disable)
			.headers(AbstractHttpConfigurer::disable)
			.build();
	}

	/** Camunda's webapps take the signed-in person as their user, with the groups the organisation gives them. */
	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSignedInUser(CamundaBpmProperties camunda) {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
				new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
		registration.setName("webapp-single-sign-on");
		registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				SignedInUserAuthenticationProvider.class.getName()));
		// After Spring Security's filters, before Camunda's own authentication filter reads the session.
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		String root = camunda.getWebapp().getApplicationPath();
		registration.addUrlPatterns(root + "/app/*", root + "/api/*");
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	private static AccessDeniedHandler unknownPerson() {
		return (request, response, denied) -> {
			var signedIn = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
			Refusal.send(request, response, HttpStatus.FORBIDDEN.value(),
					UNKNOWN_PERSON.formatted(signedIn == null ? "ukendt" : signedIn.getName()));
		};
	}

	private static String shownName(Map<String, Object> claims, String subject) {
		for (String claim : new String[] { "preferred_username", "email", "name" }) {
			Object value = claims.get(claim);
			if (value != null && !value.toString().isBlank()) {
				return value.toString();
			}
		}
		return subject;
	}

	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

	/** The provider's user under the name of the person the organisation knows them as. */
	static final class Person extends DefaultOidcUser {

		private static final long serialVersionUID = 1L;

		private final String name;

		Person(Collection<? extends GrantedAuthority> authorities, OidcUser user, String name) {
			super(authorities, user.getIdToken(), user.getUserInfo(), IdTokenClaimNames.SUB);
			this.name = name;
		}

		@Override
		public String getName() {
			return name;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Person person && super.equals(other) && name.equals(person.name);
		}

		@Override
		public int hashCode() {
			return super.hashCode() * 31 + name.hashCode();
		}
	}

}
