package dev.contactsapi.company;

import dev.contactsapi.web.Conflict;

/**
 * A revocation refused because it would leave the company without a valid owner key, and
 * so without any way to manage its keys.
 */
class LastOwnerKey extends Conflict {

	LastOwnerKey() {
		super("The last valid owner key of a company cannot be revoked; create another owner key first");
	}

}
