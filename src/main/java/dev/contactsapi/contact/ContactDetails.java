package dev.contactsapi.contact;

/**
 * The editable fields of a contact, validated.
 *
 * @param firstName never {@code null} on a stored contact
 * @param lastName the last name
 * @param email the email address, stored as given
 * @param phoneNumber the phone number, stored as given
 * @param addressId an address of the same company
 * @param clientVisibleId a client of the same company
 */
record ContactDetails(String firstName, String lastName, String email, String phoneNumber, Long addressId,
		Long clientVisibleId) {

	/** No fields set: what a create applies its fields to. */
	static final ContactDetails NONE = new ContactDetails(null, null, null, null, null, null);

	/**
	 * The same contact, belonging to that client.
	 */
	ContactDetails withClient(Long clientVisibleId) {
		return new ContactDetails(this.firstName, this.lastName, this.email, this.phoneNumber, this.addressId,
				clientVisibleId);
	}

}
