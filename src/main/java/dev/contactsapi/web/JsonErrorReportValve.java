package dev.contactsapi.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

/**
 * Tomcat's last-resort error page, for requests refused before Spring sees them (a
 * malformed URL, say), written as the contract's JSON body instead of HTML. It never
 * shows the exception.
 */
public class JsonErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		try {
			byte[] body = JsonMapper.shared().writeValueAsBytes(ErrorBody.forStatus(status));
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getOutputStream().write(body);
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// The connection is gone or the response already committed: nothing left to
			// tell.
		}
	}

}
