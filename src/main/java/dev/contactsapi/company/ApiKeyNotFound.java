package dev.contactsapi.company;

import dev.contactsapi.web.ErrorCode;
import dev.contactsapi.web.NotFound;

/**
 * No key with that id in the calling company. The contract has no code of its own for
 * keys, so this is the generic {@code NOT_FOUND}.
 */
class ApiKeyNotFound extends NotFound {

	ApiKeyNotFound() {
		super(ErrorCode.NOT_FOUND, "API key not found");
	}

}
