package dev.contactsapi.address;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.contactsapi.search.SearchText;
import dev.contactsapi.web.Timestamps;

/**
 * A postal address of a company. Its id is its own, unique across the server.
 */
@Entity
@Table(name = "addresses")
class Address {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "company_id", nullable = false, updatable = false)
	private long companyId;

	private String name;

	@Column(nullable = false)
	private String street;

	@Column(name = "street_number")
	private String streetNumber;

	@Column(nullable = false)
	private String city;

	private String zip;

	private String country;

	private String notes;

	@Column(name = "search_text", nullable = false)
	private String searchText;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Address() {
	}

	Address(long companyId, AddressDetails details, Instant now) {
		this.companyId = companyId;
		this.createdAt = now;
		this.updatedAt = now;
		assign(details);
	}

	/**
	 * Takes the new field values; {@code updatedAt} moves forward only if one of them
	 * differs.
	 * @return whether anything changed
	 */
	boolean update(AddressDetails next, Clock clock) {
		if (next.equals(details())) {
			return false;
		}
		assign(next);
		this.updatedAt = Timestamps.after(this.updatedAt, clock);
		return true;
	}

	private void assign(AddressDetails details) {
		if (details.street() == null || details.city() == null) {
			throw new IllegalArgumentException("An address needs a street and a city");
		}
		this.name = details.name();
		this.street = details.street();
		this.streetNumber = details.streetNumber();
		this.city = details.city();
		this.zip = details.zip();
		this.country = details.country();
		this.notes = details.notes();
		this.searchText = SearchText.of(this.name, this.street, this.streetNumber, this.city, this.zip, this.country,
				this.notes);
	}

	AddressDetails details() {
		return new AddressDetails(this.name, this.street, this.streetNumber, this.city, this.zip, this.country,
				this.notes);
	}

	AddressView toView() {
		return new AddressView(this.id, this.name, this.street, this.streetNumber, this.city, this.zip, this.country,
				this.notes);
	}

}
