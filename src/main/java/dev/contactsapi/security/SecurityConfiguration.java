package dev.contactsapi.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

import dev.contactsapi.company.Role;
import dev.contactsapi.web.ErrorBody;
import dev.contactsapi.web.ErrorCode;
import dev.contactsapi.web.ErrorResponseWriter;

/**
 * Who may call what. Every route needs a bearer key except health checks, metrics (for
 * scrapers; keep them off the public port with {@code management.server.port}) and the
 * API docs; the role a route needs follows from its method, as in the contract: reading
 * is for viewers, {@code POST} (which only ever creates) for employees, {@code PUT} and
 * {@code DELETE} for editors.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String INVALID_KEY_MESSAGE = "Invalid or missing API key";

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeyAuthenticationProvider keys, ErrorResponseWriter errors)
			throws Exception {
		AuthenticationFilter bearerKeys = new AuthenticationFilter(new ProviderManager(keys), new BearerKeyConverter());
		bearerKeys.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
		bearerKeys.setSuccessHandler((request, response, authentication) -> {
		});
		bearerKeys.setFailureHandler((request, response, failure) -> unauthorized(errors, response));

		return http.csrf((csrf) -> csrf.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterAt(bearerKeys, BasicAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/openapi.json", "/openapi.json/**", "/docs", "/docs/**",
						"/swagger-ui/**")
				.permitAll()
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
			.exceptionHandling((handling) -> handling
				.authenticationEntryPoint((request, response, failure) -> unauthorized(errors, response))
				.accessDeniedHandler((request, response, failure) -> errors.write(response,
						ErrorBody.of(ErrorCode.NO_ACCESS, "This key's role may not do this"))))
			.build();
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

	private static void unauthorized(ErrorResponseWriter errors, HttpServletResponse response) throws IOException {
		errors.write(response,
				ErrorBody.of(HttpServletResponse.SC_UNAUTHORIZED, ErrorCode.NO_ACCESS, INVALID_KEY_MESSAGE, List.of()));
	}

}
