package dev.contactsapi.contact;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.contactsapi.company.CompanyRecord;
import dev.contactsapi.search.SearchText;

/**
 * A person of a company, numbered by the company's contact sequence. Its search text is
 * kept in step with its fields on every change.
 */
@Entity
@Table(name = "contacts")
class Contact extends CompanyRecord<ContactDetails> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "visible_id", nullable = false, updatable = false)
	private long visibleId;

	@Column(name = "first_name", nullable = false)
	private String firstName;

	@Column(name = "last_name")
	private String lastName;

	private String email;

	@Column(name = "phone_number")
	private String phoneNumber;

	@Column(name = "client_visible_id")
	private Long clientVisibleId;

	@Column(name = "address_id")
	private Long addressId;

	protected Contact() {
	}

	Contact(long companyId, long visibleId, ContactDetails details, Instant now) {
		super(companyId, now);
		this.visibleId = visibleId;
		assign(details);
	}

	@Override
	protected void assign(ContactDetails details) {
		if (details.firstName() == null || details.firstName().isBlank()) {
			throw new IllegalArgumentException("A contact needs a first name");
		}
		this.firstName = details.firstName();
		this.lastName = details.lastName();
		this.email = details.email();
		this.phoneNumber = details.phoneNumber();
		this.addressId = details.addressId();
		this.clientVisibleId = details.clientVisibleId();
		String phoneDigits = (this.phoneNumber != null) ? SearchText.digits(this.phoneNumber) : null;
		searchBy(this.firstName, this.lastName, this.email, this.phoneNumber, phoneDigits);
	}

	@Override
	protected ContactDetails details() {
		return new ContactDetails(this.firstName, this.lastName, this.email, this.phoneNumber, this.addressId,
				this.clientVisibleId);
	}

	long getVisibleId() {
		return this.visibleId;
	}

	Long getAddressId() {
		return this.addressId;
	}

	ContactItem toItem() {
		return new ContactItem(this.visibleId, this.firstName, this.lastName, this.email, this.phoneNumber,
				this.clientVisibleId, this.addressId, getCreatedAt(), getUpdatedAt());
	}

}
