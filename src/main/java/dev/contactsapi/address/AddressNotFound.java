package dev.contactsapi.address;

import dev.contactsapi.web.ErrorCode;
import dev.contactsapi.web.NotFound;

/**
 * No address with that id for the calling company.
 */
class AddressNotFound extends NotFound {

	AddressNotFound() {
		super(ErrorCode.ADDRESS_NOT_FOUND, "Address not found");
	}

}
