package dev.contactsapi.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the servlet container's error dispatch (an error raised outside Spring MVC, in
 * a filter or by Tomcat itself) with the contract's body instead of Spring Boot's
 * default.
 */
@RestController
class ErrorPageController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ErrorBody> error(HttpServletRequest request) {
		Object attribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = (attribute instanceof Integer code) ? code : HttpStatus.NOT_FOUND.value();
		ErrorBody body = ErrorBody.forStatus(status);
		return ResponseEntity.status(status).body(body);
	}

}
