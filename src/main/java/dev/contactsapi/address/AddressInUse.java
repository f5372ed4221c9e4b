package dev.contactsapi.address;

import dev.contactsapi.web.Conflict;

/**
 * An address that cannot be deleted because contacts or clients still point at it.
 */
class AddressInUse extends Conflict {

	AddressInUse(long contacts, long clients) {
		super("Address is still used by " + count(contacts, "contact") + " and " + count(clients, "client")
				+ "; point them elsewhere first");
	}

	/**
	 * The database itself refused the delete, and the numbers are no longer known. See
	 * {@link AddressService#delete}.
	 */
	AddressInUse() {
		super("Address is still used by contacts or clients; point them elsewhere first");
	}

	private static String count(long number, String noun) {
		return number + " " + ((number == 1) ? noun : noun + "s");
	}

}
