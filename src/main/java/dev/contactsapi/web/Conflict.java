package dev.contactsapi.web;

/**
 * A change refused because it would break a reference or a rule about other records.
 */
public class Conflict extends ApiException {

	public Conflict(String message) {
		super(ErrorCode.CONFLICT, message);
	}

}
