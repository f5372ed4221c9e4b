package dev.contactsapi.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

import dev.contactsapi.company.Role;
import dev.contactsapi.web.ErrorBody;
import dev.contactsapi.web.ErrorCode;
import dev.contactsapi.web.ErrorResponseWriter;

/**
 * Who may call what, and how often. Every route needs a bearer key except health checks,
 * metrics (for scrapers; keep them off the public port with
 * {@code management.server.port}) and the API documentation; key management is for owners
 * whatever the method; for the other routes the role follows from the method, as in the
 * contract: reading is for viewers, {@code POST} (which only ever creates) for employees,
 * {@code PUT} and {@code DELETE} for editors. Every authenticated request then passes the
 * key's rate limit. Browsers get CORS for the configured origins and the standard
 * security headers, with a strict Content-Security-Policy on everything but the
 * documentation pages.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Paths of the API documentation: public, and left out of the strict CSP, which would
	 * break the page a browser renders.
	 */
	/** Health checks and metrics, for probes and scrapers that carry no key. */
	private static final String[] OPERATIONS = { "/actuator/health", "/actuator/health/**", "/actuator/prometheus" };

	private static final String[] DOCUMENTATION = { "/openapi.json", "/openapi.json/**", "/docs", "/docs/**",
			"/swagger-ui/**" };

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeyAuthenticationProvider keys, ErrorResponseWriter errors,
			AddressThrottle throttle, KeyBuckets buckets, RateLimitProperties limits, CorsProperties cors, Clock clock)
			throws Exception {
		AuthenticationRefusal refusal = new AuthenticationRefusal(throttle, errors);
		AuthenticationFilter bearerKeys = new AuthenticationFilter(new ProviderManager(keys),
				new BearerKeyConverter(throttle));
		bearerKeys.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
		bearerKeys.setSuccessHandler((request, response, authentication) -> {
		});
		bearerKeys.setFailureHandler(refusal);
		// Probes and documentation readers need no key, and a stray header must not fail
		// them.
		bearerKeys.setRequestMatcher(
				new NegatedRequestMatcher(new OrRequestMatcher(paths(concat(OPERATIONS, DOCUMENTATION)))));

		return http.csrf((csrf) -> csrf.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers((headers) -> headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
						new NegatedRequestMatcher(new OrRequestMatcher(paths(DOCUMENTATION))),
						new StaticHeadersWriter("Content-Security-Policy",
								"default-src 'none'; frame-ancestors 'none'"))))
			.addFilterAt(corsFilter(cors, errors), CorsFilter.class)
			.addFilterAt(bearerKeys, BasicAuthenticationFilter.class)
			.addFilterAfter(new RateLimitFilter(buckets, limits, errors, clock), BasicAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(OPERATIONS)
				.permitAll()
				.requestMatchers(HttpMethod.GET, DOCUMENTATION)
				.permitAll()
				.requestMatchers("/api-keys", "/api-keys/**")
				.hasRole(Role.OWNER.name())
				.requestMatchers(HttpMethod.POST)
				.hasRole(Role.EMPLOYEE.name())
				.requestMatchers(HttpMethod.PUT)
				.hasRole(Role.EDITOR.name())
				.requestMatchers(HttpMethod.PATCH)
				.hasRole(Role.EDITOR.name())
				.requestMatchers(HttpMethod.DELETE)
				.hasRole(Role.EDITOR.name())
				.anyRequest()
				.hasRole(Role.VIEWER.name()))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(refusal)
				.accessDeniedHandler((request, response, failure) -> errors.write(response,
						ErrorBody.of(ErrorCode.NO_ACCESS, "This key's role may not do this"))))
			.build();
	}

	/**
	 * Lets the scripts of the configured origins call the API with a bearer key (no
	 * cookies) and read the headers they need. A preflight is answered here, without a
	 * key; a cross-origin request from any other origin is refused with 403.
	 */
	private static CorsFilter corsFilter(CorsProperties properties, ErrorResponseWriter errors) {
		CorsConfiguration browsers = new CorsConfiguration();
		browsers.setAllowedOrigins(properties.allowedOrigins());
		browsers.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
		browsers.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE));
		browsers.setExposedHeaders(List.of(RateLimitFilter.LIMIT, RateLimitFilter.REMAINING, RateLimitFilter.RESET,
				HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION));
		browsers.setAllowCredentials(false);
		browsers.setMaxAge(Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", browsers);
		CorsFilter filter = new CorsFilter(source);
		filter.setCorsProcessor(new JsonCorsProcessor(errors));
		return filter;
	}

	private static String[] concat(String[] first, String[] second) {
		return Stream.concat(Arrays.stream(first), Arrays.stream(second)).toArray(String[]::new);
	}

	private static RequestMatcher[] paths(String... patterns) {
		return Arrays.stream(patterns)
			.map((pattern) -> PathPatternRequestMatcher.withDefaults().matcher(pattern))
			.toArray(RequestMatcher[]::new);
	}

	/**
	 * Lets requests with any method through to Spring MVC, which answers an unknown one
	 * with 405 {@code METHOD_NOT_ALLOWED}; the firewall's own refusal would be a 400 that
	 * misnames the fault. Roles do not depend on it: a method that neither creates, edits
	 * nor deletes needs a viewer key like a read.
	 */
	@Bean
	StrictHttpFirewall httpFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setUnsafeAllowAnyHttpMethod(true);
		return firewall;
	}

	@Bean
	RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.OWNER.name())
			.implies(Role.EDITOR.name())
			.role(Role.EDITOR.name())
			.implies(Role.EMPLOYEE.name())
			.role(Role.EMPLOYEE.name())
			.implies(Role.VIEWER.name())
			.build();
	}

	/**
	 * Requests the firewall refuses (encoded slashes, path traversal, ...) get the
	 * contract's 400 rather than an empty body.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler(ErrorResponseWriter errors) {
		return (request, response, rejection) -> errors.write(response,
				ErrorBody.of(ErrorCode.INVALID_FIELD, "The request URL is not acceptable"));
	}

}
