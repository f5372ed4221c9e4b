package dev.contactsapi.address;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.contactsapi.company.CompanyRecord;

/**
 * A postal address of a company. Its id is its own, unique across the server.
 */
@Entity
@Table(name = "addresses")
class Address extends CompanyRecord<AddressDetails> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

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

	protected Address() {
	}

	Address(long companyId, AddressDetails details, Instant now) {
		super(companyId, now);
		assign(details);
	}

	@Override
	protected void assign(AddressDetails details) {
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
		searchBy(this.name, this.street, this.streetNumber, this.city, this.zip, this.country, this.notes);
	}

	@Override
	protected AddressDetails details() {
		return new AddressDetails(this.name, this.street, this.streetNumber, this.city, this.zip, this.country,
				this.notes);
	}

	AddressView toView() {
		return new AddressView(this.id, this.name, this.street, this.streetNumber, this.city, this.zip, this.country,
				this.notes);
	}

}
