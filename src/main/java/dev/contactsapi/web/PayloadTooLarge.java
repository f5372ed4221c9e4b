package dev.contactsapi.web;

/**
 * A request body over the size the server accepts.
 */
public class PayloadTooLarge extends ApiException {

	public PayloadTooLarge(long limitBytes) {
		super(ErrorCode.PAYLOAD_TOO_LARGE, "Request body must not exceed " + limitBytes + " bytes");
	}

}
