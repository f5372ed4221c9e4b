package dev.contactsapi.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

import dev.contactsapi.company.Role;
import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.TestCompanies;
import dev.contactsapi.support.TestCompanies.TestCompany;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route against every role: refused with 403 exactly when the role is below the one
 * the contract asks for.
 */
@ApiTest
class RouteRoleMatrixTests {

	private static final String CONTACT = Api.json(Map.of("firstName", "Ada"));

	private static final String ADDRESS = Api.json(Map.of("street", "1 Main St", "city", "Haifa"));

	private static final String CLIENT = Api.json(Map.of("name", "Acme", "type", "COMPANY"));

	private static final String KEY = Api.json(Map.of("name", "matrix", "role", "viewer"));

	@Autowired
	Api api;

	@Autowired
	TestCompanies companies;

	TestCompany acme;

	@BeforeEach
	void newCompany() {
		this.acme = this.companies.create();
	}

	static List<Arguments> routesAndRoles() {
		List<Route> routes = List.of(new Route("GET", "/contacts", null, Role.VIEWER),
				new Route("GET", "/contacts/id/1", null, Role.VIEWER),
				new Route("POST", "/contacts/create", CONTACT, Role.EMPLOYEE),
				new Route("PUT", "/contacts/edit/1", CONTACT, Role.EDITOR),
				new Route("DELETE", "/contacts/delete/1", null, Role.EDITOR),
				new Route("GET", "/addresses", null, Role.VIEWER),
				new Route("POST", "/addresses/create", ADDRESS, Role.EMPLOYEE),
				new Route("GET", "/addresses/id/1", null, Role.VIEWER),
				new Route("PUT", "/addresses/1", ADDRESS, Role.EDITOR),
				new Route("DELETE", "/addresses/1", null, Role.EDITOR), new Route("GET", "/clients", null, Role.VIEWER),
				new Route("POST", "/clients/create", CLIENT, Role.EMPLOYEE),
				new Route("GET", "/clients/id/1", null, Role.VIEWER),
				new Route("PUT", "/clients/edit/1", CLIENT, Role.EDITOR),
				new Route("GET", "/api-keys", null, Role.OWNER), new Route("GET", "/api-keys/id/1", null, Role.OWNER),
				new Route("POST", "/api-keys/create", KEY, Role.OWNER),
				new Route("DELETE", "/api-keys/delete/999999999", null, Role.OWNER),
				new Route("PUT", "/api-keys/create", KEY, Role.OWNER));
		List<Arguments> cases = new ArrayList<>();
		for (Route route : routes) {
			for (Role role : Role.values()) {
				cases.add(Arguments.of(route, role));
			}
		}
		return cases;
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("routesAndRoles")
	void refusesExactlyTheRolesBelowTheRoutes(Route route, Role role) {
		Api.Reply reply = this.api.as(this.acme.key(role))
			.send(route.method(), route.path(), route.body(), (route.body() != null) ? "application/json" : null);

		if (role.compareTo(route.least()) < 0) {
			assertThat(reply.status()).isEqualTo(403);
			assertThat(reply.at("/error/code").asString()).isEqualTo("NO_ACCESS");
		}
		else {
			assertThat(reply.status()).isNotIn(401, 403, 500);
		}
	}

	/**
	 * @param method the HTTP method
	 * @param path the path
	 * @param body a valid body, {@code null} for none
	 * @param least the least role the contract lets in
	 */
	record Route(String method, String path, String body, Role least) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

}
