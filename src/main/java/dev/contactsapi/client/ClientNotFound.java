package dev.contactsapi.client;

import dev.contactsapi.web.ErrorCode;
import dev.contactsapi.web.NotFound;

/**
 * No client with that visibleId for the calling company.
 */
class ClientNotFound extends NotFound {

	ClientNotFound() {
		super(ErrorCode.CLIENT_NOT_FOUND, "Client not found");
	}

}
