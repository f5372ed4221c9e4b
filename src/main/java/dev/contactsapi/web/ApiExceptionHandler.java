package dev.contactsapi.web;

import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Translates every exception a handler can raise into the contract's error body, in one
 * place. Client errors are logged at DEBUG at most; only the unexpected is an ERROR.
 */
@RestControllerAdvice
class ApiExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ApiExceptionHandler.class);

	/** The foreign keys of the schema, by the field whose value they refused. */
	private static final Map<String, FieldIssue> REFERENCES = Map.of("contacts_address_fk",
			FieldIssue.of("addressId", "no such address"), "contacts_client_fk",
			FieldIssue.of("clientVisibleId", "no such client"), "clients_address_fk",
			FieldIssue.of("addressId", "no such address"));

	@ExceptionHandler
	ResponseEntity<ErrorBody> apiException(ApiException failure) {
		logger.debug("Refused request: {}", failure.getMessage());
		return respond(ErrorBody.of(failure));
	}

	/**
	 * A reference the database refused: the record pointed at does not exist for the
	 * company (the foreign keys name the company too), perhaps deleted a moment ago by
	 * another request. Deletes that would break a reference are refused by their services
	 * before they get here.
	 */
	@ExceptionHandler
	ResponseEntity<ErrorBody> integrityViolation(DataIntegrityViolationException failure) {
		ConstraintViolationException violation = findCause(failure, ConstraintViolationException.class);
		FieldIssue issue = (violation != null) ? REFERENCES.get(violation.getConstraintName()) : null;
		if (issue == null) {
			logger.warn("Integrity violation not mapped to a field: {}", failure.getMostSpecificCause().getMessage());
			return respond(ErrorBody.of(ErrorCode.CONFLICT, "The change conflicts with other records"));
		}
		return apiException(new InvalidRequest(List.of(issue)));
	}

	@ExceptionHandler
	ResponseEntity<ErrorBody> unreadableBody(HttpMessageNotReadableException failure) {
		PayloadTooLarge tooLarge = findCause(failure, PayloadTooLarge.class);
		if (tooLarge != null) {
			return apiException(tooLarge);
		}
		String message = (failure.getMessage() != null && failure.getMessage().startsWith("Required request body"))
				? "a JSON object is required" : "must be well-formed JSON";
		return apiException(new InvalidRequest(List.of(FieldIssue.of("body", message))));
	}

	/**
	 * A query string Tomcat cannot decode (a bad percent escape, bytes that are not
	 * UTF-8), found when a handler first asks for a parameter.
	 */
	@ExceptionHandler
	ResponseEntity<ErrorBody> malformedQuery(InvalidParameterException failure) {
		return apiException(InvalidRequest.of("query", "must be percent-encoded UTF-8"));
	}

	@ExceptionHandler
	ResponseEntity<ErrorBody> unsupportedMediaType(HttpMediaTypeNotSupportedException failure) {
		return respond(ErrorBody.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json"));
	}

	@ExceptionHandler
	ResponseEntity<ErrorBody> methodNotAllowed(HttpRequestMethodNotSupportedException failure) {
		String allowed = failure.getSupportedHttpMethods() == null ? ""
				: failure.getSupportedHttpMethods().stream().map(HttpMethod::name).collect(Collectors.joining(", "));
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
			.header(HttpHeaders.ALLOW, allowed)
			.body(ErrorBody.of(ErrorCode.METHOD_NOT_ALLOWED,
					"Method " + failure.getMethod() + " is not allowed here; allowed: " + allowed));
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	ResponseEntity<ErrorBody> noRoute(Exception failure) {
		return respond(ErrorBody.of(ErrorCode.NOT_FOUND, "No such route"));
	}

	@ExceptionHandler({ CannotCreateTransactionException.class, CannotGetJdbcConnectionException.class,
			DataAccessResourceFailureException.class, JDBCConnectionException.class,
			SQLTransientConnectionException.class })
	ResponseEntity<ErrorBody> databaseUnavailable(Exception failure) {
		logger.warn("Database unreachable: {}", failure.getMessage());
		return respond(ErrorBody.of(ErrorCode.UNAVAILABLE, "The database is unavailable; try again shortly"));
	}

	/**
	 * Anything else. Spring MVC's own client errors (a missing parameter, an unreadable
	 * part, ...) carry their status: keep it and give them the contract's body. The rest
	 * is a bug.
	 */
	@ExceptionHandler
	ResponseEntity<ErrorBody> unexpected(Exception failure) {
		if (failure instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
			return respond(ErrorBody.forStatus(response.getStatusCode().value()));
		}
		logger.error("Unexpected failure while handling a request", failure);
		return respond(ErrorBody.of(ErrorCode.UNKNOWN_ERROR, "An unexpected error occurred"));
	}

	private static ResponseEntity<ErrorBody> respond(ErrorBody body) {
		return ResponseEntity.status(body.statusCode()).body(body);
	}

	private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
