package dev.contactsapi.address;

/**
 * The editable fields of an address, validated.
 *
 * @param name a label ("Head office")
 * @param street the street
 * @param streetNumber the number in the street
 * @param city the city
 * @param zip the postal code
 * @param country an ISO 3166-1 alpha-2 code, upper case
 * @param notes free text
 */
record AddressDetails(String name, String street, String streetNumber, String city, String zip, String country,
		String notes) {

	/** No fields set: what a create applies its fields to. */
	static final AddressDetails NONE = new AddressDetails(null, null, null, null, null, null, null);

}
