package dev.contactsapi.web;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

import dev.contactsapi.security.Caller;

/**
 * Gives every request an id and writes one access line for it. The id is the client's
 * {@code X-Request-Id} when it is a sane token (1 to 128 letters, digits and
 * {@code -_.:~+=/}), otherwise a new UUID; it is returned in the response's
 * {@code X-Request-Id} and kept in the logging MDC as {@code requestId} while the request
 * runs, so that every log line of the request carries it. The access line names the
 * method, the route template (the raw path only when no route matched), the status, the
 * duration and the caller's company; never a header, a key or a body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLogFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	private static final Logger logger = LoggerFactory.getLogger(RequestLogFilter.class);

	private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._~:+=/-]{1,128}");

	private static final int MAX_LOGGED_PATH = 200;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestId = requestId(request.getHeader(HEADER));
		long start = System.nanoTime();
		response.setHeader(HEADER, requestId);
		MDC.put(MDC_KEY, requestId);
		// A request that fails with an exception answers 500 once the container handles
		// it.
		int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
		try {
			chain.doFilter(request, response);
			status = response.getStatus();
		}
		finally {
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			logAccess(request, status, millis);
			MDC.remove(MDC_KEY);
		}
	}

	private static String requestId(String sent) {
		return (sent != null && SANE_ID.matcher(sent).matches()) ? sent : UUID.randomUUID().toString();
	}

	private static void logAccess(HttpServletRequest request, int status, long millis) {
		if (!logger.isInfoEnabled()) {
			return;
		}
		String route = route(request);
		String company = companyId(request);
		logger.atInfo()
			.addKeyValue("http.method", request.getMethod())
			.addKeyValue("http.route", route)
			.addKeyValue("http.status", status)
			.addKeyValue("duration.ms", millis)
			.addKeyValue("company.id", company)
			.log("{} {} {} {}ms company={}", request.getMethod(), route, status, millis, company);
	}

	private static String route(HttpServletRequest request) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		if (pattern != null) {
			return pattern.toString();
		}
		String path = request.getRequestURI().replaceAll("\\p{Cntrl}", "?");
		return (path.length() > MAX_LOGGED_PATH) ? path.substring(0, MAX_LOGGED_PATH) + "..." : path;
	}

	private static String companyId(HttpServletRequest request) {
		Object context = request.getAttribute(RequestAttributeSecurityContextRepository.DEFAULT_REQUEST_ATTR_NAME);
		if (context instanceof SecurityContext security && security.getAuthentication() != null
				&& security.getAuthentication().getPrincipal() instanceof Caller caller) {
			return String.valueOf(caller.companyId());
		}
		return "-";
	}

}
