package dev.contactsapi.contact;

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
 * A person of a company, numbered by the company's contact sequence. Its search text is
 * kept in step with its fields on every change.
 */
@Entity
@Table(name = "contacts")
class Contact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "company_id", nullable = false, updatable = false)
	private long companyId;

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

	@Column(name = "search_text", nullable = false)
	private String searchText;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Contact() {
	}

	Contact(long companyId, long visibleId, ContactDetails details, Instant now) {
		this.companyId = companyId;
		this.visibleId = visibleId;
		this.createdAt = now;
		this.updatedAt = now;
		assign(details);
	}

	/**
	 * Takes the new field values; {@code updatedAt} moves forward only if one of them
	 * differs.
	 * @return whether anything changed
	 */
	boolean update(ContactDetails next, Clock clock) {
		if (next.equals(details())) {
			return false;
		}
		assign(next);
		this.updatedAt = Timestamps.after(this.updatedAt, clock);
		return true;
	}

	private void assign(ContactDetails details) {
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
		this.searchText = SearchText.of(this.firstName, this.lastName, this.email, this.phoneNumber, phoneDigits);
	}

	ContactDetails details() {
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
				this.clientVisibleId, this.addressId, this.createdAt, this.updatedAt);
	}

}
