package dev.contactsapi.contact;

import dev.contactsapi.web.ErrorCode;
import dev.contactsapi.web.NotFound;

/**
 * No contact with that visibleId for the calling company.
 */
class ContactNotFound extends NotFound {

	ContactNotFound() {
		super(ErrorCode.CONTACT_NOT_FOUND, "Contact not found");
	}

}
