package dev.contactsapi.address;

/**
 * An address as clients see it, alone or inside a contact or client. Absent values are
 * {@code null}.
 *
 * @param id the address's id, unique across the server
 * @param name a label
 * @param street the street
 * @param streetNumber the number in the street
 * @param city the city
 * @param zip the postal code
 * @param country an ISO 3166-1 alpha-2 code
 * @param notes free text
 */
public record AddressView(Long id, String name, String street, String streetNumber, String city, String zip,
		String country, String notes) {
}
