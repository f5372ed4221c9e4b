package dev.contactsapi.web;

/**
 * A record that does not exist for the calling company, whether it was never created, was
 * deleted, or belongs to another company.
 */
public class NotFound extends ApiException {

	public NotFound(ErrorCode code, String message) {
		super(code, message);
	}

}
