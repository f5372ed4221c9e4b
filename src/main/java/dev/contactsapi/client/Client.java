package dev.contactsapi.client;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;

import dev.contactsapi.company.CompanyRecord;

/**
 * A customer of a company, numbered by the company's own client sequence.
 */
@Entity
@Table(name = "clients")
class Client extends CompanyRecord<ClientDetails> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "visible_id", nullable = false, updatable = false)
	private long visibleId;

	@Column(nullable = false)
	private String name;

	@Column(name = "tax_id")
	private String taxId;

	private String email;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ClientType type;

	@Column(name = "address_id")
	private Long addressId;

	@Column(name = "bank_number")
	private String bankNumber;

	@Column(name = "branch_number")
	private String branchNumber;

	@Column(name = "account_number")
	private String accountNumber;

	@Enumerated(EnumType.STRING)
	@Column(name = "payment_term_type")
	private PaymentTermType paymentTermType;

	@Column(name = "payment_term_days")
	private Integer paymentTermDays;

	/**
	 * Whether any contact belongs to the client; read-only, for the list's
	 * {@code hasContacts} filter. The database works it out with each load of a client,
	 * one indexed lookup in {@code contacts}.
	 */
	@Formula("(exists (select 1 from contacts c where c.company_id = company_id and c.client_visible_id = visible_id))")
	private boolean hasContacts;

	protected Client() {
	}

	Client(long companyId, long visibleId, ClientDetails details, Instant now) {
		super(companyId, now);
		this.visibleId = visibleId;
		assign(details);
	}

	@Override
	protected void assign(ClientDetails details) {
		if (details.name() == null || details.type() == null) {
			throw new IllegalArgumentException("A client needs a name and a type");
		}
		this.name = details.name();
		this.taxId = details.taxId();
		this.email = details.email();
		this.type = details.type();
		this.addressId = details.addressId();
		this.bankNumber = details.bankNumber();
		this.branchNumber = details.branchNumber();
		this.accountNumber = details.accountNumber();
		this.paymentTermType = details.paymentTermType();
		this.paymentTermDays = details.paymentTermDays();
		searchBy(this.name, this.taxId, this.email);
	}

	long getVisibleId() {
		return this.visibleId;
	}

	Long getAddressId() {
		return this.addressId;
	}

	@Override
	protected ClientDetails details() {
		return new ClientDetails(this.name, this.taxId, this.email, this.type, this.addressId, this.bankNumber,
				this.branchNumber, this.accountNumber, this.paymentTermType, this.paymentTermDays);
	}

	ClientItem toItem() {
		return new ClientItem(this.visibleId, this.name, this.taxId, this.email, this.type, getCreatedAt(),
				ClientItem.NO_BALANCE);
	}

}
